"""Faithfulness and French of the facts briefing, second audit (31 news-dev pages no label file
names): a count of users was what was stolen ("le vol de 5,4 millions d'utilisateurs"), affected
versions kept their English ("1.2.22 and below"), … Fictional pages and records only."""

from __future__ import annotations

import pytest

from veilleur.brief.record_facts import attack_statements
from veilleur.brief.statements import impact_statements
from veilleur.models import AttackFacts, Fact, ImpactRecord, Intel


@pytest.mark.parametrize(
    ("value", "whose"),
    [
        ("5.4 million users", "5,4 millions d'utilisateurs"),
        ("12,000 employees", "12\u202f000 salariés"),
        ("300 members", "300 adhérents"),
    ],
)
def test_people_written_with_an_elision_are_whose_data_was_stolen(value: str, whose: str) -> None:
    attack = AttackFacts(stolen=[Fact(value=value, sentence=f"Data of {value} of Ferry Bank was taken.")])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [(s.point, s.sentence) for s in said] == [
        (f"Vol des données de {whose}.", f"L'article fait état du vol des données de {whose}.")
    ]
    record = ImpactRecord(kind="data_stolen", sentence="s", amount=value)
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=[record]))
    assert [(s.point, s.sentence) for s in said] == [
        (f"Vol des données de {whose}.", f"Les données de {whose} ont été dérobées.")
    ]
