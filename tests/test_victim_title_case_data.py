"""A Title Case headline naming whose data was taken ("Hackers Leak Another Set of Medibank Customer
Data on the Dark Web", The Hacker News, news-dev): the owner of the data is the victim, as in the
same headline written in sentence case; the batch ("Another Set of") and the data's owners
("Customer") are not part of its name. Fictional names, the same shapes."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.models import Article

LEAD = (
    "Kellbrook on Thursday confirmed that the threat actors behind the devastating cyber attack have "
    "posted another dump of data stolen from its systems on the dark web after its refusal to pay a "
    "ransom. The insurer said the data released appears to be the data the criminals stole, and its "
    "investigation continues with the help of outside experts."
)


def _victims(title: str) -> list[str]:
    url = "https://news.example/2026/11/kellbrook-leak.html"
    text = LEAD.replace("Kellbrook", "Medibank") if "Medibank" in title else LEAD
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text))
    return [victim.name for victim in intel.victims]


@pytest.mark.parametrize(
    "title",
    [
        # The real headline: with this name the recogniser's labels differ from a made-up one's.
        "Hackers Leak Another Set of Medibank Customer Data on the Dark Web",
        "Hackers Leak Another Set of Kellbrook Customer Data on the Dark Web",
        "Hackers leak another set of Kellbrook customer data on the dark web",
        "Hackers Dump Millions of Kellbrook Employee Records Online",
    ],
)
def test_the_owner_of_the_leaked_data_is_the_victim(title: str) -> None:
    assert _victims(title) == ["Medibank" if "Medibank" in title else "Kellbrook"]


def test_a_kind_of_data_is_still_no_owner() -> None:
    # "the theft of Social Security Numbers": the first word of a kind of data names no one.
    title = "Hackers Steal Social Security Numbers in Kellbrook Breach"
    assert "Social" not in _victims(title)
