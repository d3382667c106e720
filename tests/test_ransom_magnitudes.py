"""A ransom is stated with its magnitude word or not at all: "$5 trillion" was briefed "Rançon de 5
dollars", "3 miljoen euro" "3 euros". The magnitude words of the four languages are read (trillion,
tn, thousand, miljoen, miljard, Millionen, Milliarden, Billionen, Mio., Mrd.), and an amount
followed by one whose value depends on the language ("billions": 10^9 in English, 10^12 in
French) or that is not read ("lakh") states no amount. Fictional sentences written for the test."""

from __future__ import annotations

import pytest

from veilleur.brief.amounts import parse_amount
from veilleur.brief.record_facts import money
from veilleur.enrich.facts import attack_facts


def _ransom(amount: str) -> str:
    facts = attack_facts(
        "Northbank hospital hit by ransomware",
        f"The fictional Northbank hospital was hit by ransomware. The gang demanded a ransom of {amount} to "
        "unlock the systems.",
    )
    said = next((m for m in (money(f.value) for f in facts.ransom) if m), "") if facts else ""
    return said.replace("\u202f", " ").replace("\xa0", " ")  # (French groups digits with a narrow space)


@pytest.mark.parametrize(
    ("amount", "french"),
    [
        ("$5 trillion", "5 000 milliards de dollars"),
        ("€1.5tn", "1 500 milliards d'euros"),
        ("$5 thousand", "5 000 dollars"),
        ("3 miljoen euro", "3 millions d'euros"),
        ("3 miljard euro", "3 milliards d'euros"),
        ("3 Millionen Euro", "3 millions d'euros"),
        ("3 Mio. Euro", "3 millions d'euros"),
        ("3 Milliarden Euro", "3 milliards d'euros"),
        ("3 Billionen Euro", "3 000 milliards d'euros"),
        ("$5 million", "5 millions de dollars"),
        ("$5bn", "5 milliards de dollars"),
        ("$50k", "50 000 dollars"),
        ("3 billions d'euros", ""),
        ("$5 lakh", ""),
    ],
)
def test_a_ransom_keeps_its_magnitude_or_states_none(amount: str, french: str) -> None:
    assert _ransom(amount) == french


@pytest.mark.parametrize(
    ("stolen", "french"),
    [
        ("2 trillion records", "2 000 milliards d'enregistrements"),
        ("3 miljard records", "3 milliards d'enregistrements"),
        ("40 Millionen Datensätze", "40 millions d'enregistrements"),
        ("500 thousand records", "500 000 enregistrements"),
        ("1.2 million records", "1,2 million d'enregistrements"),
        ("12 lakh records", ""),
        ("2 billions de dossiers", ""),
    ],
)
def test_a_stolen_volume_keeps_its_magnitude_or_states_none(stolen: str, french: str) -> None:
    said = parse_amount(stolen)
    assert said.replace("\u202f", " ").replace("\xa0", " ") == french
