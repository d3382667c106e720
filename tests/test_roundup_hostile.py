"""Roundups written to hurt: thousands of items, items of a few "words" of 200,000 letters each
(each item is read as a headline, through every headline rule: a page's own headline is read for
HEADLINE_CHARS at most, its items were read whole), items holding markup. The list is read for
MAX_ITEMS headlines at most, an item longer than a headline is not one, and the others' victims
are still found."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.roundups import MAX_ITEMS, roundup_headlines
from veilleur.models import Article
from veilleur.text import HEADLINE_CHARS

URL = "https://blog.example/2026/11/a-week-in-security"
TITLE = "A week in security (November 9 - 15)"


def test_an_item_longer_than_a_headline_is_not_read_as_one() -> None:
    huge = "x" * 200_000
    items = [f"* Hackers breach Quorvex{n} Corp {huge} data" for n in range(20)]
    items[5:5] = ["* Ransomware gang leaks files stolen from Orvane Logistics"]
    items += [
        "* Brelford Council confirms data breach after phishing attack",
        "* Update now! Tarnwell fixes two zero-day bugs",
        "* Ransomware attack hits Maltby Foods",
    ]
    text = "Last week on the blog:\n" + "\n".join(items)
    headlines = roundup_headlines(TITLE, text)
    assert headlines == [
        "Brelford Council confirms data breach after phishing attack",
        "Update now! Tarnwell fixes two zero-day bugs",
        "Ransomware attack hits Maltby Foods",
    ]
    assert all(len(h) <= HEADLINE_CHARS for h in headlines)
    record = enrich(Article(url=URL, canonical_url=URL, title=TITLE, text=text, lang="en"))
    names = [victim.name for victim in record.victims]
    assert "Brelford Council" in names and "Maltby Foods" in names
    assert not any("Quorvex" in name for name in names)


def test_thousands_of_items_are_read_for_max_items_headlines() -> None:
    items = [f"* Ransomware attack hits Quorvex{n} Foods" for n in range(5000)]
    headlines = roundup_headlines(TITLE, "Last week on the blog:\n" + "\n".join(items))
    assert headlines == [item.removeprefix("* ") for item in items[:MAX_ITEMS]]
