"""Wordings of an event's kind that the vocabularies missed (GUIDE.md §4), each a kind of wording, not
one page: a ransomware affiliate programme called by its initials ("RaaS"), a state's actor called
"China-affiliated", a civil suit naming a botnet's operators at length, police action the headline gives
as the past ("emerges after X takedown") and its lead tells again, a theft aimed at diplomats, data
accessed or dumped, a state's "digital warfare", a banking trojan's web injects. Fictional headlines
and sentences."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

FILLER = (
    "The report describes how the intrusions unfolded over several weeks and what defenders saw in their "
    "logs, with the indicators the researchers collected from the machines they examined. "
) * 3


def test_raas_is_ransomware() -> None:
    assert (
        categorise("Nightfall RaaS recruits affiliates, demands $300K from victims", FILLER)
        == Category.RANSOMWARE
    )


def test_police_action_the_headline_gives_as_past_stays_the_past_in_the_lead() -> None:
    # the lead retells the takedown the headline says came before: the new gang is the event
    text = (
        "A newly emerged ransomware-as-a-service gang called Nightfall likely includes former members of "
        "the Example crew, whose infrastructure was the subject of a law enforcement seizure. " + FILLER
    )
    title = "Nightfall RaaS emerges after Example takedown, demanding $300K from victims"
    assert categorise(title, text) == Category.RANSOMWARE


def test_a_china_affiliated_actor_is_a_state_actor() -> None:
    text = (
        "A Chinese-affiliated threat actor known for its attacks in Asia has been observed exploiting a flaw "
        "in a security scanner to deliver a previously undocumented malware. " + FILLER
    )
    title = "New Quietcat malware found in active attacks exploiting Example scanner"
    assert categorise(title, text) == Category.APT_ESPIONAGE


def test_a_suit_naming_a_botnets_operators_at_length_is_law_enforcement() -> None:
    title = "Examplesoft sues operators of a 10 million device Android set-top box botnet"
    assert categorise(title, FILLER) == Category.LAW_ENFORCEMENT


@pytest.mark.parametrize(
    "title",
    [
        "New cyber threat targets Exampleland and Otherland diplomats, stealing sensitive data",
        "Hackers steal data in campaign aimed at foreign ministries",
    ],
)
def test_a_theft_aimed_at_diplomats_is_espionage(title: str) -> None:
    assert categorise(title, FILLER) == Category.APT_ESPIONAGE


def test_a_theft_from_a_named_firm_stays_a_leak() -> None:
    # no espionage target named after the aim: rule 5, data stolen from a named organisation
    title = "Hackers targeting Example Retail steal customer data"
    assert categorise(title, FILLER) == Category.DATA_BREACH


def test_data_accessed_in_the_lead_is_a_leak() -> None:
    text = (
        "The company has confirmed that an intruder ended up accessing data on current and former staff. "
        "Names and bank details were among the records reached. "
        + FILLER
        + "Staff are being told of the breach."
    )
    assert (
        categorise("Example Payroll opens investigation after confirming attack", text)
        == Category.DATA_BREACH
    )


def test_a_data_dump_is_a_leak() -> None:
    title = "New Example data dump is a cleaned up version of an old one"
    assert categorise(title, FILLER) == Category.DATA_BREACH


def test_a_states_digital_warfare_is_espionage() -> None:
    text = "Exampleland's use of malware to support its military efforts shows no sign of waning. " + FILLER
    title = "Exampleland's digital warfare on its neighbour shows no sign of slowing: malware hits surge"
    assert categorise(title, text) == Category.APT_ESPIONAGE


def test_a_web_inject_toolkit_is_malware() -> None:
    text = (
        "Corporate banking clients are the target of an ongoing financial fraud campaign that alters "
        "transfers in the victims' browsers. " + FILLER
    )
    title = "Hackers targeting corporate banking clients with new web-inject toolkit Foo"
    assert categorise(title, text) == Category.MALWARE_CAMPAIGN


@pytest.mark.parametrize(
    "title",
    [
        "Plane sailing for ticket scammers: how to keep your holiday plans safe",
        "Fake delivery texts are back. How to protect your parcels from scammers",
    ],
)
def test_a_scam_warning_with_advice_is_phishing(title: str) -> None:
    # the guide (§13): online scams and their warnings are `phishing`; the advice is how the warning ends
    text = "Crooks are selling tickets for flights that do not exist and vanish with the money. " + FILLER
    assert categorise(title, text) == Category.FRAUD_PHISHING


def test_advice_on_ones_own_things_stays_other() -> None:
    assert categorise("How to protect your child's identity", FILLER) == Category.OTHER
