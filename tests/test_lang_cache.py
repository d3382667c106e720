"""The language identifier read from the cached, decompressed model is py3langid's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from veilleur.extract import lang

TEXTS = [
    "La clinique a été victime d'une attaque par rançongiciel dans la nuit de dimanche à lundi.",
    "Researchers found a critical vulnerability in the VPN appliance, exploited in the wild.",
    "De gemeente werd getroffen door een cyberaanval; de systemen liggen plat.",
    "Die Stadtverwaltung wurde Opfer eines Hackerangriffs, die Server sind abgeschaltet.",
    "42 " * 30,
]


def test_the_cached_model_gives_py3langids_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = lang._cached()  # decompresses and writes the cache
    folder = lang.cache_folder()
    assert folder.is_relative_to(tmp_path) and sorted(p.name for p in folder.iterdir()) == sorted(
        f"{name}.npy" for name in lang.ARRAYS
    )
    written = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    second = lang._cached()  # reads it back
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == written  # not written again
    assert first is not None and second is not None
    for text in TEXTS:
        expected = reference.classify(text)
        assert first.classify(text) == expected
        assert second.classify(text) == expected
        assert second.rank(text) == reference.rank(text)


def test_an_unwritable_cache_falls_back_on_the_packaged_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert lang._cached() is None
    lang._identifier.cache_clear()
    try:
        assert lang.detect_language(TEXTS[0]) == "fr"
    finally:
        lang._identifier.cache_clear()
