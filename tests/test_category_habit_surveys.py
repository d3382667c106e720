"""Surveys of people's security habits and feelings (GUIDE.md §4, "Surveys of users' security
habits → other"): a headline giving a share of people who worry, agree or do something is a survey,
industry news, whatever threat they worry about; a share of organisations hit stays a statistic, and
a kind of event named beside it keeps its rank. Fictional headlines and text."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

TEXT = (
    "The outlet asked two thousand readers about their online lives this autumn. Researchers "
    "compared the answers with last year's research and published the survey's research notes. "
) * 6


@pytest.mark.parametrize(
    "title",
    [
        "Holiday season raises fears for nearly a third of people who worry their photos could be leaked",
        "Only half of students agree they feel safe online at school",
        "60% of consumers admit they reuse the same password everywhere",
        "Un tiers des Français craignent que leurs données soient divulguées",
        "La moitié des salariés avouent cliquer sur des liens inconnus",
        "Die Hälfte der Deutschen fürchtet, dass ihre Daten geleakt werden",
        "De helft van de Nederlanders maakt zich zorgen over gelekte gegevens",
    ],
)
def test_a_share_of_people_worrying_or_doing_is_a_survey(title: str) -> None:
    assert categorise(title, TEXT) == Category.OTHER


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # organisations hit: a threat statistic, not people's habits
        ("Half of small firms suffered a data breach last year", Category.DATA_BREACH),
        # a kind of event that outranks: ransomware, a flaw
        ("A third of people say they would pay a ransomware demand", Category.RANSOMWARE),
    ],
)
def test_what_a_survey_of_people_does_not_outrank(title: str, expected: str) -> None:
    assert categorise(title, TEXT) == expected
