"""A maker's own site naming its product's update or release by number ("Examplesoft Studio tools
2306 update includes…") is its release note, promotional (bench/data/intel/GUIDE.md §13; SAP's own
release announcements, §13), and a speaker's list of "upcoming speaking events" is an event listing
as "upcoming speaking engagements" is (§13). A year is no release number, a headline naming a flaw is
news, and another site's headline is a report. Fictional headlines and texts."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

VENDOR_URL = "https://blogs.examplesoft.com/2026/01/a"
NEWS_URL = "https://news.example.org/2026/01/a"
NOTES = (
    "The Studio tools team keeps adding to the building blocks. In the last few months we have added "
    "TypeScript support and new guides for developers."
)


@pytest.mark.parametrize(
    "title",
    [
        "Examplesoft Studio tools 2306 update includes more on building blocks and TypeScript",
        "Examplesoft Procurement 5.2 release brings key innovations",
        "Examplesoft Ledger 2402.1 release adds new report templates",
    ],
)
def test_the_makers_numbered_release_on_its_own_site_is_promotional(title: str) -> None:
    assert promotional_reason(title, NOTES, VENDOR_URL)


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # a year is no release number: a yearly report's update
        ("Examplesoft 2024 update on the state of phishing", VENDOR_URL),
        # a flaw named: the update is a security fix, news
        ("Examplesoft Studio 2306 update fixes an actively exploited vulnerability", VENDOR_URL),
        # another site's headline reports the maker's release
        ("Examplesoft Studio tools 2306 update includes more on building blocks", NEWS_URL),
    ],
)
def test_a_year_a_flaw_or_another_site_is_no_release_note(title: str, url: str) -> None:
    assert promotional_reason(title, NOTES, url) == ""


def test_upcoming_speaking_events_list_the_speakers_events() -> None:
    text = "I'm speaking at a joint meeting of two computing societies in Boston on Thursday, January 9."
    assert promotional_reason("Upcoming Speaking Events", text, "https://blog.example.net/2026/01/a")
