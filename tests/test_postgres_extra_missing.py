"""A PostgreSQL store without the `postgres` extra installed (psycopg, procrastinate) is a
one-line configuration error naming the pip command, exit status 2: `veilleur run` and `veilleur
status` crashed with a traceback ending in "No module named 'procrastinate'"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import veilleur

# The extra's modules made unimportable, as in an environment installed without the extra.
WITHOUT_EXTRA = """
import sys
sys.modules['psycopg'] = None
sys.modules['procrastinate'] = None
from veilleur.cli import main
main(sys.argv[1:])
"""
# Nothing listens there, and nothing is tried: the driver is missing before any connection.
STORE_URL = "postgresql+psycopg://veilleur:secret@127.0.0.1:9/veilleur"


def _without_extra(tmp_path: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VEILLEUR_STORE_URL": STORE_URL, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    # The code under test, not whichever checkout the interpreter's editable install points at.
    source = str(Path(veilleur.__file__).parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
    env.pop("VEILLEUR_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_EXTRA, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


@pytest.mark.parametrize("args", [["run"], ["run", "--in-process"], ["status"], ["sources", "list"]])
def test_a_postgres_store_without_the_extra_says_what_to_install(tmp_path: Path, args: list[str]) -> None:
    done = _without_extra(tmp_path, args)
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 2, done.stderr[-2000:]
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("configuration error: a PostgreSQL store needs the postgres extra")
    assert lines[0].endswith("pip install 'veilleur[postgres]'")
    assert "secret" not in done.stderr
