"""Ransomware brands whose names are English words (guide §13): "Lynx", "Play", "Cactus", "Hunters" are
the gang and its malware when the text gives the name a gang's deed or description, never as the plain
word. A state agency the operation is laid at ("pointed fingers at … (IRGC)") is its actor (guide §6).
The sentences are written for these tests; Lynx, Cactus and Hunters are only in the ransomware galaxy."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.threat_agencies import agencies_at_work


def _threats(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Lynx claimed the attack on its leak site on Monday.", "Lynx"),
        ("The intrusion was claimed by Lynx, which posted a sample of files.", "Lynx"),
        ("Lynx, a RaaS operation, says it holds the council's files.", "Lynx"),
        ("The breach was the work of a ransomware gang known as Lynx.", "Lynx"),
        ("Cactus has listed the manufacturer on its data leak site.", "Cactus"),
        ("Hunters claimed responsibility for the hospital breach.", "Hunters"),
        ("Clop has named a third of the firms it claimed to have breached.", "Clop"),
        ("Termite has claimed the logistics firm among its latest victims.", "Termite"),
        ("Cactus, a ransomware-as-a-service (RaaS) gang, demanded a ransom.", "Cactus"),
    ],
)
def test_a_ransomware_brand_at_work_is_the_gang_and_its_malware(text: str, brand: str) -> None:
    actors, malware = _threats(text)
    assert brand in actors
    assert brand in malware


@pytest.mark.parametrize(
    "text",
    [
        "A lynx was seen near the data center while the firm patched its servers.",
        "Lynx Software claimed the award for its embedded operating system.",
        "Staff play a role in stopping ransomware; the cactus on the desk does not.",
        "Hunters claimed the trophy at the annual fair.",
        "Cactus listed the prices on its website.",
        "Nova claimed the title among its many awards.",
        "Fog has hidden the valley, which it claimed to have covered for days.",
    ],
)
def test_the_plain_word_names_no_brand(text: str) -> None:
    assert _threats(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Officials pointed fingers at Iran's Islamic Revolutionary Guard Corps (IRGC) for the hack.",
            "IRGC",
        ),
        ("London blamed the GRU for the attacks on the grid.", "GRU"),
        ("Researchers attributed the intrusion to the FSB.", "FSB"),
    ],
)
def test_an_agency_the_operation_is_laid_at_is_its_actor(text: str, agency: str) -> None:
    assert agencies_at_work(text) == [agency]


def test_the_agency_that_attributes_is_no_actor() -> None:
    assert agencies_at_work("The NSA attributed the attack to Russian hackers.") == []
