"""One run at a time per store, on SQLite (a file lock) and on a real PostgreSQL (an advisory lock)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from veilleur.store.lock import StoreBusy, run_lock


def _second_run_is_refused(url: str) -> StoreBusy:
    with run_lock(url), pytest.raises(StoreBusy) as refused, run_lock(url):
        pass
    return refused.value


def test_a_sqlite_store_is_run_once_at_a_time(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'veilleur.db'}"
    busy = _second_run_is_refused(url)
    assert busy.holder["pid"] == os.getpid() and "since" in str(busy)
    with run_lock(url):  # released at the end of the first block
        pass


def test_a_postgresql_store_is_run_once_at_a_time(postgres_url: str) -> None:
    busy = _second_run_is_refused(postgres_url)
    assert str(busy.holder["pid"]) == str(os.getpid()) and busy.holder["since"]
    assert f"pid {os.getpid()}" in str(busy)
    with run_lock(postgres_url):  # unlocked when the first run ended
        pass


def test_a_killed_holder_releases_the_postgresql_lock(postgres_url: str) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom veilleur.store.lock import run_lock\n"
            f"with run_lock({postgres_url!r}):\n    print('held', flush=True)\n    time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreBusy) as refused, run_lock(postgres_url):
            pass
        assert str(refused.value.holder["pid"]) == str(holder.pid)
    finally:
        holder.kill()
        holder.wait()
    # The server drops a dead client's session, and its advisory lock with it.
    deadline = time.monotonic() + 10
    while True:
        try:
            with run_lock(postgres_url):
                break
        except StoreBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
