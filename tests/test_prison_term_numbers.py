"""A prison term written with a decimal or a thousands separator is read whole, and one past any is not
stated. Before, the term's pattern started at the last digits: "sentenced to 2.5 years in prison" gave
the fact "5 years in prison" (briefed "cinq ans"), "40,665 years in prison" gave "665 years"; and a
term of 40 digits was briefed as written. Made-up sentences only."""

from __future__ import annotations

import pytest

from veilleur.brief.arrests import prison_term
from veilleur.enrich.law_facts import law_enforcement_facts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The court sentenced him to 2.5 years in prison on Monday.", "2.5 years in prison"),
        ("He got 2.5 years in prison for the fictional Zorvex attacks.", "2.5 years in prison"),
        ("A court sentenced the man to 13,275 years in prison for fraud.", "13,275 years in prison"),
        ("Il a été condamné à 2,5 ans de prison pour fraude informatique.", "2,5 ans de prison"),
        ("The court sentenced him to 4 years in prison on Monday.", "4 years in prison"),
    ],
)
def test_a_prison_term_is_read_whole(sentence: str, value: str) -> None:
    facts = law_enforcement_facts("Zorvex hacker jailed", sentence)
    assert facts is not None
    assert [f.value for f in facts.sentences] == [value]


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("2.5 years in prison", "2,5 ans"),
        ("2,5 ans de prison", "2,5 ans"),
        ("13,275 years in prison", "13\u202f275 ans"),
        ("four years in prison", "quatre ans"),
        ("18 months", "18 mois"),
        ("9" * 40 + " years in prison", ""),
        ("1,000,000,000 years in prison", ""),
    ],
)
def test_a_prison_term_is_said_in_french_or_not_at_all(value: str, said: str) -> None:
    assert prison_term(value) == said
