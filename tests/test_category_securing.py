"""A headline opening on securing a system is a defensive practice (GUIDE.md §4: research and
tools), even when it draws its lessons from a named breach; an attack it names still outranks it.
Fictional headlines and text."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

TEXT = (
    "The walkthrough shows the rules to write, the settings to change and the logs to keep, one "
    "screen at a time, for the teams who run the service. "
) * 6


@pytest.mark.parametrize(
    "title",
    [
        "Securing CloudBase: Lessons Learned from the Acme App Breach",
        "Sécuriser CloudBase : les leçons de la fuite de données d'Acme",
    ],
)
def test_securing_a_system_is_a_defensive_practice(title: str) -> None:
    assert categorise(title, TEXT) == Category.RESEARCH_TOOLING


def test_an_attack_the_headline_names_outranks_securing() -> None:
    title = "Securing CloudBase after hackers exploited a zero-day flaw"
    assert categorise(title, TEXT) == Category.VULNERABILITY
