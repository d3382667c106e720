"""Kinds of event stated in words the outlets' vocabulary lacked, each in English and French
(bench/data/intel/GUIDE.md §4): data posted, dumped or put up for sale by criminals and data read by
an unauthorised party are an information leak; a data-protection regulator's act is policy. The
same words about something else keep their kind. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Data of 1.2 million students posted on hacking forum", "A database of students was published."),
        (
            "Des données de 600 000 patients mises en vente sur un forum",
            "Un pirate propose la base à la vente.",
        ),
        ("Example Telecom records for sale on dark web market", "The seller shared a sample."),
        ("Les données des licenciés publiées sur un forum de pirates", "La fédération a porté plainte."),
    ],
)
def test_data_offered_or_posted_by_criminals_is_an_information_leak(title: str, lead: str) -> None:
    assert categorise(title, lead) == Category.DATA_BREACH


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Airline says hackers got into frequent flyer accounts",
            "An unauthorized third party accessed a system holding loyalty programme details.",
        ),
        (
            "Cyberattaque chez un assureur : des informations personnelles consultées",
            "L'assureur indique qu'un tiers non autorisé a consulté les fiches de ses clients.",
        ),
    ],
)
def test_data_read_by_an_unauthorised_party_is_an_information_leak(title: str, lead: str) -> None:
    assert categorise(title, lead) == Category.DATA_BREACH


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # a law about publishing data is policy, a tool sold on a forum stays malware
        (
            "Fictional state's law says police camera data must be posted online",
            "Lawmakers passed the rule last year.",
            Category.POLICY_REGULATION,
        ),
        ("New infostealer sold on hacking forums for $200 a month", "", Category.MALWARE_CAMPAIGN),
        ("Un nouveau maliciel vendu sur un forum de pirates", "", Category.MALWARE_CAMPAIGN),
    ],
)
def test_the_same_words_about_something_else_keep_their_kind(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Data protection authority publishes security recommendations for health data",
            "The regulator's guide lists measures.",
        ),
        (
            "La CNIL publie ses recommandations sur la sécurité des données de santé",
            "Le régulateur a publié un guide de recommandations.",
        ),
    ],
)
def test_a_data_protection_regulators_act_is_policy(title: str, lead: str) -> None:
    assert categorise(title, lead) == Category.POLICY_REGULATION


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a long list of victims before "dumped online" is still stolen data
        ("Data on 90K staff of Acme, Globex, Initech and other firms dumped online", Category.DATA_BREACH),
        (
            "Les données des salariés d'Acme, de Globex, d'Initech et d'autres publiées sur un forum",
            Category.DATA_BREACH,
        ),
        # services exposed to the internet are no leak: the campaign on them is what happened
        (
            "Miners hijack exposed Examplegrid test servers to mine Monero",
            Category.MALWARE_CAMPAIGN,
        ),
        ("Exposed database leaks 2 million records", Category.DATA_BREACH),
        # charges faced are justice
        ("Man accused of hoarding secrets faces fresh charges", Category.LAW_ENFORCEMENT),
        ("Furto di dati: dati rubati a 3000 utenti di un'app di messaggi", Category.DATA_BREACH),
    ],
)
def test_more_ways_of_saying_it(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
