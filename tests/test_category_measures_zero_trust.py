"""Defences and advice whose headline names a threat or no kind at all (GUIDE.md §4): a product or
its maker adding a measure to keep a threat out is a security feature (`research-tooling`), whatever
threat it names; a Zero Trust architecture is a defensive practice (`research-tooling`); step-by-step
help to update one's own software is general advice to users (`other`). Fictional headlines and text."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

TEXT = (
    "The change reaches every user over the coming weeks, and the company published a short page "
    "telling administrators which settings they may want to review before it does. "
) * 5


@pytest.mark.parametrize(
    "title",
    [
        "Examplebrowser adds bound encryption to protect cookies from malware",
        "Onionnet turns to proof-of-work puzzles to defend its network from DDoS attacks",
        "ExampleOS tightens app controls to block unsigned spyware",
    ],
)
def test_a_measure_against_a_threat_is_a_defence(title: str) -> None:
    assert categorise(title, TEXT) == Category.RESEARCH_TOOLING


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a fix is the flaw's news (rule 3), not a measure
        (
            "Examplecorp fixes two critical flaws in its router to prevent remote attacks",
            Category.VULNERABILITY,
        ),
        ("Examplecorp adds patch to block exploitation of zero-day flaw", Category.VULNERABILITY),
        # attackers adding something to their malware is the malware
        ("Hackers add a new module to ExampleStealer malware", Category.MALWARE_CAMPAIGN),
        # a ransomware attack outranks the measure taken after it (rule 2)
        ("Exampleville adds MFA after ransomware attack to prevent another one", Category.RANSOMWARE),
    ],
)
def test_what_a_measure_does_not_outrank(title: str, expected: str) -> None:
    assert categorise(title, TEXT) == expected


def test_zero_trust_is_a_defensive_practice() -> None:
    assert categorise("Rethinking remote support in a Zero Trust world", TEXT) == Category.RESEARCH_TOOLING
    # ... not when a kind of event is the headline's subject
    zero_day = "Zero-day in Examplegate's zero trust gateway exploited"
    assert categorise(zero_day, TEXT) == Category.VULNERABILITY


@pytest.mark.parametrize(
    "title",
    ["How to update Examplebrowser on every operating system", "How to upgrade your phone's system safely"],
)
def test_a_how_to_update_for_people_is_other(title: str) -> None:
    assert categorise(title, TEXT) == Category.OTHER
