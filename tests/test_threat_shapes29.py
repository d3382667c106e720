"""Actor shapes of session 29 (guide §6, §13): a ransomware brand the text only gives as a payload
("Ryuk and Egregor infections", "the X ransomware was delivered alongside…") is malware only; a brand
called a RaaS group stays a group; a ransomware affiliate named by its quoted handle is an actor; "a
cybercrime collective known as The Com" names the group; a person who faces charges is charged, the
one whose own lawsuit is told is not. The sentences are written for these tests; Egregor, Nokoyawa
and BlackByte are galaxy brands."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.people import people_charged


def _threats(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("The loader was sold as a door opener for Ryuk and Egregor infections on company hosts.", "Egregor"),
        (
            "Weeks later, the Nokoyawa ransomware was deployed across the clinic's network by the intruders.",
            "Nokoyawa",
        ),
        (
            "In one incident the Nokoyawa ransomware is said to have been delivered alongside a beacon.",
            "Nokoyawa",
        ),
    ],
)
def test_a_brand_given_only_as_a_payload_is_malware_only(text: str, brand: str) -> None:
    actors, malware = _threats(text)
    assert brand in malware
    assert brand not in actors


def test_a_brand_presented_as_a_group_stays_an_actor() -> None:
    actors, malware = _threats("The Nokoyawa gang claimed the intrusion and posted the files on its site.")
    assert "Nokoyawa" in actors and "Nokoyawa" in malware


def test_a_brand_called_a_raas_group_is_a_group_even_when_it_is_run() -> None:
    text = (
        "An affiliate of the well-known ransomware-as-a-service (RaaS) group BlackByte copied the files "
        "and then locked the servers using BlackByte."
    )
    actors, malware = _threats(text)
    assert "BlackByte" in actors and "BlackByte" in malware


def test_a_ransomware_affiliate_named_by_a_quoted_handle_is_an_actor() -> None:
    actors, _ = _threats(
        "Agents seized the wallet of a ransomware affiliate “Quillmoth,” tied to three attacks."
    )
    assert "Quillmoth" in actors


def test_an_affiliate_programme_of_marketers_names_no_actor() -> None:
    actors, _ = _threats("The retailer joined the affiliate “Partner Network” to sell more phones.")
    assert actors == []


def test_a_collective_known_as_the_name_is_that_group() -> None:
    actors, _ = _threats(
        "The intruders belong to a loose cybercrime collective known as The Com, police said."
    )
    assert "Com" in actors


def _people(text: str) -> list[str]:
    return [p.name for p in people_charged("A court update", text, "en", set())]


def test_a_person_who_faces_charges_is_charged() -> None:
    assert _people("Marcus Oberlander faces two federal charges over the phishing kit he sold.") == [
        "Marcus Oberlander"
    ]


def test_the_plaintiff_of_a_lawsuit_is_not_charged() -> None:
    text = "Activist Dana Whitlock’s lawsuit over the spyware that led to her imprisonment can proceed."
    assert _people(text) == []


def test_another_group_the_galaxy_folds_into_the_first_is_its_own_actor() -> None:
    # (the galaxy lists Space Pirates as another name of Webworm)
    text = (
        "The threat actor known as Space Pirates hit two ministries. It shares some tooling with "
        "another hacking group called Webworm, the researchers said."
    )
    actors, _ = _threats(text)
    assert "Space Pirates" in actors and "Webworm" in actors


def test_a_galaxy_groups_name_given_only_as_a_botnet_is_the_family() -> None:
    text = "New Gorilla Botnet Floods Game Servers\nThe botnet family called Gorilla reuses leaked code."
    actors, malware = _threats(text)
    assert "Gorilla" in malware and "Gorilla" not in actors


def test_a_brand_listed_among_banking_trojans_is_that_family_only() -> None:
    actors, malware = _threats(
        "The kit works with Android banking malware such as Cerberus, Hydra, and ERMAC."
    )
    assert "Hydra" in malware and "Hydra" not in actors


def test_a_vendor_named_or_state_group_stays_a_group_beside_a_family_word() -> None:
    actors, _ = _threats("The Volt Typhoon botnet is back, and the Lazarus malware loader with it.")
    assert {"Volt Typhoon", "Lazarus"} <= set(actors)


def test_a_tool_designated_for_a_use_names_no_sanctioned_person() -> None:
    text = "Crooks abuse a framework designated for red teaming, according to Marco Talvi."
    assert _people(text) == []


def test_a_person_designated_for_their_acts_is_sanctioned() -> None:
    text = "Marcus Oberlander and Dana Whitlock were designated for their alleged roles in the attacks."
    assert _people(text) == ["Marcus Oberlander", "Dana Whitlock"]


def test_a_headlines_describing_word_goes_when_the_body_names_the_family_without_it() -> None:
    text = "Quillworm Crypto-Mining Malware Hits Cloud Servers\nThe Quillworm miner spreads over weak SSH logins."
    _, malware = _threats(text)
    assert "Quillworm" in malware and "Quillworm Crypto-Mining" not in malware


def test_a_headlines_two_word_name_the_body_writes_whole_stays_whole() -> None:
    text = "New Quillworm Agent Malware Hits Firms\nA previously unseen malware called Quillworm Agent was found."
    _, malware = _threats(text)
    assert "Quillworm Agent" in malware


def test_a_headlines_name_with_a_word_the_body_writes_after_it_is_kept_whole() -> None:
    text = "Crew Hits Firms With New Quillstrike Agent Malware\nThe crew dropped Quillstrike Agent, a .NET backdoor."
    _, malware = _threats(text)
    assert malware == ["Quillstrike Agent"]
