"""A victim the article does not describe takes the sector of another victim only when the
sentence lists them together ("Gucci, Balenciaga and X"); two names of one clause are no peers
("the attack on X exposed data of the staff at Y Airport": X is no airport). Fictional text."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_sectors import listed_together
from veilleur.models import Article, Sector

URL = "https://echo.example/b"


def _sectors(title: str, text: str) -> dict[str, list[Sector]]:
    intel = enrich(Article(url=URL, canonical_url=URL, title=title, text=text, lang="en"))
    return {v.name: list(v.sectors) for v in intel.victims}


@pytest.mark.parametrize(
    ("first", "second", "sentence", "listed"),
    [
        (
            "Velmora",
            "Ostrand Bank",
            "Hackers breached Velmora, Ostrand Bank and Kiel Savings last week.",
            True,
        ),
        (
            "Kiel Savings",
            "Velmora",
            "Hackers breached Velmora, Ostrand Bank, and Kiel Savings last week.",
            True,
        ),
        (
            "Tarvik",
            "Brenholt Airport",
            "The attack on Tarvik exposed data of the staff at Brenholt Airport.",
            False,
        ),
        ("Bank of Orlin", "Velmora", "Attackers hit Velmora and Bank of Orlin.", True),
    ],
)
def test_names_are_peers_only_in_a_list(first: str, second: str, sentence: str, listed: bool) -> None:
    assert listed_together(first, second, sentence) is listed


def test_a_name_in_another_victims_clause_does_not_take_its_sector() -> None:
    title = "MOVEit attack on Tarvik exposed data of the staff at the Brenholt Airport"
    sectors = _sectors(title, "")
    assert sectors.get("Brenholt Airport", [])[:1] == [Sector.TRANSPORTATION]
    assert Sector.TRANSPORTATION not in sectors.get("Tarvik", [])
