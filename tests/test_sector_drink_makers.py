"""What a maker makes: brewers, distillers and beverage firms make goods, manufacturing (GUIDE.md §5,
like food processing); a maker of software named by its kind ("stalkerware maker") is a software
firm. Every organisation and sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.sector_words import head_sectors
from veilleur.enrich.victim_sectors import own_sectors
from veilleur.models import Article, Sector


@pytest.mark.parametrize(
    "description", ["Japanese brewer", "whisky distiller", "beverage biz", "beverages group"]
)
def test_a_drink_maker_makes_goods(description: str) -> None:
    assert head_sectors(description)[:1] == [Sector.MANUFACTURING]


def test_a_brewer_named_before_its_name_is_manufacturing() -> None:
    url = "https://news.example/2026/02/brewer"
    intel = enrich(
        Article(
            url=url,
            canonical_url=url,
            title="Japanese brewer Kirinaga halts production after ransomware attack",
            text="Kirinaga said a ransomware attack forced it to stop its bottling lines on Monday.",
            lang="en",
        )
    )
    assert [(v.name, v.sectors[:1]) for v in intel.victims] == [("Kirinaga", [Sector.MANUFACTURING])]


@pytest.mark.parametrize(
    ("description", "sector"),
    [
        ("stalkerware maker", Sector.TECHNOLOGY),
        ("spyware maker", Sector.TECHNOLOGY),
        ("glassware maker", Sector.MANUFACTURING),
    ],
)
def test_a_maker_of_software_by_its_kind_is_a_software_firm(description: str, sector: Sector) -> None:
    assert own_sectors(
        "Velmora", f"Hackers breach {description} Velmora\nVelmora, a {description}, said data was stolen."
    )[:1] == [sector]
