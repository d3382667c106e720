"""Country names come from one module below every stage (text/countries.py, babel's CLDR data):
recognition, briefings and the STIX and MISP exports read the same tables."""

from __future__ import annotations

from pathlib import Path

from veilleur.text import countries, french

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "veilleur"


def test_country_names_in_each_language() -> None:
    assert countries.country_name("BE") == french.country_name("be") == "Belgique"
    assert countries.country_name("be", "en") == "Belgium"
    assert countries.country_name("DE", "nl") == "Duitsland"
    assert countries.country_name("XX") == "XX" and countries.country_name("xx", "en") == "xx"
    assert countries.territories("de")["AT"] == "Österreich"


def test_babel_territories_are_read_in_one_module() -> None:
    readers = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if ".territories" in path.read_text(encoding="utf-8")
        and "Locale(" in path.read_text(encoding="utf-8")
    )
    assert readers == ["text/countries.py"]
