"""A capture folder holds what others wrote: a file there that is no regular file (a named pipe
nobody writes to, a device) or is larger than a fetch would take fails alone, with a note, and the
run goes on with the other captures. Opening a FIFO for reading waits for a writer: before this was
checked, one `mkfifo stuck.txt` in the folder held `veilleur run` forever, with every other source;
a 3 GB sparse file was read whole (3.3 GB of memory) (session 31)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from veilleur.collect import fetch_document
from veilleur.collect.files import CAPTURE_MAX_BYTES, list_files, read_file
from veilleur.collect.http import Fetcher
from veilleur.config import HttpConfig
from veilleur.models import Source, SourceKind

DEMO_CAPTURE = (
    Path(__file__).parents[1]
    / "src"
    / "veilleur"
    / "demo"
    / "site"
    / "captures"
    / "clinique-sainte-aurore.txt"
)
TEXT = "Ransomware hits the fictional Sigma Corp\n\nSigma Corp was hit by ransomware on Monday.\n"

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")


def folder_source(folder: Path) -> Source:
    return Source(name="captures", kind=SourceKind.FILES, url=str(folder), tag="captures")


def _touch(path: Path) -> Path:
    path.write_bytes(b"")
    return path


@needs_fifo
def test_a_fifo_in_the_capture_folder_does_not_hold_the_run(tmp_path: Path, fixed_now: datetime) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "clinique.txt").write_text(DEMO_CAPTURE.read_text(encoding="utf-8"), encoding="utf-8")
    os.mkfifo(folder / "stuck.txt")  # nobody ever writes to it
    os.truncate(_touch(folder / "huge.html"), 3 * 2**30)  # sparse: 3 GB read, no disk used
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "sqlite:///{tmp_path / "store.db"}"\ncatalogue = false\n'
        f'[[sources]]\nname = "captures"\nkind = "files"\nurl = "{folder}"\n'
        f'[publish]\nout_dir = "{tmp_path / "site"}"\n',
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "veilleur", "--config", str(config), "run"]
    env = {**os.environ, "COLUMNS": "200"}
    # Before the fix this never returned: the timeout is the failure.
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=240)
    output = result.stdout + result.stderr
    assert result.returncode in (0, 1), output
    assert "stuck.txt" in output and "not a regular file" in output, output
    assert "huge.html" in output and "-byte cap" in output, output
    posts = list((tmp_path / "site" / "_posts").glob("*.md"))
    assert len(posts) == 1 and "clinique" in posts[0].name, output


@needs_fifo
@pytest.mark.timeout(60)  # before the fix, listing the folder waited on the FIFO for ever
def test_a_fifo_is_refused_at_once_when_listed_and_when_read(tmp_path: Path, http_config: HttpConfig) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT)
    os.mkfifo(folder / "pipe.md")
    notes: list[str] = []
    [entry] = list_files(folder_source(folder), notes)
    assert Path(entry.local_path).name == "good.txt"
    assert any("pipe.md" in note and "not a regular file" in note for note in notes), notes
    # A capture replaced by a FIFO between listing and reading fails alone, at once.
    os.remove(folder / "good.txt")
    os.mkfifo(folder / "good.txt")
    with Fetcher(http_config) as fetcher, pytest.raises(OSError, match="not a regular file"):
        fetch_document(entry, fetcher)
    with pytest.raises(OSError, match="not a regular file"):
        read_file(Path("/dev/zero"))  # `veilleur extract /dev/zero` would read forever


def test_a_capture_over_the_cap_is_refused_unread(tmp_path: Path) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT)
    (folder / "whole.html").write_bytes(
        b"<html><body><p>" + b"a" * (CAPTURE_MAX_BYTES - 100) + b"</p></body></html>"
    )
    os.truncate(_touch(folder / "sparse.html"), 40 * 2**20)  # 40 MB of zeros, no disk used
    notes: list[str] = []
    entries = list_files(folder_source(folder), notes)
    assert sorted(Path(entry.local_path).name for entry in entries) == ["good.txt", "whole.html"]
    assert any("sparse.html" in note and "41,943,040 bytes" in note for note in notes), notes
