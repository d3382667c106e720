"""Shapes read on an unlabelled sample (seed 3030): a look back over a year's stories is a roundup
(`other`); an unnamed "state actor" is a state's hacker (espionage before stolen data); fake software
to download is malware's bait; machines crashing after an update are an outage whose lead's advisory
and fix are no flaw; the cuts a government makes to its cyber agency are policy. Fictional headlines
and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.enrich.category_agency import agency_appointment
from veilleur.enrich.category_review import year_review
from veilleur.enrich.category_rules import names_outage
from veilleur.models import Category

_FILLER = "The page goes on about other things that happened that week, with no more detail. " * 4


@pytest.mark.parametrize(
    "title",
    [
        "The weirdest scam stories of 2031",
        "5 over-hyped security flaws of 2031",
        "Story of the Year: supply chain attacks everywhere",
        "Les histoires de l'année : fuites et rançons",
    ],
)
def test_a_year_in_review_is_other(title: str) -> None:
    assert year_review(title)
    assert categorise(title, _FILLER) == Category.OTHER


@pytest.mark.parametrize(
    "title",
    ["2031 in review: DDoS attack trends", "Top 25 most dangerous software weaknesses of 2031"],
)
def test_a_year_report_on_one_threat_is_no_review(title: str) -> None:
    assert not year_review(title)


def test_an_unnamed_state_actor_is_espionage() -> None:
    assert categorise("Exampleland police breached by a state actor", _FILLER) == Category.APT_ESPIONAGE
    assert categorise("State-linked hackers breach Examplecorp", _FILLER) == Category.APT_ESPIONAGE


def test_state_actors_among_a_policy_s_targets_are_not_spies() -> None:
    title = "Ministry floats plan against fake news"
    lead = "The minister said the plan would target state actors and those with vested interests."
    assert categorise(title, f"{lead} {_FILLER}") != Category.APT_ESPIONAGE


@pytest.mark.parametrize(
    "title",
    [
        "Be careful with fake Examplemeet client downloads",
        "Crooks posing as fake code projects on Examplehub",
    ],
)
def test_fake_software_to_download_is_malware(title: str) -> None:
    assert categorise(title, _FILLER) == Category.MALWARE_CAMPAIGN


def test_machines_crashing_after_an_update_are_an_outage() -> None:
    title = "Widespread Windows crashes due to Examplesec updates"
    lead = (
        "Last night, Examplesec released an update that makes Windows machines crash. "
        "Examplesec released an advisory and a fixed update; its advisory lists the steps to recover."
    )
    assert names_outage(title)
    assert categorise(title, f"{lead} {_FILLER}") == Category.OTHER


def test_storing_passwords_is_no_dutch_outage() -> None:
    assert not names_outage("Examplepress plugin under fire for storing passwords in plain text")
    assert names_outage("Storing bij Examplenet: duizenden klanten zonder internet")


@pytest.mark.parametrize(
    "title",
    [
        "As CISA braces for more cuts, threat sharing takes a hit",
        "Layoffs at the NCSC leave posts unfilled",
        "Kürzungen beim BSI: weniger Personal",
    ],
)
def test_cuts_to_a_national_cyber_agency_are_policy(title: str) -> None:
    assert agency_appointment(title)
    lead = "Nation-state spies and nation-state hackers are already probing networks, experts say."
    assert categorise(title, f"{lead} {_FILLER}") == Category.POLICY_REGULATION
