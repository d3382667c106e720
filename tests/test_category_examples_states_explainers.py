"""Shapes of headline and lead the labelling guide (bench/data/intel/GUIDE.md §4) decides without a kind's
usual word: ransomware given as an example of a class in the lead is no ransomware event; a state named
as the source of cyberattacks is cyber warfare; a headline explaining how to hack something, or how
hackers could, is a method or a possibility, not an attack; rules on reporting incidents are policy. Fictional headlines and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

# The rest of a scam write-up: its words, not the lead's passing example, decide the page.
_SCAM_REST = (
    "The callers pose as auditors from a well-known firm. Victims who accept are scammed into installing "
    "remote tools, and the fraud ends with stolen money. Police say such scams are rising. "
) * 2


@pytest.mark.parametrize(
    "example",
    [
        "With ransomware and other cyber threats on every manager's mind, many firms welcome such offers.",
        "Firms fear threats such as ransomware, so many of them welcome such offers.",
        "Avec les rançongiciels et autres menaces en tête, beaucoup d'entreprises acceptent ces offres.",
    ],
)
def test_ransomware_given_as_an_example_is_no_event(example: str) -> None:
    lead = f"Hackers offer companies free security audits to get into their networks. {example}"
    title = "Warning issued as hackers offer firms bogus audits"
    assert categorise(title, f"{lead} {_SCAM_REST}") != Category.RANSOMWARE


def test_ransomware_the_lead_reports_stays_the_event() -> None:
    lead = (
        "Hackers got into Examplecorp's network last week. The ransomware encrypted its servers and the "
        "gang demands $2 million."
    )
    assert categorise("Examplecorp hit by hackers", f"{lead} {_SCAM_REST}") == Category.RANSOMWARE


@pytest.mark.parametrize(
    "title",
    [
        "Freedonia's prime minister warns of Russia cyber threat to its ports",
        "Pro-Russia cyberattacks aim to unsettle Freedonia, agency says",
        "Chinese cyber operations against Pacific islands grow, report says",
    ],
)
def test_a_state_named_as_the_source_of_cyberattacks_is_espionage(title: str) -> None:
    assert (
        categorise(title, "The warning came on Tuesday. Officials gave no detail.") == Category.APT_ESPIONAGE
    )


def test_a_headline_explaining_how_hackers_could_is_research() -> None:
    lead = "The popular chatbot could be used by criminals to write intrusion code, experts say."
    assert categorise("How hackers might be abusing chatbots", lead) == Category.RESEARCH_TOOLING


def test_how_to_hack_a_device_is_no_attack_event() -> None:
    lead = (
        "Researchers showed how they could exploit a flaw in the Examplex 3 shuffler to learn the order of "
        "cards. The vulnerability lets anyone on the table's network read the deck."
    )
    rest = "The maker says a firmware fix for the flaw ships next month. " * 3
    assert categorise("How to hack a casino card shuffler", f"{lead} {rest}") == Category.VULNERABILITY
    # an attack that happened keeps its kind
    assert categorise("Hackers hit Examplex casino", lead) != Category.RESEARCH_TOOLING


@pytest.mark.parametrize(
    "title",
    [
        "Freedonia's strict infosec reporting rules get few followers",
        "Lawmakers rethink the breach notification law after a year",
    ],
)
def test_rules_on_reporting_incidents_are_policy(title: str) -> None:
    assert categorise(title, "Only 15 firms complied in a year. The agency blames the short deadline.") == (
        Category.POLICY_REGULATION
    )
