"""Care providers named in Italian and Spanish, which English news leaves untranslated ("Ospedale X",
"Clínica X", "Policlinico X", "Farmacia X", "Servicio de Salud", "casa di cura", "ASL Napoli 3"), and
the laboratory groups, health-data and medical-device firms, hospital groups and health insurers the
news names bare ("Synlab Italia"): healthcare (labelling guide §5). Texts and other names fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_country import victim_countries
from veilleur.enrich.victim_sectors import sector_of_victim
from veilleur.models import Sector


def _sector(name: str, text: str) -> Sector | None:
    found = sector_of_victim(name, text, "", None, text, True)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Ospedale San Quirino", "Ransomware hits Ospedale San Quirino, appointments cancelled."),
        ("Policlinico Monteverde", "Hackers leaked files stolen from Policlinico Monteverde last week."),
        ("ASL Valbruna 2", "A cyberattack on ASL Valbruna 2 took the booking system offline."),
        ("Clínica Las Almenas", "The gang claims it breached Clínica Las Almenas and stole scans."),
        ("Farmacia Ribera", "Farmacia Ribera says a breach exposed its customers' prescriptions."),
        ("Servicio Riojano de Salud", "Servicio Riojano de Salud confirmed the intrusion on Monday."),
        ("Casa di cura Villa Elsa", "Attackers encrypted the servers of Casa di cura Villa Elsa."),
    ],
)
def test_italian_and_spanish_care_names_are_healthcare(name: str, text: str) -> None:
    assert _sector(name, text) == Sector.HEALTHCARE


def test_a_laboratory_group_named_bare_is_healthcare() -> None:
    # (a well-known group's local unit: its sector is the group's, its country the unit's)
    text = "The Brightwater gang claimed responsibility for the Synlab Italia attack on Tuesday."
    assert _sector("Synlab Italia", text) == Sector.HEALTHCARE
    assert victim_countries("Synlab Italia", "", text, text) == ["IT"]


def test_sign_language_is_no_health_authority() -> None:
    text = "Acme Relay, which books ASL interpreters for events, was hit by a breach."
    assert _sector("Acme Relay", text) != Sector.HEALTHCARE
