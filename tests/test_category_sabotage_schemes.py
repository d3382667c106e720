"""Physical sabotage of infrastructure is `other` whatever else the headline names, a certification
scheme or the NIS directive is policy, and non-governmental organisations are no government
(bench/data/intel/GUIDE.md §4 and §13). Fictional headlines and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

_LEAD = "The news came on Tuesday. More details are expected next week."


@pytest.mark.parametrize(
    "title",
    [
        "Navy seizes tanker after a subsea cable is cut in suspected sabotage",
        "Freedonia's government accused of plotting undersea cable sabotage",
        "Exploding pagers: the supply chain attack that wounded hundreds",
        "Deux câbles sous-marins endommagés, le gouvernement enquête",
    ],
)
def test_physical_sabotage_is_other(title: str) -> None:
    assert categorise(title, _LEAD) == Category.OTHER


def test_cyber_sabotage_keeps_its_kind() -> None:
    title = "State hackers' cyber sabotage wipes servers at a power utility with a wiper"
    assert categorise(title, _LEAD) == Category.APT_ESPIONAGE


@pytest.mark.parametrize(
    "title",
    [
        "The EU cybersecurity certification scheme for cloud services, explained",
        "Un convegno sulle certificazioni di cybersecurity",
        "Le specifiche di base NIS, una guida alla lettura",
    ],
)
def test_certification_schemes_and_nis_are_policy(title: str) -> None:
    assert categorise(title, _LEAD) == Category.POLICY_REGULATION


def test_non_governmental_organisations_are_no_government() -> None:
    title = "Emerging group sends lures to aid workers' phones"
    lead = "The group targets non-governmental organizations in the region. A report was published on Monday."
    assert categorise(title, lead) != Category.POLICY_REGULATION


@pytest.mark.parametrize(
    "title",
    [
        "Four credential theft tricks and how to defend against them",
        "The rise of info-stealers: how to detect this quiet threat",
        "Even careful firms get breached: learn how to stop it",
    ],
)
def test_how_to_stop_a_threat_is_advice_on_a_defence(title: str) -> None:
    assert categorise(title, _LEAD) == Category.RESEARCH_TOOLING


def test_the_cyber_safety_review_board_is_policy_even_over_an_outage() -> None:
    # an opinion on what the government's review board should do (the guide: policy), though its lead
    # tells of the faulty update it should have investigated
    lead = "A faulty update caused a global outage last month. Nobody with the power to investigate it did."
    assert categorise("What the Cyber Safety Review Board should become", lead) == Category.POLICY_REGULATION
