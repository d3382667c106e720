"""Well-known organisations the news names without describing them take their own sector and
country (`enrich.known_organisations`), not the technology default of an undescribed victim. The
texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.models import Article, Sector


def _victims(title: str, text: str) -> dict[str, tuple[list[Sector], list[str]]]:
    url = "https://news.example/2026/03/breach"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="en"))
    return {v.name: (v.sectors, v.countries) for v in intel.victims}


@pytest.mark.parametrize(
    ("title", "text", "name", "sector", "country"),
    [
        (
            "Qantas confirms breach of customer records",
            "Qantas confirmed that hackers breached a system holding the records of its customers. "
            "The Qantas breach is under investigation.",
            "Qantas",
            Sector.TRANSPORTATION,
            "AU",
        ),
        (
            "Hackers breach Heineken",
            "Heineken said on Monday that hackers breached its network and stole files. "
            "Heineken has informed the police.",
            "Heineken",
            Sector.MANUFACTURING,
            "NL",
        ),
        (
            "Ransomware attack hits Walgreens",
            "A ransomware attack hit Walgreens, disrupting orders for two days, Walgreens said.",
            "Walgreens",
            Sector.HEALTHCARE,
            "US",
        ),
    ],
)
def test_a_household_name_takes_its_own_sector_and_country(
    title: str, text: str, name: str, sector: Sector, country: str
) -> None:
    victims = _victims(title, text)
    assert victims[name] == ([sector], [country]), victims
