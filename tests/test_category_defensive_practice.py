"""A headline about making something's security better, or about the attacker's craft practised for
defence (penetration testing, red teams, a threat matrix), is research and tools (GUIDE.md §4:
defensive tools, security features, advice on a defensive practice) — also on a capture that kept
only its headline. An attack, a flaw or a government in the headline keeps its kind. Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    "title",
    [
        "Enhancing Examplesoft Cloud security by removing standing admin access",
        "Examplesoft gives its build framework to a foundation to improve supply chain security",
        "Comment renforcer la sécurité de vos annuaires",
        "So lässt sich die Sicherheit verbessern: Härtung von Verzeichnisdiensten",
        "Zo kun je de beveiliging versterken van je netwerk",
        "Approach to mainframe penetration testing: a deep dive into access control",
        "Tests d'intrusion sur les systèmes industriels : méthode",
        "Mitigate risks with the new threat matrix for container platforms",
        "Running a red team exercise on a small budget",
    ],
)
def test_a_defensive_practice_is_research(title: str) -> None:
    assert categorise(title, "") == Category.RESEARCH_TOOLING


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Hackers abuse penetration testing tool to deploy ransomware", Category.RANSOMWARE),
        (
            "Penetration testing firm's flaw lets attackers bypass login (CVE-2031-1234)",
            Category.VULNERABILITY,
        ),
        ("Pentest firm hit by data breach, customer reports stolen", Category.DATA_BREACH),
        # a government as the subject: policy
        ("White House wants to strengthen internet routing security", Category.POLICY_REGULATION),
        ("Le gouvernement veut renforcer la sécurité des hôpitaux", Category.POLICY_REGULATION),
    ],
)
def test_an_attack_a_flaw_or_a_government_keeps_its_kind(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
