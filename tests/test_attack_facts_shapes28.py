"""Attack facts a French briefing would repeat as true, on shapes of sentences written for these
tests: ransoms summed over many attacks, "claims it…" said by a source, a byline's article taken for
a name, and numbers that count no stolen records (an age, a year, money, the whole of which a share
was hit)."""

from __future__ import annotations

from veilleur.enrich.facts import attack_facts
from veilleur.models import AttackFacts


def facts(title: str, text: str) -> AttackFacts:
    found = attack_facts(title, text)
    assert found is not None
    return found


def _values(found: AttackFacts | None, kind: str) -> list[str]:
    return [f.value for f in getattr(found, kind)] if found is not None else []


def test_ransoms_summed_over_many_attacks_are_no_ransom_of_this_attack() -> None:
    for sentence in (
        "The Zorblax gang has demanded over $300 million in ransoms since 2021, the agency said.",
        "Zorblax affiliates have demanded more than $40 million in total from victims in the attack wave.",
        "Extortionists raked in $700 million last year as ransomware attacks hit hospitals.",
        "The average ransom payment in the attacks rose to $1.5 million.",
    ):
        assert _values(attack_facts("Ransomware attack report", sentence), "ransom") == [], sentence
    found = facts("Zorblax hit by ransomware", "The attackers demanded a $2 million ransom from Zorblax.")
    assert _values(found, "ransom") == ["$2 million"]


def test_a_source_that_claims_something_else_claimed_no_attack() -> None:
    for sentence in (
        "The agency claims it has dealt with a security incident on its network.",
        "Veltrix claims it helped police take down a scam app after the breach.",
    ):
        assert _values(attack_facts("Security incident", sentence), "claimed_by") == [], sentence
    found = facts("Attack on Zorblax", "The Norvax group claimed it was behind the attack on Zorblax.")
    assert _values(found, "claimed_by") == ["Norvax"]


def test_a_bylines_article_is_no_claimants_name() -> None:
    found = attack_facts(
        "Extortion gang claims breach", "UPDATED An extortion gang claims to have breached Zorblax."
    )
    assert _values(found, "claimed_by") == []


def test_numbers_that_count_no_stolen_records() -> None:
    for sentence in (
        "The man, 19 when arrested and now 20, used the leaked records stolen in the breach to blackmail people.",
        "Zorblax disclosed a data breach from November 2024 that affected employees and visitors.",
        "Hackers stole $137M from crypto users in a phishing attack.",
        "Data of less than 1% of its 9.7 million customers was stolen in the breach.",
    ):
        assert _values(attack_facts("Data breach", sentence), "stolen") == [], sentence
    found = facts("Zorblax data breach", "Hackers stole the records of 250,000 customers in the breach.")
    assert _values(found, "stolen") == ["250,000 customers"]
