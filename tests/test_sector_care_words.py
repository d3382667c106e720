"""Care providers named by their trade (labelling guide §5: a hospital, clinic, health insurer,
pharmacy, laboratory or health-data firm is healthcare): physicians, dentists, senior living,
polyclinics, eye and kidney care, health-tech and third-party-payment operators, and the names of
hospitals that say so ("UZ Leuven", "Amsterdam UMC", "CH de Brive"), in English and French, with the
Dutch and German words. The names and texts are fictional."""

from __future__ import annotations

import importlib

import pytest

from veilleur.models import Sector

sectors = importlib.import_module("veilleur.enrich.victim_sectors")


def _first(name: str, text: str) -> Sector | None:
    found = sectors.sector_of_victim(name, text, "", None, text, True)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a profession of care in the description
        ("Norlea", "The cyberattack on Norlea, one of the largest physician groups, disrupted appointments."),
        (
            "Norlea",
            "La cyberattaque contre Norlea, l'un des principaux groupes de médecins, a perturbé les rendez-vous.",
        ),
        ("Kelvara", "Kelvara, a dental practice chain, confirmed the ransomware attack."),
        ("Vernay", "Le cabinet dentaire Vernay a été victime d'un rançongiciel."),
        ("Smit", "De tandartspraktijk Smit is getroffen door ransomware."),
        ("Weber", "Hacker erpressen die Zahnarztpraxis Weber."),
        # living and home care
        ("Orvane", "Orvane, which runs senior living communities, was hit by ransomware."),
        ("Orvane", "Orvane, a home care provider, was hit by ransomware."),
        # specialities
        ("Optimo", "Optimo, an optometry chain, confirmed a breach."),
        ("Renafy", "Renafy, a kidney care company, was hit by ransomware."),
        ("Clarvue", "Clarvue, un réseau de centres d'ophthalmologie, a subi une fuite de données."),
        # health data and health tech firms
        ("Qorvia", "Hackers stole data from Qorvia, a healthcare technology company."),
        ("Qorvia", "Des pirates ont volé les données de Qorvia, une société de health tech."),
        (
            "Almeris",
            "Cyberattaque contre Almeris, opérateur de tiers payant : 33 millions d'assurés touchés.",
        ),
        (
            "Almeris",
            "Almeris, a third-party payment operator for health insurers (tiers payant), was breached.",
        ),
    ],
)
def test_a_care_trade_in_the_description_is_healthcare(name: str, text: str) -> None:
    assert _first(name, text) == Sector.HEALTHCARE


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Polyclinique du Parc", "La Polyclinique du Parc victime d'une cyberattaque."),
        ("Parkside Polyclinic", "Parkside Polyclinic hit by ransomware, patients redirected."),
        ("CH de Brive", "Le CH de Brive touché par une cyberattaque."),
        ("UZ Leuven", "UZ Leuven getroffen door een cyberaanval."),
        ("Amsterdam UMC", "Amsterdam UMC getroffen door cyberaanval."),
        ("Poliklinik Nord", "Cyberangriff auf die Poliklinik Nord."),
    ],
)
def test_a_hospital_named_as_one_is_healthcare(name: str, text: str) -> None:
    assert _first(name, text) == Sector.HEALTHCARE


@pytest.mark.parametrize(
    ("name", "text", "sector"),
    [
        # the care words do not take what the text says of a firm that is not one
        ("Talvon", "Talvon, a software company, was breached.", Sector.TECHNOLOGY),
        ("Talvon", "Talvon, un éditeur de logiciels, a été piraté.", Sector.TECHNOLOGY),
        ("Dorsey Bank", "Dorsey Bank, which offers home loans, was breached.", Sector.FINANCIAL_SERVICES),
    ],
)
def test_other_trades_keep_their_sector(name: str, text: str, sector: Sector) -> None:
    assert _first(name, text) == sector


