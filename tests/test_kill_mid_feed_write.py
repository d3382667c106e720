"""A run killed while it writes the site's feeds or incident register leaves the temporary file
it was filling (`.tmp-…`, renamed into place only once whole) beside them. The posts' own were
removed by the next run; these stayed in the site for good, one more at each such kill. A real
process writing through write_atomically, killed with SIGKILL while its temporary file exists."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from veilleur.publish.jekyll import remove_stale_temporaries

WRITER = """
import sys
from pathlib import Path
from veilleur.publish.feeds import write_atomically
write_atomically(Path(sys.argv[1]), b"<feed>" + b"x" * 50_000_000)
"""


@pytest.mark.parametrize("target", ["feed.xml", "_data/incidents.json"])
def test_a_temporary_file_left_by_a_kill_mid_write_is_removed_by_the_next_run(
    tmp_path: Path, target: str
) -> None:
    site = tmp_path / "site"
    (site / "_data").mkdir(parents=True)
    (site / target).write_text("<feed/>", encoding="utf-8")  # what the last run published
    folder = (site / target).parent
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(site / target)], env=env)
    try:
        deadline = time.monotonic() + 60
        while not list(folder.glob(".tmp-*")) and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    left = list(folder.glob(".tmp-*"))
    assert left, "the writer finished or never started: the test would prove nothing"
    assert (site / target).read_text(encoding="utf-8") == "<feed/>"  # the published file is whole
    remove_stale_temporaries(site)
    assert list(folder.glob(".tmp-*")) == []
    assert (site / target).read_text(encoding="utf-8") == "<feed/>"
