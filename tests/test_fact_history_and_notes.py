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


def test_a_note_dropped_on_machines_in_general_or_a_verb_noted_is_no_ransom() -> None:
    text = "Researchers cite overlaps in the ransom notes dropped on compromised machines."
    assert "ransom_demanded" not in _kinds(text)
    noted = "The firm noted that it was able to identify a ransomware sample."
    assert "ransom_demanded" not in _kinds(noted)


def test_a_gangs_pressure_on_its_victims_is_no_ransom() -> None:
    text = "The group uses leak sites to compel their victims to pay their ransoms."
    assert "ransom_demanded" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The gang, believed to have been formed in April 2023, attacked the clinic.",
        "The Examplegang crew last week claimed it had attacked the agency.",
        "Prosecutors last week levied hacking charges against the teen.",
        "At a court hearing last week, prosecutors described the cyberattack on the railway.",
        "On July 10, 2025, Examplenews reported that the suspects hacked the retailer.",
    ],
)
def test_a_groups_founding_or_a_statements_date_is_no_attack_date(text: str) -> None:
    facts = attack_facts("", text)
    assert facts is None or not facts.when


def test_attack_dates_said_so() -> None:
    late = attack_facts("", "The intruders broke into the firm in late November and encrypted its servers.")
    assert late is not None and [f.value for f in late.when] == ["in late November"]
    span = attack_facts("", "The attack took place between April 10 and 13, 2024, the notice says.")
    assert span is not None and [f.value for f in span.when] == ["between April 10"]
    kept = attack_facts(
        "", "NPD confirmed it had been hacked in an attack on December 2023 and initially said little."
    )
    assert kept is not None and [f.value for f in kept.when] == ["on December 2023"]


@pytest.mark.parametrize(
    ("title", "text", "who"),
    [
        ("Examplegang claims attack on Harbour Water Authority", "", "Examplegang"),
        ("", "The 8Example ransomware crew claims to have stolen files from the carmaker.", "8Example"),
        (
            "",
            "The vendor did not mention ransomware, although the Blackexample group took credit for the attack.",
            "Blackexample",
        ),
        ("", "The Examplegang ransomware crew last week claimed it had attacked the agency.", "Examplegang"),
    ],
)
def test_claims_said_so(title: str, text: str, who: str) -> None:
    facts = attack_facts(title, text)
    assert facts is not None and [f.value for f in facts.claimed_by] == [who]


def test_punished_people_and_summed_ransoms_are_no_facts_of_the_attack() -> None:
    fired = attack_facts("", "Meta fired 20 employees for leaking information.")
    assert fired is None or not fired.stolen
    summed = attack_facts(
        "", "The gang is blamed for extorting at least $115 million in ransom payments from victims."
    )
    assert summed is None or not summed.ransom
    one = attack_facts("", "The attackers demanded a $2 million ransom from the clinic.")
    assert one is not None and [f.value for f in one.ransom] == ["$2 million"]


def test_the_events_own_first_sighting_keeps_its_date() -> None:
    text = "These attacks, which were first observed on December 6, 2022, employed lookalike apps."
    facts = attack_facts("", text)
    assert facts is not None and [f.value for f in facts.when] == ["on December 6, 2022"]
    group = attack_facts("", "Examplegang, active since June 2021, has been observed encrypting victim data.")
    assert group is None or not group.when


@pytest.mark.parametrize(
    "text",
    [
        '"They are behind past breaches," the police commissioner said last month.',
        "Then in September 2022, Examplesoft revealed that it dismantled an attack.",
    ],
)
def test_more_statement_dates(text: str) -> None:
    facts = attack_facts("", text)
    assert facts is None or not facts.when


def test_a_victim_claiming_an_attack_by_others_is_no_claimant() -> None:
    facts = attack_facts("Examplecharity Canada claims attack by state-backed forces", "")
    assert facts is None or not facts.claimed_by
