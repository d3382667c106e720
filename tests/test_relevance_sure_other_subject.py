"""A page the topic model is very sure is about another subject (piracy and copyright enforcement,
GUIDE.md §3), whose headline's only security word is a middling one — a leak, a fraud, an arrest, a
takedown — and that names no threat, is that subject's page: a film's script leaked before release
is no security news (relevance.SURE_TOPIC_OFF_LOG_ODDS). A headline naming malware or phishing
stays a security subject, whatever the rest of the page (a leak of a film is no breach; hackers
stealing it are). Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import SURE_TOPIC_OFF_LOG_ODDS, relevance_score
from veilleur.enrich.topic import security_log_odds

# Copyright enforcement in its own words (none of the off-topic lexicon's), no security word.
TEXT = (
    "Weeks before the film reached theaters, pages of its script appeared on a fan forum. The studio's "
    "lawyers asked a court for subpoenas to identify the posters, saying the rightsholder suffered "
    "infringement. Hollywood studios, broadcasters and sports leagues have sought injunctions, "
    "site-blocking orders and blockades against infringers for years, and rightsholders now target "
    "set-top boxes and audiovisual services too. The forum argues that its users face no contributory "
    "or vicarious liability, and that infringing uploads were removed within hours of each notice. "
    "The movie's distributor says the circumvention of its release windows costs millions, and the "
    "court will hear both sides next month."
)


def test_the_model_is_very_sure_of_another_subject() -> None:
    assert (
        security_log_odds("Studio asks forum to unmask users over film leak", TEXT) <= SURE_TOPIC_OFF_LOG_ODDS
    )


@pytest.mark.parametrize(
    "title",
    [
        "Studio asks forum to unmask users over film leak",
        "Streaming giant calls password sharing fraud",
    ],
)
def test_a_middling_headline_word_on_another_subject_stays_out(title: str) -> None:
    assert relevance_score(title, TEXT, "", "en") < DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Streaming app ships malware to its users",
        "Phishing emails lure fans with fake premiere tickets",
        "Hackers breach studio servers and steal the script",
    ],
)
def test_a_threat_in_the_headline_stays_security_news(title: str) -> None:
    assert relevance_score(title, TEXT, "", "en") >= DEFAULT_MIN_RELEVANCE
