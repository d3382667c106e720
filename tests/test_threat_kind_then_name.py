"""A group named right after the words that say what kind of attacker it is, in prose ("the hacker
group Quietsec", "ransomware gang Example Message"), and what is not a name: a clause about the group
("the hacking group investigators call…"), the next words of a Title Case headline ("Hacking Group
Targets Exampleland…", "Hacker Group Quietsec Returns"). English word order (French and German put
the kind first and were read before: "le groupe X", "die Gruppe X"); the names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.new_threats import unknown_names


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police say he was a member of the hacker group Quietsec in 2011.", "Quietsec"),
        ("Ransomware gang Example Message claimed the attack on its leak site.", "Example Message"),
        ("Officials blamed the hacktivist group Zorvex for the outage.", "Zorvex"),
    ],
)
def test_the_kind_then_the_name_in_prose(text: str, name: str) -> None:
    assert name in _actors(text)


def test_no_name_when_the_kind_begins_a_clause_about_the_group() -> None:
    text = "A report says the threat group Examplesoft tracks as a new cluster struck again."
    assert [n for _, n, mode in unknown_names(text) if mode == "named-group"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Iranian Hacking Group Targets Exampleland Experts With Fake Invitations",
        "Hacker Group Leverages Malicious Installers",
    ],
)
def test_no_name_after_the_kind_in_a_title_case_headline(text: str) -> None:
    assert _actors(text) == []


def test_a_title_case_headline_keeps_only_the_coined_name() -> None:
    assert _actors("Hacker Group Quietsec Returns After Two Years") == ["Quietsec"]
