"""Who steals decides (bench/data/intel/GUIDE.md §4): data stolen from a named organisation is an
information leak (rule 5), but a malware or a scam that steals is the malware's or the scam's event
(rule 6: "Spyware steals data", "Crooks pose as HR to steal logins"). The theft verb in every tense
and in English, French, German and Dutch. Headlines are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    "title",
    [
        "Hackers steal personal data of 3 million Examplo customers",
        "Attackers are stealing customer records from Examplo Bank",
        "Des pirates volent les données de 3 millions de clients d'Examplo",
        "Hacker erbeuten Daten von Kunden bei Beispiel AG",
    ],
)
def test_data_stolen_from_an_organisation_is_an_information_leak(title: str) -> None:
    assert categorise(title, "") == Category.DATA_BREACH


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Examplo spyware steals data from government workers", Category.MALWARE_CAMPAIGN),
        ("New infostealer stole data from 10,000 browsers", Category.MALWARE_CAMPAIGN),
        ("Un logiciel espion vole les données de ses victimes", Category.MALWARE_CAMPAIGN),
        ("Neue Schadsoftware erbeutet Zugangsdaten von Bankkunden", Category.MALWARE_CAMPAIGN),
        ("Nieuwe malware steelt gegevens van bankklanten", Category.MALWARE_CAMPAIGN),
        ("Crooks impersonate payroll platforms to steal information and funds", Category.FRAUD_PHISHING),
        (
            "Des escrocs se font passer pour la banque et volent les données des clients",
            Category.FRAUD_PHISHING,
        ),
    ],
)
def test_a_malware_or_a_scam_that_steals_is_its_own_event(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
