"""A body's name that runs across an "and" or a "for" up to its head noun ("X Water and Sewer
Authority", "Office for Coastal Planning") is one victim, not a list of two; a list of firms stays a
list. Every name is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_model import candidates, choose
from veilleur.enrich.victims import find_victims

TITLE = "Gang claims attack on Valmora Water and Sewer Authority"
LEAD = "The ransomware gang says it stole 200 GB of files from the utility and set a deadline for payment."


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (f"{TITLE}\n{LEAD}", "Valmora Water and Sewer Authority"),
        (
            "Hackers breached the Office for Coastal Planning\nStaff were told on Monday.",
            "Office for Coastal Planning",
        ),
        (
            "Cyberattack on Ostrel Radio and Television Center\nBroadcasts went on.",
            "Ostrel Radio and Television Center",
        ),
    ],
)
def test_a_bodys_name_across_and_or_for_is_one_victim(text: str, victim: str) -> None:
    assert find_victims(text) == [victim]


def test_its_parts_are_no_candidates_of_their_own() -> None:
    names = [c.name for c in choose(candidates(TITLE, LEAD))]
    assert names == ["Valmora Water and Sewer Authority"]


def test_a_list_of_firms_stays_a_list() -> None:
    assert find_victims("Ransomware hits Acme Logistics and Globex\nBoth firms.") == [
        "Acme Logistics",
        "Globex",
    ]
