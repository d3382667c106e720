"""Privacy as a headline's whole subject is a privacy-only topic (GUIDE.md §3, §13), whatever security
words its text borrows; the lead telling an attack, a flaw or data left exposed, or a text that names
security at length, keeps the page. And an author's book sale is an offer. Fictional text."""

from __future__ import annotations

from veilleur.enrich.promotional import promotional_reason
from veilleur.enrich.relevance import relevance_score

_URL = "https://news.example/2031/03/page"
_ESSAY = (
    (
        "Most of the year's stories on privacy were about social networks and the apps people cannot put "
        "down. Their feeds keep users scrolling while the companies collect what they like and share. "
    )
    * 4
    + "When a breach happens you can blame the company, but with social networks you are told to read the terms. "
)


def test_a_privacy_headline_over_an_essay_that_borrows_security_words_is_out() -> None:
    assert relevance_score("Consumer privacy and the social networks", _ESSAY, _URL, "en") < 0.3
    assert relevance_score("Privacy: multa per il backup delle email", _ESSAY, _URL, "it") < 0.3


def test_a_privacy_headline_over_data_left_exposed_or_an_attack_stays() -> None:
    exposed = (
        "Twenty million records of a fitness app's users were left exposed to the internet in a database "
        "without a password, a researcher found. "
    ) + _ESSAY
    assert (
        relevance_score("Forget about privacy, fitness app leaves records in the open", exposed, _URL, "en")
        >= 0.3
    )
    attacked = "Hackers stole the location history of a million users of a dating app last week. " + _ESSAY
    assert (
        relevance_score("Goodbye privacy: dating app users' locations in the wild", attacked, _URL, "en")
        >= 0.3
    )


def test_a_privacy_headline_with_a_security_word_is_unchanged() -> None:
    assert relevance_score("Privacy flaw in a messaging app exposes users", _ESSAY, _URL, "en") >= 0.3


def test_an_authors_book_sale_is_an_offer() -> None:
    assert "offer" in promotional_reason("Security Essays Audiobook Sale", "word " * 40, _URL)
    assert promotional_reason("Livre en promotion : mes essais sur la sécurité", "mot " * 40, _URL)