@pytest.mark.parametrize(
    ("name", "text", "sector"),
    [
        # the trade a description names, EN/FR (NL/DE words where the language has its own)
        ("Korvane", "Korvane, a fast-food chain, investigates suspicious activity.", Sector.RETAIL),
        ("Korvane", "Korvane, une chaîne de fast-food, enquête sur une activité suspecte.", Sector.RETAIL),
        ("Brisco", "Hackers hit auto parts retailer Brisco.", Sector.RETAIL),
        ("Brisco", "Des pirates ont visé Brisco, un distributeur de pièces.", Sector.RETAIL),
        ("Payvia", "Payvia, a payment gateway used by small shops, was breached.", Sector.FINANCIAL_SERVICES),
        ("Payvia", "Payvia, un spécialiste des moyens de paiement, a été piraté.", Sector.FINANCIAL_SERVICES),
        ("Payvia", "De betaaldienst Payvia is gehackt.", Sector.FINANCIAL_SERVICES),
        ("Aerix", "Key aerospace player Aerix leaks sensitive data.", Sector.DEFENSE),
        (
            "Aerix",
            "L'acteur clé de l'aéronautique militaire Aerix, fournisseur des armées, a subi une fuite.",
            Sector.DEFENSE,
        ),
        ("Aerix", "Der Rüstungskonzern Aerix wurde gehackt.", Sector.DEFENSE),
        ("Aerix Group", "Aerix Group leaks data. Aerix Group said it was investigating.", Sector.TECHNOLOGY),
    ],
)
def test_a_trade_the_description_names_is_the_sector(name: str, text: str, sector: Sector) -> None:
    found = sectors.sector_of_victim(name, text, "", None, text, False)
    assert (found[0] if found else Sector.TECHNOLOGY) == sector


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Velmora Group", "Velmora Group leaks data. Velmora said it was investigating the breach."),
        ("Kessler & Partners", "Hackers breached Kessler & Partners. Kessler said no client data was taken."),
    ],
)
def test_a_name_ending_with_an_organisation_word_is_no_person(name: str, text: str) -> None:
    assert Sector.INDIVIDUALS not in sectors.sector_of_victim(name, text, "", None, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hackers hit Tamsen. Patients were turned away and the hospital's clinics closed; patient records were stolen.",
        "Des pirates ont frappé Tamsen. Les patients ont été renvoyés, l'hôpital a fermé ses cliniques.",
    ],
)
def test_a_sole_victim_undescribed_is_of_the_sector_its_lead_names_most(text: str) -> None:
    assert sectors.sector_of_victim("Tamsen", text, "", None, text, True) == [Sector.HEALTHCARE]
    # (not when it is one victim among others: the lead may speak of another's trade)
    assert Sector.HEALTHCARE not in sectors.sector_of_victim("Tamsen", text, "", None, text, False)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # an NHS trust is of health, whatever its "Foundation"
        ("Harlow NHS Foundation Trust", "Harlow NHS Foundation Trust declared a critical incident."),
        ("Harlow NHS Foundation Trust", "Le Harlow NHS Foundation Trust a déclaré un incident critique."),
        # testing, drugs and their trade
        ("Quorra", "Quorra, a blood testing firm, was breached; test results leaked."),
        ("Quorra", "Quorra, a drugmaker, disclosed a breach of its research network."),
        ("Quorra", "Quorra, Germany's largest pharmaceutical wholesaler, was hit by ransomware."),
        ("Quorra", "Quorra, premier grossiste pharmaceutique du pays, a été touché par un rançongiciel."),
        ("Quorra", "Quorra, a medical supplies distributor, was hit by ransomware."),
        ("Quorra", "Quorra, ein Labordienstleister, meldet einen Cyberangriff."),
    ],
)
def test_trusts_testing_and_drug_trade_are_healthcare(name: str, text: str) -> None:
    assert _first(name, text) == Sector.HEALTHCARE
