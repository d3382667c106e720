"""An attack the headline reports is the event (GUIDE.md §4: the main event of the headline and lead):
police action and a flaw that its lead states are the attack's aftermath and means, not its kind. A
hospital group "hit by a cyberattack" whose lead says the police are investigating, or that attackers
exploited a flaw, is not a police action nor a vulnerability advisory; and "Hackers exploit a flaw to
hit X with ransomware" is the attackers' ransomware attack (rule 2), not the flaw's advisory. A
headline that names no attack keeps the lead's police action (rule 1). Fictional headlines and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

_REST = (
    "Ambulances were diverted to neighbouring hospitals and staff went back to paper records while the "
    "systems were restored over the following week, a spokesperson said, adding that patients should "
    "keep their appointments unless they are contacted. "
)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Northbridge hospital group hit by cyberattack",
            "Northbridge Health, which runs five hospitals, said a cyberattack disrupted its systems on "
            "Sunday. The FBI and local police are investigating, and authorities seized a server used by "
            "the attackers.",
        ),
        (
            "Northbridge hospitals hit by cyberattack",
            "Northbridge Health said attackers exploited a vulnerability in its remote access gateway on "
            "Sunday. The flaw had been patched by the vendor in March.",
        ),
        (
            "Cyberattaque contre le centre hospitalier de Valmont : la gendarmerie enquête",
            "Le centre hospitalier de Valmont a subi une cyberattaque dimanche. Les pirates ont exploité "
            "une faille de sécurité dans un logiciel de prise de rendez-vous.",
        ),
        (
            "Klinikum Waldau nach Cyberangriff: Polizei ermittelt",
            "Das Klinikum Waldau ist Opfer eines Cyberangriffs geworden. Die Angreifer nutzten eine "
            "Schwachstelle in einer Fernwartungssoftware aus.",
        ),
        (
            "Ziekenhuis Valkenburg getroffen door cyberaanval",
            "Het ziekenhuis Valkenburg is zondag getroffen door een cyberaanval. De aanvallers misbruikten "
            "een kwetsbaarheid in de software voor afspraken.",
        ),
    ],
)
def test_an_attack_the_headline_names_is_neither_police_action_nor_a_flaw(title: str, lead: str) -> None:
    found = categorise(title, f"{lead} {_REST * 3}")
    assert found not in {Category.LAW_ENFORCEMENT, Category.VULNERABILITY}


@pytest.mark.parametrize(
    "title",
    [
        "Hackers exploit flaw to hit Northbridge hospitals with ransomware",
        "Des hackers exploitent une faille VPN pour frapper un groupe hospitalier avec un rançongiciel",
        "Hacker nutzen Schwachstelle in VPN-Gerät für Ransomware-Angriff auf Klinikverbund",
    ],
)
def test_attackers_exploiting_a_flaw_for_ransomware_are_a_ransomware_attack(title: str) -> None:
    lead = "Attackers exploited a vulnerability in a VPN appliance to deploy ransomware at the hospitals."
    assert categorise(title, f"{lead} {_REST}") == Category.RANSOMWARE


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("VPN appliance flaw exploited by ransomware gangs", "Ransomware gangs exploit a VPN flaw."),
        ("Faille d'un boîtier VPN exploitée par des gangs de rançongiciel", "Des gangs l'exploitent."),
    ],
)
def test_a_flaw_the_headline_is_about_stays_a_vulnerability(title: str, lead: str) -> None:
    assert categorise(title, f"{lead} {_REST}") == Category.VULNERABILITY


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "The end of a gift-card empire",
            "Police have arrested three men suspected of running a gift-card fraud ring, Europol said.",
        ),
        (
            "La fin d'un empire de la carte cadeau",
            "Le tribunal correctionnel a condamné trois hommes à deux ans de prison avec sursis.",
        ),
    ],
)
def test_police_action_in_the_lead_of_a_headline_naming_no_attack_stays_the_event(
    title: str, lead: str
) -> None:
    assert categorise(title, f"{lead} {_REST}") == Category.LAW_ENFORCEMENT
