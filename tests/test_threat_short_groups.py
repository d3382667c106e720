"""A group named by two or three capitals and its noun ("XE Group", "the ZK Team") is an actor when
an attack's words stand in its line; an everyday acronym's group ("IT Group", "HR Team") is none.
Fictional text."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _actors(text: str) -> list[str]:
    return [named.name for named in find_threats(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("QX Group shifts from card skimming to exploiting zero-days in billing software", "QX Group"),
        ("QX Hacker Group Exploits Billing Software Zero-Day to Plant Web Shells", "QX Group"),
        (
            "The flaw was attributed to a threat actor known as [QX Group](https://example.test/qx).",
            "QX Group",
        ),
        ("Attacks by the ZK Team hit regional banks with a new stealer.", "ZK Team"),
        ("The QX gang deployed ransomware on the retailer's servers.", "QX Gang"),
    ],
)
def test_short_capital_group_is_an_actor(text: str, name: str) -> None:
    assert name in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "IT Group hit by ransomware, systems restored",
        "The HR Team warned staff about a phishing wave.",
        "EU Group condemns hackers behind the outage",
        "UN Group report on cybercrime published",
        "PR Team responds to ransomware attack on the retailer",
        "The QX Group announced a merger with a logistics firm today.",
    ],
)
def test_acronym_or_quiet_group_is_no_actor(text: str) -> None:
    assert _actors(text) == []
