"""A regulation named in Italian or German ("Regolamento", "Verordnung") is policy as "regulation" and
"règlement" are, and a standards body's standard ("ISO/IEC 27035") is research and guidance (GUIDE.md
§13: standards bodies' work is research; governments' and regulators' rules are policy). An event the
headline names still decides. Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Nuovo Regolamento sulla sicurezza del cloud per la PA", Category.POLICY_REGULATION),
        ("Neue Verordnung zur Cybersicherheit von Kliniken", Category.POLICY_REGULATION),
        ("New regulation on cloud security for public bodies", Category.POLICY_REGULATION),
        ("ISO/IEC 27035:2031 sulla gestione degli incidenti", Category.RESEARCH_TOOLING),
        ("What ISO 27001:2031 changes for incident handling", Category.RESEARCH_TOOLING),
        ("La norme ISO/IEC 27035 révisée : ce qui change", Category.RESEARCH_TOOLING),
    ],
)
def test_regulations_are_policy_and_standards_research(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("ISO 27001-certified firm hit by ransomware", Category.RANSOMWARE),
        ("Azienda certificata ISO 27001 colpita da un data breach", Category.DATA_BREACH),
    ],
)
def test_an_event_the_headline_names_decides(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
