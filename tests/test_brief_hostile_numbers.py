"""Numbers a briefing states are what the source states, in French typography, or not stated: a
ransom of "€1e308" was said "1 euros" (the exponent dropped), a count written in Arabic-Indic digits
("٤٠٠ messages") was copied as written into the French briefing. Fictional facts only."""

from __future__ import annotations

import pytest

from veilleur.brief.record_facts import attack_statements, law_statements, vulnerability_statements
from veilleur.models import AttackFacts, Category, Intel, LawEnforcementFacts, VulnerabilityFacts
from veilleur.models.intel import Fact


def _said(intel: Intel) -> str:
    statements = [*attack_statements(intel), *law_statements(intel), *vulnerability_statements(intel, "")[0]]
    return "\n".join(f"{s.point} {s.sentence}" for s in statements)


def _attack(**facts: str) -> Intel:
    return _intel(
        attack=AttackFacts(**{k: [Fact(value=v, sentence=f"Fictional: {v}.")] for k, v in facts.items()})
    )


@pytest.mark.parametrize(
    "ransom", ["€1e308", "$5e3 million", "$1.5E6", "€ ١٬٢٠٠", "€١٢٣", "١٢٣ euros", "€１２３"]
)
def test_a_ransom_not_written_in_plain_digits_is_not_stated(ransom: str) -> None:
    assert "Rançon" not in _said(_attack(ransom=ransom))


@pytest.mark.parametrize("stolen", ["1e308 records", "2e5 users", "١٢٣ records", "٤٠٠ GB", "4E2 GB"])
def test_a_stolen_amount_not_written_in_plain_digits_is_not_stated(stolen: str) -> None:
    assert "Données" not in _said(_attack(stolen=stolen))


@pytest.mark.parametrize(
    "field,value", [("scale", "٤٠٠ messages"), ("scale", "about ٤٠٠ emails"), ("lasted", "٦ hours")]
)
def test_a_count_in_other_digits_is_not_copied(field: str, value: str) -> None:
    said = _said(_attack(**{field: value}))
    assert not _digit_outside_ascii(said), said


def test_a_prison_term_or_arrests_in_other_digits_are_not_copied() -> None:
    law = LawEnforcementFacts(
        arrests=[Fact(value="٤ arrested", sentence="Police arrested ٤ suspects.")],
        sentences=[Fact(value="٦ years", sentence="He was sentenced to ٦ years.")],
    )
    said = _said(_intel(category=Category.LAW_ENFORCEMENT, law_enforcement=law))
    assert not _digit_outside_ascii(said), said


def test_versions_in_other_digits_are_not_copied() -> None:
    facts = VulnerabilityFacts(
        product="Quillware",
        affected_versions=[Fact(value="٣.٢ and below", sentence="Versions ٣.٢ and below.")],
    )
    said = _said(_intel(vulnerability=facts))
    assert "Quillware" in said and not _digit_outside_ascii(said), said


def test_plain_amounts_are_still_stated_in_french() -> None:
    said = _said(
        _attack(ransom="$4.5 million", stolen="1.2 million records", scale="more than 4,000 messages")
    )
    assert "4,5 millions de dollars" in said
    assert "1,2 million d'enregistrements" in said
    assert "plus de 4\u202f000 messages" in said


def _digit_outside_ascii(text: str) -> bool:
    return any(c.isdigit() and not c.isascii() for c in text)


def _intel(**fields: object) -> Intel:
    return Intel.model_validate({"relevant": True, "relevance_score": 1.0, **fields})
