"""Step-by-step advice to people on turning on or upgrading their own things (GUIDE.md §4: general
security advice to users is `other`), not a defensive feature's news nor a practice for defenders.
Fictional headlines and text."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

TEXT = (
    "This post walks through each screen of the settings, with pictures, so that anyone can follow "
    "it in a few minutes on a phone or a computer at home. "
) * 6


@pytest.mark.parametrize(
    "title",
    [
        "How to set up two-factor authentication on Mastodon using an app",
        "How to turn on passkeys for your email account",
        "Why you should upgrade to the new phone system now, and how to do it",
        "Comment activer la double authentification sur Mastodon",
        "So aktivieren Sie die Zwei-Faktor-Authentifizierung bei Mastodon",
        "Zo activeer je tweestapsverificatie op Mastodon",
    ],
)
def test_a_how_to_for_people_is_other(title: str) -> None:
    assert categorise(title, TEXT) == Category.OTHER


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a product's flaw the advice is about keeps its kind
        ("How to update your router to fix the actively exploited flaw", Category.VULNERABILITY),
        # a new security feature announced is still a defence (research and tools)
        ("Mastodon adds passkeys to fight account takeover", Category.RESEARCH_TOOLING),
    ],
)
def test_what_a_how_to_does_not_outrank(title: str, expected: str) -> None:
    assert categorise(title, TEXT) == expected
