"""A sentence the lead says a court or jury passed, or a charge it brought, is the event (GUIDE.md §4,
rule 1) whatever crime the headline names: a headline calling a preacher's scheme a scam, whose lead
says a grand jury has indicted him, is law enforcement, not the scam. Fictional headlines and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

_REST = (
    "Investigators say the money went through a dozen accounts in three countries before it was "
    "withdrawn in cash, and the victims were told their savings were safe until the very last day. "
)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Preacher's crypto fund exposed as a scam worth millions",
            "A federal grand jury has indicted a 51-year-old preacher on 26 counts of fraud.",
        ),
        (
            "A strange kind of cybercrime: gift cards, patient files and pizza",
            "A teenager who broke into a dozen shops' systems has been spared jail with a suspended sentence.",
        ),
        (
            "L'arnaque aux faux placements d'un prédicateur",
            "Le tribunal correctionnel a condamné un prédicateur de 51 ans à deux ans de prison avec sursis.",
        ),
        (
            "Oplichting met nepbeleggingen door predikant",
            "De rechtbank heeft een 51-jarige predikant veroordeeld tot een celstraf van twee jaar.",
        ),
        (
            "Betrug mit falschen Krypto-Anlagen",
            "Das Gericht hat einen 51-jährigen Prediger zu einer Bewährungsstrafe verurteilt.",
        ),
    ],
)
def test_a_sentence_or_charge_in_the_lead_is_law_enforcement(title: str, lead: str) -> None:
    assert categorise(title, f"{lead} {_REST * 3}") == Category.LAW_ENFORCEMENT


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # a court named as the victim, not as the one passing sentence
        (
            "Examplecounty court hit by data breach",
            "The county court said its filing system was breached and case records were stolen.",
            Category.DATA_BREACH,
        ),
        # a sentence as a word of the scam's script, not one a court passed
        (
            "Crypto investment scam targets churchgoers",
            "Scammers promise churchgoers a one-sentence summary of a dream investment.",
            Category.FRAUD_PHISHING,
        ),
    ],
)
def test_a_court_or_a_sentence_named_otherwise_keeps_the_kind(title: str, lead: str, expected: str) -> None:
    assert categorise(title, f"{lead} {_REST * 3}") == expected
