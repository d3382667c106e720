"""A group the text shows at work is an actor (enrich/threat_described.py, threat_verbs.py,
new_threats.py): a coined name that claims an attack ("X claimed responsibility", "claimed by X") or
posts to its own leak site, one an apposition calls a threat actor ("X, an Iran-nexus threat
actor"), one before "threat actors" or "hacktivists", one after "the threat actor"; and a galaxy
name that is no English word as the subject of an attack verb ("Kimsuky has targeted…"). A word or
a short name still needs a threat word next to it. Names and sentences are made up for these tests."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.threat_verbs import ATTACKING


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvath claimed responsibility for the attack on Brightwater Dental.",
        "The outage at the ferry company was claimed by Zorvath, which published samples.",
        "Zorvath has added the university to its list of victims on its dark web portal.",
        "Zorvath posted the stolen files on its Tor site after the deadline passed.",
        "Zorvath, a newly emerged data extortion gang, hit the insurer.",
        "Zorvath, an Iran-nexus threat actor, targeted the airline.",
        "Researchers attribute the intrusions to Zorvath threat actors.",
        "Zorvath hacktivists flooded the ministry's websites with junk traffic.",
        "The data was put up for sale by the threat actor Zorvath last week.",
    ],
)
def test_a_coined_group_at_work_is_an_actor(text: str) -> None:
    assert "Zorvath" in _actors(text)


def test_a_galaxy_name_as_the_subject_of_an_attack_is_an_actor() -> None:
    assert "Kimsuky" in _actors("Kimsuky has targeted South Korean think tanks for years.")


@pytest.mark.parametrize(
    "text",
    [
        # a firm's claim is no attack's claim, a word needs a threat word next to it
        "Brightwater claimed the award for the best dental chain in 2024.",
        "Phantom breached the quarterly target, the company said.",
        # a nationality before "threat actors" names no group
        "Researchers attribute the intrusions to Chinese threat actors.",
    ],
)
def test_no_actor_without_a_group_at_work(text: str) -> None:
    assert _actors(text) == []


def test_a_nationality_before_threat_actor_is_no_group_but_a_name_holding_a_country_is() -> None:
    actors = _actors("A Syrian threat actor named Quorvex has been outed as the author of two RATs.")
    assert actors == ["Quorvex"]
    text = "Some of the hacktivist groups, including Crimson Team Bangladesh and Night Owls Collective, claimed the outage."
    assert "Crimson Team Bangladesh" in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kimsuky hacked: the group's own servers were seized, police said.",
        "Kimsuky targeted by a rival crew, researchers say.",
    ],
)
def test_a_galaxy_name_in_a_passive_is_not_read_as_attacking(text: str) -> None:
    assert ATTACKING.match(text, len("Kimsuky")) is None
