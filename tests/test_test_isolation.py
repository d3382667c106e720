"""The tests write their caches and stores in a temporary folder (tests/conftest.py), never in the
user's ~/.cache/veilleur or ~/.local/share/veilleur."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from conftest import TEST_HOME

from veilleur.cluster.embed import cache_folder as embed_cache
from veilleur.config import default_data_dir
from veilleur.enrich.galaxies import cache_file
from veilleur.extract.lang import cache_folder as lang_cache


def test_caches_and_the_default_store_are_in_the_sessions_temporary_folder(tmp_path: Path) -> None:
    temporary = Path(tempfile.gettempdir()).resolve()
    assert TEST_HOME.resolve().is_relative_to(temporary)
    galaxy = tmp_path / "galaxy.json"
    galaxy.write_text("{}", encoding="utf-8")
    folders = [lang_cache(), embed_cache(), cache_file(galaxy), default_data_dir()]
    for folder in folders:
        assert folder.resolve().is_relative_to(TEST_HOME.resolve()), folder
        assert not folder.resolve().is_relative_to(Path.home().resolve() / ".cache")


def test_commands_the_tests_start_inherit_the_folders() -> None:
    shown = subprocess.run(
        [sys.executable, "-c", "from veilleur.config import default_data_dir; print(default_data_dir())"],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ,
    ).stdout.strip()
    assert Path(shown).is_relative_to(TEST_HOME)
