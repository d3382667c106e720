"""A weekday is no victim in any of the four languages: German capitalises every noun, so "Das
Krankenhaus wurde am Montag Opfer eines Cyberangriffs" read the run "Montag Opfer" as the victim,
as Dutch "op maandag" opening a name would. Fictional sentences written for the test."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.models import Article


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "de",
            "Cyberangriff auf Krankenhaus",
            "Das Krankenhaus wurde am Montag Opfer eines Cyberangriffs. Die Polizei ermittelt.",
        ),
        (
            "de",
            "Cyberangriff auf Klinik",
            "Die Klinik wurde am Donnerstag Opfer eines Hackerangriffs. Die Notaufnahme ist abgemeldet.",
        ),
        (
            "nl",
            "Ziekenhuis getroffen door cyberaanval",
            "Het ziekenhuis werd Woensdag Getroffen door een cyberaanval, meldt de directie.",
        ),
    ],
)
def test_a_weekday_is_no_victim(lang: str, title: str, text: str) -> None:
    url = "https://news.example/a"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang=lang))
    days = {"montag", "donnerstag", "woensdag"}
    assert not [v.name for v in intel.victims if days & set(v.name.casefold().split())]
