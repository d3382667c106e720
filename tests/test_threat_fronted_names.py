"""A group named first under a name no galaxy knows, then given the galaxies' names as aliases
("X, also known as <galaxy name>"), is one group listed under the name in front, the galaxies'
names its aliases (guide §6). Not a pronoun, a place or a campaign in front; a name that needs
context has it when a vendor tracks the group under it. Sentences are ours; the fronted names are
invented, the galaxy names real."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _actors(text: str) -> list[tuple[str, list[str]]]:
    return [(a.name, a.aliases) for a in find_threats(text)[0]]


@pytest.mark.parametrize(
    "text",
    [
        "The lab tracks the cluster under the name Velvet Heron, which is also known by the monikers "
        "CL-STA-0240 and Famous Chollima.",
        "The job-lure scheme is run by a North Korean group known as Velvet Heron, also known as Famous "
        "Chollima, the vendor said.",
        "Velvet Heron (aka Famous Chollima) sent the developers a coding test laced with a backdoor.",
    ],
)
def test_the_group_is_listed_under_the_name_in_front(text: str) -> None:
    actors = _actors(text)
    assert [name for name, _ in actors] == ["Velvet Heron"], actors
    assert "Famous Chollima" in actors[0][1]


def test_a_tracked_alias_gives_the_context_a_name_needs() -> None:
    text = (
        'Quillbarrow, also tracked as "Dragonbridge," is the pro-Beijing propaganda network that '
        "has been pushing fake stories about the election."
    )
    assert [name for name, _ in _actors(text)] == ["Quillbarrow"]


@pytest.mark.parametrize(
    "text",
    [
        "It's also known as Aurora Panda and Hidden Lynx, the researchers said of the group.",
        "Operation Velvet Heron, also known as Famous Chollima, lured developers with fake job tests.",
    ],
)
def test_no_pronoun_or_campaign_in_front(text: str) -> None:
    names = [name for name, _ in _actors(text)]
    assert not any(n.startswith(("It", "Operation")) for n in names), names
