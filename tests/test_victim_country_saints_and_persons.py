"""A saint's name inside a hospital's or a church's name is no territory ("CHU Saint-Pierre" is not
in Saint Pierre and Miquelon, "AZ Sint-Maarten" not in Sint Maarten), and a person's name that holds
a place's ("Jordan Smith") gives no country (fictional names and text)."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.geo import country_positions
from veilleur.enrich.victim_person_places import hidden_places
from veilleur.models import Article


def _victims(title: str, text: str) -> dict[str, list[str]]:
    url = "https://news.example/2026/12/case"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text))
    return {victim.name: victim.countries for victim in intel.victims}


@pytest.mark.parametrize(
    "text",
    [
        "The CHU Saint-Pierre said its systems were down.",
        "Patients of AZ Sint-Maarten were sent elsewhere.",
        "Staff at the Hôpital Saint-Martin went back to paper.",
        "St. Helena Hospital confirmed the breach.",
        "The St. Lucia Clinic was hit.",
        "The Saint Martin hospital was hit.",
    ],
)
def test_a_saint_inside_a_name_is_no_place(text: str) -> None:
    assert country_positions(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hackers based in St. Lucia were named.", "LC"),
        ("In Saint Martin, a clinic was hit.", "MF"),
        ("Saint Lucia's government was hit.", "LC"),
        ("The Saint Kitts and Nevis police said so.", "KN"),
    ],
)
def test_a_saint_named_territory_alone_is_a_place(text: str, code: str) -> None:
    assert [found for found, _ in country_positions(text)] == [code]


def test_a_hospital_named_after_a_saint_takes_no_far_territory() -> None:
    victims = _victims(
        "Ransomware hits CHU Saint-Pierre",
        "The CHU Saint-Pierre hospital was hit by ransomware, the hospital said.",
    )
    assert victims == {"CHU Saint-Pierre": []}


def test_a_hospital_named_after_a_saint_keeps_its_towns_country() -> None:
    victims = _victims(
        "Ransomware hits AZ Sint-Maarten",
        "The AZ Sint-Maarten hospital in Mechelen was hit by ransomware, the hospital said.",
    )
    assert victims == {"AZ Sint-Maarten": ["BE"]}


def test_the_place_in_a_persons_name_is_hidden() -> None:
    assert hidden_places("Jordan Smith") == "Qqqqqq Smith"
    assert hidden_places("Quorvane Lab") == "Quorvane Lab"


def test_a_persons_name_holding_a_place_gives_no_country() -> None:
    victims = _victims(
        "Scammers took money from Jordan Smith",
        "Jordan Smith, a teacher, lost his savings after a phishing attack.",
    )
    assert victims == {"Jordan Smith": []}


def test_a_person_keeps_the_country_the_page_gives_them() -> None:
    victims = _victims(
        "Scammers took money from Jordan Smith",
        "Jordan Smith, a teacher in Texas, lost his savings after a phishing attack.",
    )
    assert victims == {"Jordan Smith": ["US"]}
