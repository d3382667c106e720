"""Two installs of one user share its cache folder (`$XDG_CACHE_HOME/veilleur`): each keeps its
prepared copies in a folder of its own, so neither removes the other's as stale ones of its kind
(before, each run of one install removed the other's copies, and the other's next run wrote them
again and removed the first's). Within one install, an upgrade still removes the former copy.

Two real installs, each in its own process: this checkout's package and a copy of it in another
folder, preparing the same galaxy kind from their own galaxy files (another version of it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import veilleur
from veilleur.enrich import galaxies

PREPARE = """
import sys
from pathlib import Path
from veilleur.cache_folder import install_name
from veilleur.enrich import galaxies
source = Path(sys.argv[1])
galaxies.prepared_galaxy(source)
print(install_name(), galaxies.cache_file(source))
"""


def _prepare(package_root: Path, source: Path, cache: Path) -> tuple[str, Path]:
    """(install name, prepared copy) of one process of the install whose package is in
    `package_root`, preparing the galaxy in `source`."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(package_root)}
    done = subprocess.run(
        [sys.executable, "-c", PREPARE, str(source)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    name, copy = done.stdout.split()
    return name, Path(copy)


def test_two_installs_sharing_a_cache_folder_keep_each_others_copies(tmp_path: Path) -> None:
    try:
        shipped = galaxies._folder() / "ransomware.json"
    except ImportError:
        pytest.skip("pymispgalaxies is not installed")
    if not shipped.is_file():
        pytest.skip(f"no galaxy file {shipped}")
    cache = tmp_path / "xdg"
    this = Path(veilleur.__file__).resolve().parent.parent
    other = tmp_path / "other-install"
    shutil.copytree(this / "veilleur", other / "veilleur", ignore=shutil.ignore_patterns("__pycache__"))
    mine, theirs = tmp_path / "a" / "ransomware.json", tmp_path / "b" / "ransomware.json"
    for source in (mine, theirs):
        source.parent.mkdir()
        source.write_bytes(shipped.read_bytes())
    # The other install has another version of the galaxy: another key for the same kind.
    theirs.write_bytes(shipped.read_bytes().replace(b'"value": "', b'"value": "x', 1))

    name, copy = _prepare(this, mine, cache)
    other_name, other_copy = _prepare(other, theirs, cache)
    assert name != other_name and copy.name != other_copy.name
    assert copy.is_relative_to(cache / "veilleur") and other_copy.is_relative_to(cache / "veilleur")
    assert copy.is_file() and other_copy.is_file()  # the second install's write removed nothing
    written = copy.stat().st_mtime_ns
    assert _prepare(this, mine, cache) == (name, copy)
    assert copy.stat().st_mtime_ns == written  # read back, not prepared again
    assert other_copy.is_file()

    # An upgrade within one install still removes that install's former copy, and only that.
    mine.write_bytes(shipped.read_bytes().replace(b'"value": "', b'"value": "y', 1))
    _, upgraded = _prepare(this, mine, cache)
    assert upgraded != copy and upgraded.is_file() and not copy.exists()
    assert other_copy.is_file()


def test_the_folder_of_an_install_that_is_gone_is_removed_when_a_copy_is_written(tmp_path: Path) -> None:
    """A benchmark's temporary checkout of another commit, a removed virtual environment: its
    install folder (a hundred MB of copies) is read by no one again. The next copy another install
    writes removes it, with its owner file; a live install's folder, a folder whose owner file is
    not one of ours, and a gone install's folder while a process reads one of its copies stay."""
    try:
        shipped = galaxies._folder() / "ransomware.json"
    except ImportError:
        pytest.skip("pymispgalaxies is not installed")
    if not shipped.is_file():
        pytest.skip(f"no galaxy file {shipped}")
    cache = tmp_path / "xdg"
    this = Path(veilleur.__file__).resolve().parent.parent
    other = tmp_path / "checkout-of-another-commit"
    shutil.copytree(this / "veilleur", other / "veilleur", ignore=shutil.ignore_patterns("__pycache__"))
    source = tmp_path / "ransomware.json"
    source.write_bytes(shipped.read_bytes())

    name, copy = _prepare(this, source, cache)
    other_name, other_copy = _prepare(other, source, cache)
    user = cache / "veilleur"
    assert (user / f"{name}.owner").is_file() and (user / f"{other_name}.owner").is_file()
    # Not ours to judge: an owner file of another shape, and a folder with no owner file.
    (user / "install-0000000000000000.owner").write_text("not a path\n", encoding="utf-8")
    (user / "install-0000000000000000").mkdir()
    (user / "install-1111111111111111").mkdir()

    shutil.rmtree(other)  # the checkout is gone
    source.write_bytes(shipped.read_bytes().replace(b'"value": "', b'"value": "z', 1))  # a new key
    _, upgraded = _prepare(this, source, cache)
    assert upgraded.is_file() and not copy.exists()
    assert not other_copy.parent.exists() and not (user / f"{other_name}.owner").exists()
    assert (user / f"{name}.owner").is_file()
    assert (user / "install-0000000000000000").is_dir() and (user / "install-1111111111111111").is_dir()
    assert not [p for p in user.iterdir() if p.name.startswith(".")]  # no trash, no draft left


def test_a_gone_install_s_folder_being_read_is_left_for_a_later_write(tmp_path: Path) -> None:
    from veilleur.cache_folder import reading, remove_gone_installs

    user = tmp_path / "veilleur"
    gone = user / "install-2222222222222222"
    (gone / "regex-key").mkdir(parents=True)
    (gone / "regex-key" / "programs.json").write_text("{}", encoding="utf-8")
    owner = user / "install-2222222222222222.owner"
    owner.write_text(f"{tmp_path / 'no-prefix'}\n{tmp_path / 'no-package'}\n", encoding="utf-8")
    with reading(gone / "regex-key"):
        assert remove_gone_installs(user) == 0
        assert (gone / "regex-key" / "programs.json").is_file() and owner.is_file()
    assert remove_gone_installs(user) == 1
    assert list(user.iterdir()) == []
