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
