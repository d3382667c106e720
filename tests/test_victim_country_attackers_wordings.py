"""The attackers' country in two more wordings is not the victim's: a gang "operating out of"
a country, and "actors" named by their people's adjective ("carried out by Iranian actors against
X"); fictional names and text."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_country import attackers_countries
from veilleur.models import Article


def _victims(title: str, text: str) -> dict[str, list[str]]:
    url = "https://news.example/2026/12/case"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text))
    return {victim.name: victim.countries for victim in intel.victims}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The hospital was attacked by a gang operating out of Russia.", "RU"),
        ("The attack was carried out by Iranian actors, the agency said.", "IR"),
    ],
)
def test_the_attackers_place(text: str, code: str) -> None:
    assert code in attackers_countries(text)


def test_a_gang_operating_out_of_a_country_does_not_place_the_hospital() -> None:
    victims = _victims(
        "Ransomware hits Quorvane Hospital",
        "Quorvane Hospital, attacked by a gang operating out of Russia, diverted ambulances.",
    )
    assert victims == {"Quorvane Hospital": []}


def test_actors_named_by_their_adjective_do_not_place_the_victim() -> None:
    victims = _victims(
        "Iranian actors hit Quorvane Medical Center",
        "The attack was carried out by Iranian actors against Quorvane Medical Center, which lost "
        "patient records.",
    )
    assert victims == {"Quorvane Medical Center": []}
