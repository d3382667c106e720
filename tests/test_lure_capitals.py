"""The brand a lure impersonates is a name the text writes as one: in a Title Case headline or an
all-capitals line every word has a capital, so the words after "posing as" are no brand ("Scammers
Pose As IRS Agents In New Campaign" does not impersonate "IRS Agents In New Campaign"); and a
possessive is no part of the name ("spoofing Northbank's login page" impersonates Northbank).
Fictional names and sentences written for the test."""

from __future__ import annotations

import pytest

from veilleur.brief.lure import impersonated


@pytest.mark.parametrize(
    ("text", "brands"),
    [
        ("PHISHING WAVE POSING AS A BANK TO STEAL LOGINS.", []),
        ("Scammers Pose As Tax Office Agents In New Campaign", []),
        (
            "Scammers Pose As Tax Office Agents In New Campaign\nThe texts are impersonating Northbank, a fictional bank.",
            ["Northbank"],
        ),
        ("The fake site is spoofing Northbank’s login page.", ["Northbank"]),
        ("The fake site is spoofing Northbank's login page.", ["Northbank"]),
        ("Spoofing Northbank’s Login Page, the kit steals passwords.", ["Northbank"]),
        ("Posing as Northbank Savings, the texts ask for a code.", ["Northbank Savings"]),
        ("Impersonating Northbank: a new phishing wave", ["Northbank"]),
    ],
)
def test_the_brand_is_a_name_the_text_writes_as_one(text: str, brands: list[str]) -> None:
    assert impersonated(text) == brands
