"""Workers that queue the day themselves (`veilleur worker --daily CRON`, a Procrastinate periodic
task): no `veilleur run`, no cron; two workers queue each tick once. On a real PostgreSQL and
real feeds on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_workers import FEEDS, PER_FEED, _config, _jobs, _own_database, _serve, _stop
from webserver import WebServer

from veilleur.cli import main


def test_a_wrong_cron_is_refused() -> None:
    result = CliRunner().invoke(main, ["worker", "--daily", "every morning"])
    assert result.exit_code == 2 and "not a cron expression" in result.output


def test_two_workers_queue_the_day_at_the_cron_s_times_once_per_tick(
    tmp_path: Path, web: WebServer, postgres_url: str, fixed_now: datetime
) -> None:
    pytest.importorskip(
        "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
    )
    url = _own_database(postgres_url, "veilleur_daily")
    _serve(web, fixed_now, delay=0.0)
    config = _config(tmp_path, web, url)
    base = [sys.executable, "-m", "veilleur", "--config", str(config)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    logs = [(tmp_path / f"worker{i}.log").open("w") for i in range(2)]
    # Every 5 seconds (six fields: seconds last).
    command = [*base, "worker", "--stall-after", "4", "--daily", "* * * * * */5"]
    workers = [
        subprocess.Popen([*command, "--name", f"w{i}"], env=env, stdout=logs[i], stderr=subprocess.STDOUT)
        for i in range(2)
    ]
    total = FEEDS * PER_FEED
    try:
        deadline = time.monotonic() + 240
        while True:  # no `veilleur run`: the workers' own ticks collect, process and publish
            done = _jobs(url, "select count(*) from posts") if _has_posts(url) else [(0,)]
            if done[0][0] == total:
                break
            assert time.monotonic() < deadline, "the day was not queued and done in 240 s"
            assert all(process.poll() is None for process in workers), "a worker died by itself"
            time.sleep(1.0)
        time.sleep(6)  # one tick more, queued while both workers listen
    finally:
        _stop(workers)
        for log in logs:
            log.close()
    # Each tick's job once (its `timestamp`), though both workers' deferrers saw every tick.
    ticks = _jobs(
        url,
        "select count(*), count(distinct args->>'timestamp') from procrastinate_jobs where task_name = 'day'",
    )[0]
    assert ticks[0] >= 2 and ticks[0] == ticks[1], f"ticks queued: {ticks}"
    days = _jobs(url, "select count(*) from procrastinate_jobs where task_name = 'day' and status = 'failed'")
    assert days == [(0,)]
    # Each entry once, whatever the number of ticks that listed the feeds again.
    assert _jobs(url, "select count(*), count(distinct canonical_url) from entries") == [(total, total)]
    assert _jobs(url, "select count(*), count(distinct path) from posts") == [(total, total)]


def _has_posts(url: str) -> bool:
    """The store's tables are made by the first worker that opens it."""
    return bool(_jobs(url, "select count(*) from information_schema.tables where table_name = 'posts'")[0][0])
