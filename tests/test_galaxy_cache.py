"""The prepared copies of the MISP galaxies (enrich/galaxies.py): read back, they are the records
read from the galaxy's file; a damaged copy is detected and rewritten; a cache that cannot be
written is skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from veilleur.enrich import galaxies


def _file(name: str) -> Path:
    try:
        path = galaxies._folder() / f"{name}.json"
    except ImportError:
        pytest.skip("pymispgalaxies is not installed")
    if not path.is_file():
        pytest.skip(f"no galaxy file {path}")
    return path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_prepared_copy_gives_the_same_records(cache: Path) -> None:
    path = _file("threat-actor")
    expected = galaxies.read_galaxy(path)
    first = galaxies.prepared_galaxy(path)
    target = galaxies.cache_file(path)
    assert target.is_file() and target.is_relative_to(cache / "veilleur")
    again = galaxies.prepared_galaxy(path)  # read from the copy
    assert first == expected and again == expected
    assert list(again.cluster_values) == list(expected.cluster_values)  # same order
    with_meta = [v for v in again.cluster_values.values() if v.meta and v.meta.synonyms]
    assert with_meta and isinstance(with_meta[0].meta.synonyms, tuple)  # type: ignore[union-attr]


@pytest.mark.parametrize("damage", [b"", b"garbage", "truncated", "other shape"])
def test_damaged_copy_is_detected_and_rewritten(cache: Path, damage: object) -> None:
    import marshal

    path = _file("ransomware")
    expected = galaxies.read_galaxy(path)
    galaxies.prepared_galaxy(path)
    target = galaxies.cache_file(path)
    sound = target.read_bytes()
    if damage == "truncated":
        target.write_bytes(sound[: len(sound) // 2])
    elif damage == "other shape":
        target.write_bytes(marshal.dumps(("ransomware", [("a", 1)])))
    else:
        assert isinstance(damage, bytes)
        target.write_bytes(damage)
    assert galaxies.prepared_galaxy(path) == expected
    assert target.read_bytes() == sound  # rewritten whole


def test_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the cache folder cannot be made
    path = _file("ransomware")
    assert galaxies.prepared_galaxy(path) == galaxies.read_galaxy(path)
    assert not galaxies.cache_file(path).exists()


def test_copy_of_another_version_of_the_file_is_not_used(cache: Path, tmp_path: Path) -> None:
    path = _file("ransomware")
    copy = tmp_path / "ransomware.json"
    copy.write_bytes(path.read_bytes())
    before = galaxies.cache_file(copy)
    galaxies.prepared_galaxy(copy)
    copy.write_bytes(path.read_bytes().replace(b'"value": "', b'"value": "x', 1))
    assert galaxies.cache_file(copy) != before  # another size: another name
    assert galaxies.prepared_galaxy(copy) == galaxies.read_galaxy(copy)


def test_a_user_without_a_home_folder_reads_the_galaxy_without_a_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A service run under a user with no home folder and no XDG_CACHE_HOME (a container's
    arbitrary uid: Path.home() raises RuntimeError) still reads its galaxies, uncached."""

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    path = _file("ransomware")
    assert galaxies.prepared_galaxy(path) == galaxies.read_galaxy(path)
