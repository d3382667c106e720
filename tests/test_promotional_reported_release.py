"""A release "now available" is the maker's notice on its own site or in its own voice, and a third
party's report when others write it up (bench/data/intel/GUIDE.md §13: a maker's own release note is
promotional, independent press on it is not). Fictional headlines and texts."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

VENDOR_URL = "https://blog.examplesoft.com/2026/01/a"
NEWS_URL = "https://news.example.org/2026/01/a"
DIARY_URL = "https://diary.example.net/entry/123"

REPORTED = (
    "Incident responders can now claim a reward for each sample they submit, Jane Roe, a director at "
    "Examplesoft, told us. The firm said the fund starts at $100,000 and grows each quarter."
)
DIARY = (
    "This is the first release of the 5.2 branch. Many new features were added, the details are on the "
    "project's page. One I already covered is the new export filter; others I'll be looking at are the "
    "capture profiles and the plugin functions."
)
MAKER = (
    "We are releasing version 5.2 of our packet tool today. Our team added capture profiles, and our "
    "users can now export filters. We thank our contributors."
)


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        ("A pot of $100K is now available to malware researchers", REPORTED, NEWS_URL),
        ("Packetscope 5.2.0 is now available", DIARY, DIARY_URL),
    ],
)
def test_a_release_reported_by_others_is_news(title: str, text: str, url: str) -> None:
    assert promotional_reason(title, text, url) == ""


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # the maker speaking of its own release
        ("Packetscope 5.2.0 is now available", MAKER, NEWS_URL),
        # the site's own product, whoever writes
        ("Examplesoft Vault 5.2 is now available", DIARY, VENDOR_URL),
        # a capture with no text: the headline alone says it
        ("Packetscope 5.2.0 is now generally available", "", NEWS_URL),
        # a text that neither attributes nor speaks in the first person singular
        (
            "Packetscope 5.2.0 is now available",
            "Capture profiles and export filters come with this version.",
            NEWS_URL,
        ),
    ],
)
def test_a_makers_release_notice_is_promotional(title: str, text: str, url: str) -> None:
    assert promotional_reason(title, text, url)
