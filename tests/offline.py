"""Run a Python snippet in a fresh process whose every network call is refused and recorded.

`REFUSE_NETWORK` is the snippet's prelude: an audit hook that raises on socket connects, name
lookups and urllib requests and appends each attempt to `attempts` (the snippet prints them).
`run_offline(script, args, tmp_path)` runs `REFUSE_NETWORK + script` with empty cache and data
folders under `tmp_path` and no proxy, and returns the finished process (stdout, stderr as text).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REFUSE_NETWORK = r"""
import sys

attempts = []

def refuse(event, args):
    if event.startswith(("socket.", "urllib.")) and event not in ("socket.__new__", "socket.bind"):
        attempts.append(event)
        raise OSError(f"network refused in this test: {event}")

sys.addaudithook(refuse)
"""


def run_offline(script: str, args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`script` after `REFUSE_NETWORK`, in `tmp_path`, with empty caches and no proxy either way."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.update(HF_HUB_OFFLINE="1", NO_PROXY="", http_proxy="", https_proxy="")
    return subprocess.run(
        [sys.executable, "-c", REFUSE_NETWORK + script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
