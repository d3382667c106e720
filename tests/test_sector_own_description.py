"""A victim's sector from its own description, before sector words that speak of someone else
(labelling guide §5, issue #11): what a company is said to make or sell ("X, a company selling
software for … medical billing"), what a maker makes ("label maker X", "PC parts maker X"), an
apposition without an article ("X, UK engineering company,"), the name's own head word
("X Airways", "X Investment Research"), a well-known firm opening the name ("Sony Playstation");
a sector word that describes the next name ("fintech firm Y") is not X's. The texts are fictional."""

from __future__ import annotations

import importlib

import pytest

from veilleur.models import Sector

# `veilleur.enrich` exports a function of the module's name: the module itself, by its path.
sectors = importlib.import_module("veilleur.enrich.victim_sectors")


def _sector(name: str, text: str, sole: bool = True) -> list[Sector]:
    return sectors.sector_of_victim(name, text, "", "ORG", text, sole)[:1]


@pytest.mark.parametrize(
    ("name", "text", "sector"),
    [
        # The activity after "company" tells the sector; a care word there first (health-data firms).
        (
            "Quorvel Systems",
            "Insurer refuses payout. The court ruled against Quorvel Systems, an Ohio-based company selling "
            "software for booking visits, medical billing, and record keeping. Its insurer had refused.",
            Sector.HEALTHCARE,
        ),
        (
            "Brightlane",
            "Weak password exposed the job seekers of a burger chain at Brightlane, a company that makes "
            "artificial intelligence based recruiting chatbots. The restaurant chain said nothing.",
            Sector.TECHNOLOGY,
        ),
        # A maker is of what it makes, else of manufacturing.
        (
            "Tessory",
            "Envelope maker Tessory said card details were skimmed from its web shop.",
            Sector.MANUFACTURING,
        ),
        ("Zentrix", "Taiwanese PC parts maker Zentrix also fell victim to the gang.", Sector.TECHNOLOGY),
        # An apposition without an article, and a name written with and without its legal form.
        (
            "Brennwick plc",
            "Hackers hit Brennwick, UK engineering company, shuts down systems\n"
            "Brennwick plc, a global leader in molten glass, is managing a cyber incident.",
            Sector.MANUFACTURING,
        ),
        # The name's own head word.
        (
            "Kalvari Airways",
            "A cyber attack briefly disrupted Kalvari Airways' website and app.",
            Sector.TRANSPORTATION,
        ),
        (
            "Doyle Investment Research",
            "In June, Doyle Investment Research suffered a breach.",
            Sector.FINANCIAL_SERVICES,
        ),
        # A well-known firm opening the name, unless the rest of the name says otherwise.
        (
            "Sony Playstation",
            "A DDoS attack hit the Sony Playstation network; a clinic was mentioned.",
            Sector.TECHNOLOGY,
        ),
        ("Orange County", "Ransomware hit Orange County, whose systems went down.", Sector.GOVERNMENT),
    ],
)
def test_the_victims_own_description_gives_its_sector(name: str, text: str, sector: Sector) -> None:
    assert _sector(name, text) == [sector]


def test_a_sector_word_describing_the_next_name_is_not_the_victims() -> None:
    text = "A teen is accused of hacking Zorbit, fintech firm Revolta, and others last year."
    assert sectors.sector_of_victim("Zorbit", text, "", "ORG", text) != [Sector.FINANCIAL_SERVICES]
    # ... while the description before the victim's own name is still its own.
    assert sectors.sector_of_victim("Revolta", text, "", "ORG", text)[:1] == [Sector.FINANCIAL_SERVICES]


def test_a_firm_written_as_companies_is_no_person() -> None:
    text = (
        "Lisette Durand targeted by two gangs. Lisette Durand is at the heart of a compromise.\n"
        "The Lisette Durand Companies Inc. has identified a cybersecurity incident."
    )
    assert not sectors.named_person("Lisette Durand", text, "PERSON")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Marlowe", "Spies targeted phones used by Marlowe and Quist"),
        ("Quist", "Spies targeted phones used by Marlowe and Quist"),
        ("Dunmore", "Spyware was found on the phone of Dunmore last week."),
    ],
)
def test_a_name_whose_phones_are_targeted_is_a_person(name: str, text: str) -> None:
    assert sectors.sector_of_victim(name, text, "", "ORG", text) == [Sector.INDIVIDUALS]


def test_a_firms_phones_stay_a_firms() -> None:
    text = "Spies targeted phones used by Acmetel employees."
    assert sectors.sector_of_victim("Acmetel", text, "", "ORG", text) != [Sector.INDIVIDUALS]


@pytest.mark.parametrize(
    ("name", "text", "sector"),
    [
        (
            "Velvetta",
            "A 2015 breach at marital infidelity site Velvetta is the subject of a TV series.",
            Sector.TECHNOLOGY,
        ),
        (
            "Basketo",
            "The CEO of Indian grocery ordering app Basketo said an attacker wiped its cloud.",
            Sector.RETAIL,
        ),
    ],
)
def test_a_site_or_app_is_of_what_it_serves_else_technology(name: str, text: str, sector: Sector) -> None:
    assert _sector(name, text)[:1] == [sector]


def test_the_site_alone_describes_no_sole_victim() -> None:
    text = (
        "Users of the Orvia crypto exchange warned. Orvia says its systems were not breached.\n"
        "The site asked users to change passwords. The website stayed up."
    )
    assert _sector("Orvia", text) == [Sector.FINANCIAL_SERVICES]
