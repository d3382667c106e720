"""A function word before an attacker's word names no group: "#433: How hackers turned AI into their
henchman" gave the actor "How". A coined name there still does ("the Quorvex gang"). Fictional text."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    "text",
    [
        "Example podcast #433: How hackers turned AI into their new henchman",
    ],
)
def test_a_function_word_before_hackers_is_no_group(text: str) -> None:
    assert find_threats(text)[0] == []


def test_a_coined_name_before_the_group_word_is_still_a_group() -> None:
    assert [a.name for a in find_threats("Officials said the Quorvex gang hit the town hall.")[0]] == [
        "Quorvex"
    ]
