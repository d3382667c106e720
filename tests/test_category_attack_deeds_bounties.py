"""An attack told by what it did ("attack deletes … resources") names an attack: with no kind said, the
guide files it `other` (GUIDE.md §4, "attack type unknown"), not research by its text's words; a bug bounty
programme is a defensive practice (`research-tooling`). Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

LEAD = (
    "The chief executive of Exampleshop said someone removed the firm's cloud accounts and code, and "
    "vowed to name the person. The app lets users order groceries from nearby stores through a research "
    "tool and a framework, the firm's report says. "
)


@pytest.mark.parametrize(
    "title",
    [
        "'Deliberate attack' deletes shopping app's cloud and code resources",
        "Attackers wipe Exampleshop cloud servers and code repositories",
    ],
)
def test_an_attack_told_by_its_deed_is_an_attack_of_unknown_kind(title: str) -> None:
    assert categorise(title, LEAD * 2) == Category.OTHER


def test_a_bug_bounty_programme_is_a_defensive_practice() -> None:
    text = "The scheme has run since 2016 and paid outsiders who reported weaknesses. " * 3
    assert (
        categorise("Examplecorp expands its bug bounty program to cloud services", text)
        == Category.RESEARCH_TOOLING
    )
