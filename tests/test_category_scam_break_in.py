"""A scam named before the break-in or leak words of its headline is the scam's event (GUIDE.md §4,
rule 6: "Scammers who hacked a streamer's account" is phishing, deception of people for money), not a
leak from a named organisation (rule 5). Malware named before a break-in word that is no theft verb
keeps the leak ("Malware attack breaches a bank, customer data exposed"): only a theft verb makes the
malware the thief. Fictional headlines and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

_REST = (
    "The company said it had reset the passwords of the accounts concerned and told the regulator the "
    "same day, and that it would write to every customer whose details were in the systems reached. "
)


@pytest.mark.parametrize(
    "title",
    [
        "Scammers who hacked a streamer's account pushed a fake giveaway",
        "Phishing campaign uses hacked school websites to host fake login pages",
        "Des escrocs piratent le compte d'une chanteuse pour vanter une fausse cryptomonnaie",
    ],
)
def test_a_scam_named_before_the_break_in_is_the_scams_event(title: str) -> None:
    assert categorise(title, "") == Category.FRAUD_PHISHING


@pytest.mark.parametrize(
    "title",
    [
        "Northbridge hospital hacked, patient records leaked",
        "Hackers breach Examplo Bank and leak customer records",
        "Malware attack breaches Examplo Bank, customer data exposed",
    ],
)
def test_a_break_in_with_no_scam_before_it_stays_a_leak(title: str) -> None:
    lead = "Attackers reached a file transfer server of the company, it said."
    assert categorise(title, f"{lead} {_REST * 3}") == Category.DATA_BREACH
