"""Every bench script that reads ../shared skips with one line, not a traceback, when its data is
absent (a clone without ../shared beside it, or `--shared` pointing elsewhere).

Eight of them (held_outlets.py, train_victims.py, scale.py…) ended in a FileNotFoundError traceback
from gzip; the README promises a line that says what is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


def reading_shared() -> list[Path]:
    """The scripts with a `--shared` option (the others read no data of ../shared)."""
    return sorted(p for p in BENCH.glob("*.py") if '"--shared"' in p.read_text(encoding="utf-8"))


def test_every_bench_script_skips_with_one_line_without_the_shared_data(tmp_path: Path) -> None:
    scripts = reading_shared()
    assert len(scripts) > 20
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    empty = tmp_path / "shared"
    empty.mkdir()
    failed = []
    for script in scripts:
        done = subprocess.run(
            [sys.executable, str(script), "--shared", str(empty)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        said = done.stderr.strip().splitlines()
        if (
            done.returncode != 0
            or not said
            or not said[-1].startswith("skipped: ")
            or "Traceback" in done.stderr
        ):
            failed.append(f"{script.name}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
    assert failed == []
