"""An author's news of their own book and the review magazines' reviews of it are not security news
(GUIDE.md §3: book announcements and reviews are left out), even when the book's title says "hacker"
and the review retells its security chapters. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

URL = "https://blog.example/2026/03/the-hackers-ledger-news.html"


@pytest.mark.parametrize(
    "text",
    [
        "My latest book keeps selling well, and the reviews are kind. You can still order a signed "
        "copy from me here. I am giving a book talk in Lyon on Thursday; admission is free.",
        "I gave two radio interviews about the book this week. Shops start shipping the book on "
        "Tuesday, and if you ordered a signed copy from me it is already in the mail.",
    ],
)
def test_an_authors_news_of_the_book_is_not_security_news(text: str) -> None:
    assert relevance_score("The Hacker's Ledger News", text, URL) < DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title", ["Booklist Review of The Hacker's Ledger", "Publishers Weekly Review of The Hacker's Ledger"]
)
def test_a_review_magazines_review_of_the_book_is_not_security_news(title: str) -> None:
    text = (
        "Security technologist Example (The Locked Room, 2019) argues that hacking is what the powerful "
        "do to the rules of a system. Drawing on decades of analysing how attackers exploit weaknesses "
        "in software, he turns to tax codes, markets and elections, and shows how each can be hacked. "
        "A lively, accessible survey for readers curious about power and its loopholes."
    )
    assert relevance_score(title, text) < DEFAULT_MIN_RELEVANCE


def test_a_breach_at_a_bookshop_stays_news() -> None:
    text = "Hackers stole the card details of 20,000 customers of the online bookshop, the firm said. " * 3
    assert relevance_score("Online bookshop Examplebooks hit by data breach", text) >= 0.5
