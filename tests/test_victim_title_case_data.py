"""A Title Case headline naming whose data was taken ("Hackers Leak Another Set of Medibank Customer
Data on the Dark Web", The Hacker News, news-dev): the owner of the data is the victim, as in the
same headline written in sentence case; the batch ("Another Set of") and the data's owners
("Customer") are not part of its name. Fictional names and lead (our own words), the same shapes."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.models import Article

LEAD = (
    "Kellbrook said on Thursday that the gang behind last month's attack on its network has put a "
    "second batch of stolen records on its leak site, after the company refused to pay the ransom it "
    "demanded. The insurer said it is still checking the files, and that its investigation goes on "
    "with outside experts."
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
