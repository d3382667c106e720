"""Facts that describe a threat's way of working or its history, not this event (session 34): a
ransom note a program drops is no ransom demanded, a malware's first sighting no attack date, a
reporter (the English noun) no postponed surgery."""

from __future__ import annotations

import pytest

from veilleur.enrich.facts import attack_facts
from veilleur.enrich.impacts import find_impacts


def _kinds(text: str) -> set[str]:
    return {impact.kind for impact in find_impacts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Once the files are encrypted, the locker proceeds to drop the ransom note in every folder.",
        "The ransomware leaves a ransom note named README.txt on the desktop.",
        "Le logiciel dépose une note de rançon dans chaque dossier chiffré.",
    ],
)
def test_a_note_a_program_drops_is_no_ransom_demanded(text: str) -> None:
    assert "ransom_demanded" not in _kinds(text)


def test_a_note_left_in_this_attack_or_asking_is_a_ransom() -> None:
    assert "ransom_demanded" in _kinds("The attackers left a ransom note on the servers of the town hall.")
    assert "ransom_demanded" in _kinds("The locker drops a ransom note demanding 2 bitcoins.")


@pytest.mark.parametrize(
    "text",
    [
        "The backdoor, first documented in March 2019, was used in the attack on the ministry.",
        "The loader was first seen in June 2023 in attacks on telecoms.",
        "The gang, active since May 2022, claimed the attack on the hospital.",
    ],
)
def test_a_threats_first_sighting_is_no_attack_date(text: str) -> None:
    facts = attack_facts("", text)
    assert facts is None or not facts.when


def test_a_breach_first_detected_keeps_its_date() -> None:
    facts = attack_facts("", "The breach was first detected on March 3 by the clinic's staff.")
    assert facts is not None and [f.value for f in facts.when] == ["on March 3"]


def test_a_reporter_is_no_postponed_surgery() -> None:
    text = "At the hospital, a spokesperson told a reporter that operations were running normally."
    assert "surgeries_cancelled" not in _kinds(text)
    assert "surgeries_cancelled" in _kinds("La clinique a dû reporter les opérations prévues cette semaine.")
