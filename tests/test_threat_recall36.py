"""Threats named in wordings the readers missed or misread (session 36): two threats joined by a slash,
a gang named only as the owner of a seized leak site, a malicious traffic distribution system, a
military unit named by its number and a name written with look-alike letters. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _threats(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


def test_two_gangs_joined_by_a_slash_are_two_gangs() -> None:
    actors, malware = _threats("The FBI took down the Radar/Dispossessor ransomware gang this week.")
    assert {"Radar", "Dispossessor"} <= set(actors)
    assert {"Radar", "Dispossessor"} <= set(malware)


def test_two_families_joined_by_a_slash_are_two_families() -> None:
    _, malware = _threats("Infostealers such as Lumma/Amadey were pushed through the fake ads.")
    assert {"Lumma", "Amadey"} <= set(malware)


def test_two_names_of_one_gang_joined_by_a_slash_stay_one() -> None:
    actors, _ = _threats("The ALPHV/BlackCat ransomware gang breached the hospital.")
    assert actors == ["ALPHV/BlackCat"]


@pytest.mark.parametrize(
    "text",
    [
        "Plus, leak site for Zorvane seized, and the week's other news.",
        "Zorvane's leak site was taken down by police on Thursday.",
        "Europol seized the data leak site of the Zorvane gang.",
    ],
)
def test_the_owner_of_a_seized_leak_site_is_a_gang(text: str) -> None:
    assert _threats(text) == (["Zorvane"], [])


@pytest.mark.parametrize(
    "text",
    [
        "A data leak at Zorvane exposed customer records.",
        "Police seized the servers; the leak site stayed online.",
    ],
)
def test_a_leak_that_is_no_seized_site_names_no_gang(text: str) -> None:
    assert _threats(text) == ([], [])


def test_a_malicious_traffic_distribution_system_is_an_actor() -> None:
    text = "The scam shared servers with Trivexo, which is thought to be the oldest malicious traffic distribution system (TDS)."
    assert _threats(text) == (["Trivexo"], [])


def test_a_traffic_distribution_system_not_called_malicious_is_none() -> None:
    assert _threats(
        "Affiliates bought Keitaro, a commercial traffic distribution system, for their ads."
    ) == ([], [])


@pytest.mark.parametrize(
    "text",
    [
        "Russia-linked GRU Unit 29155 targeted critical infrastructure across Europe.",
        "The EU sanctioned three members of Russia's GRU Unit 29155 for the attacks.",
        "Unit 29155 of Russia's GRU military intelligence agency wiped the ministry's servers.",
    ],
)
def test_a_military_unit_named_by_its_number_is_an_actor(text: str) -> None:
    actors, _ = _threats(text)
    assert "Unit 29155" in actors


def test_the_unit_a_named_group_works_for_is_no_second_group() -> None:
    actors, _ = _threats("Sandworm, a group that works for GRU Unit 74455, hit the power grid again.")
    assert "Unit 74455" not in actors


def test_a_name_written_with_look_alike_letters_is_its_latin_twin() -> None:
    # "LоckBit" with a Cyrillic "о"
    assert _threats("L\u043eckBit claimed the attack on the hospital.") == (["LockBit"], ["LockBit"])


@pytest.mark.parametrize(
    "text",
    [
        # a name with "#" in the list of other names ("DEV#POPPER" is Securonix's way of naming)
        "Kimsuky runs the campaign against developers. It is also referred to as DEV#ZORB, Famous Chollima, and UNC5342.",
        # the cue's subject is "It's", the group named in the sentence before
        "Kimsuky ran the campaign against many developers across the world this year. It's also referred to as "
        "Famous Chollima and UNC5342.",
    ],
)
def test_other_names_given_for_the_group_named_before_are_not_groups(text: str) -> None:
    assert _threats(text)[0] == ["Kimsuky"]


def test_other_names_of_a_new_group_named_a_sentence_before_are_not_groups() -> None:
    text = (
        "A threat actor named Zorvexa ran the campaign against many developers across the world this year. "
        "It is also known as Famous Chollima and UNC5342."
    )
    assert _threats(text)[0] == ["Zorvexa"]


def test_another_name_with_its_kind_word_is_no_family_of_that_word() -> None:
    # "Gwisin Gang" given as another name: not the Gwisin ransomware a galaxy lists
    text = "Kimsuky runs the campaign against developers. It is also referred to as Famous Chollima, Gwisin Gang, and UNC5342."
    assert _threats(text) == (["Kimsuky"], [])
