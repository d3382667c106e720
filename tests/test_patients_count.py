"""A briefing says how many patients were moved when the article does ("Douze patients des soins
intensifs ont été transférés": the demo's Valmont article said only "Transfert de patients")."""

from __future__ import annotations

import pytest

from veilleur.brief.patients import patients_count
from veilleur.brief.statements import impact_statements
from veilleur.models import ImpactRecord, Intel


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Douze patients des soins intensifs ont été transférés vers d'autres établissements.", "douze"),
        ("Seven critically ill patients were moved to other hospitals.", "sept"),
        ("12 patients were transferred.", "12"),
        ("Patients were transferred to other hospitals.", ""),
        ("A patient was transferred.", ""),
        ("Twelve nurses helped move patients.", ""),
    ],
)
def test_patients_count(sentence: str, count: str) -> None:
    assert patients_count(sentence) == count


def test_the_statement_gives_the_count() -> None:
    sentence = "Douze patients des soins intensifs ont été transférés vers d'autres établissements."
    record = ImpactRecord(kind="patients_transferred", sentence=sentence)
    intel = Intel(relevant=True, relevance_score=1.0, impacts=[record])
    [statement] = impact_statements(intel)
    assert statement.point == "Transfert de douze patients."
    assert statement.sentence == "Douze patients ont été transférés."
