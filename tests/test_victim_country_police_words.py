"""The police named in the trade press's words ("UK cops", "US feds", "Dutch detectives") act on the
event: their country is not the victim's. Every organisation and sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_country import authorities_place
from veilleur.models import Article


def _countries(title: str, text: str) -> dict[str, list[str]]:
    url = "https://news.example/2026/02/police"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="en"))
    return {v.name: v.countries for v in intel.victims}


@pytest.mark.parametrize("words", ["UK cops arrest", "US feds charge", "Dutch detectives arrest"])
def test_the_police_in_other_words_are_authorities(words: str) -> None:
    assert authorities_place(f"{words} a teenager", 0)


def test_the_arresting_police_country_is_not_the_victims() -> None:
    found = _countries(
        "Dutch cops arrest teen suspect in Velmora Logistics cyberattack probe",
        "A 17-year-old suspected of the ransomware attack that crippled Velmora Logistics last summer "
        "was arrested on Thursday.",
    )
    assert found == {"Velmora Logistics": []}


def test_the_victims_own_place_wins_over_the_arresting_police() -> None:
    found = _countries(
        "UK cops arrest teen suspect in Velmora Resorts cyberattack probe",
        "A teenager accused of crippling Velmora Resorts in Las Vegas with ransomware was arrested.",
    )
    assert found == {"Velmora Resorts": ["US"]}
