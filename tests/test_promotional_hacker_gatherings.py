"""The hackers' own gatherings are events, not lures: an organisation's stand or schedule "at the Las
Vegas Hacker Conferences" is its own offer on its site, as "at Black Hat" is (GUIDE.md §2: "see us at
RSA" posts), while hackers acting in a headline still make it news. Headlines are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

OWN_SITE = "https://www.examplefoundation.org/blog/2026/07/a"
TEXT = "Below you will find all of our scheduled talks and activities at the conferences."


@pytest.mark.parametrize(
    "title",
    [
        "Examplefoundation at the Las Vegas Hacker Conferences",
        "Examplefoundation at the Hacker Summer Camp conferences",
    ],
)
def test_an_organisations_stand_at_hacker_conferences_is_its_own_offer(title: str) -> None:
    assert promotional_reason(title, TEXT, OWN_SITE)


def test_hackers_acting_in_the_headline_stay_news() -> None:
    title = "Examplefoundation at the conference: hackers leak the speakers' data"
    assert promotional_reason(title, TEXT, OWN_SITE) == ""
