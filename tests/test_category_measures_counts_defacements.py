"""Four of the guide's decisions (bench/data/intel/GUIDE.md §4) read from a headline's shape:
a platform's measure against a scam is a security feature (`research-tooling`), not the scam; a count
of breaches that doubled is a statistic (`research-tooling`: reports with threat statistics), not a
leak; a system hijacked to play or show its attackers' message is a defacement (`other` when no data
leaked); a state that says it hacked another's ministry is cyber warfare (`espionage`, rule 4 before
rule 5). Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Videoshare makes sweeping changes to tackle spam in its comments", Category.RESEARCH_TOOLING),
        ("Is this the answer to calendar invite spam?", Category.RESEARCH_TOOLING),
        ("Percentage of breaches involving suppliers doubled in a year", Category.RESEARCH_TOOLING),
        ("Examplo 2026 Data Breach Investigations Report", Category.RESEARCH_TOOLING),
        ("Hacked tram screens blare out protest slogans in Valdor", Category.OTHER),
        ("Parking meters hacked to play fake audio of a mayor", Category.OTHER),
        ("Ukraine claims it hacked a Russian ministry's servers", Category.APT_ESPIONAGE),
        ("Kyiv says it hacked Russian navy's mail servers", Category.APT_ESPIONAGE),
    ],
)
def test_the_headlines_shape_decides(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Scammers spam calendar invites to steal logins", Category.FRAUD_PHISHING),
        ("Tram operator hacked, passenger data leaked", Category.DATA_BREACH),
        ("Hackers defaced Examplo's website and stole customer records", Category.DATA_BREACH),
        ("Ransomware attacks doubled in a year", Category.RANSOMWARE),
        ("Examplo hacked, customer records exposed", Category.DATA_BREACH),
    ],
)
def test_the_same_words_in_another_event(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
