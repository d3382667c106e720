"""The United States' states and largest cities are places (`enrich.geo.US_PLACES`): a name they
own is the rest ("New York's X Hospital" is X Hospital) and a victim they describe is American
("a Texas county"). The texts and names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.geo import find_countries, is_place
from veilleur.models import Article


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        (
            "Hackers breach New York's Brunswell Hospital Center",
            "Hackers breached Brunswell Hospital Center and stole patient records, the hospital said.",
            "Brunswell Hospital Center",
        ),
        (
            "Ransomware hits Galvan County",
            "Galvan County, Texas, was hit by a ransomware attack that took down its court systems.",
            "Galvan County",
        ),
    ],
)
def test_a_victim_a_us_place_describes_is_american(title: str, text: str, name: str) -> None:
    url = "https://news.example/2026/06/attack"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="en"))
    victims = {v.name: v.countries for v in intel.victims}
    assert victims.get(name) == ["US"], victims


def test_states_and_cities_are_places_of_the_united_states() -> None:
    assert is_place("Texas") and is_place("New York City")
    assert not is_place("Texas Dow Credit")
    # the longest name wins: New Mexico is no Mexico
    assert find_countries("Clinics in New Mexico and Ohio were hit.") == ["US"]
