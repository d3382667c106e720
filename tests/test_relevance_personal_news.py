"""An organisation's personal news is not security news (GUIDE.md §3: personal news is left out),
even when the person honoured was charged under a computer-crime law or founded a leak site: a
memorial, an obituary, a trivia night. A breach at a memorial fund stays news. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

TEXT = (
    "This weekend we celebrate the programmer and activist Alex Example, who built tools to keep the "
    "web open. Prosecutors charged him under a computer fraud law in 2011; facing a long sentence, he "
    "died at 28. The event is held in person at the city library and streamed online; those interested "
    "can register for it here. Friends will speak about his work and his life. "
)


@pytest.mark.parametrize(
    "title",
    [
        "Celebrating the Life of Alex Example: March 3 and March 4",
        "In Memoriam: Alex Example, Archive Co-Founder",
        "In Appreciation of Alex Example",
    ],
)
def test_a_memorial_is_not_security_news(title: str) -> None:
    assert relevance_score(title, TEXT, "", "en") < DEFAULT_MIN_RELEVANCE


def test_a_breach_at_a_memorial_fund_stays_news() -> None:
    text = "Hackers stole the donors' card details from the memorial fund's website, the fund said. " * 3
    assert relevance_score("Memorial fund hit by data breach", text, "", "en") >= 0.5
