"""A page of another subject whose only security words are the weak context ones — a setup guide's
"password" and "authentication", an organisation's memo on "security" — is that subject's page when
its headline names no security word and the topic model reads it as another subject (GUIDE.md §3:
SAP/ITSM product and process posts, digital-rights pages whose subject is not security). A security
word anywhere, in the headline or the text, keeps the page to the lexicon. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import WEAK_HEADLINE, evidence, relevance_score

URL = "https://community.example/blog/cost-centers-part-3"
SETUP_TEXT = (
    "In this third part of the series I show how to set up the replication of cost centers from the "
    "finance system to the planning tenant. First create a communication user in the target tenant and "
    "note its password. In the integration flow, open the receiver channel, choose basic authentication "
    "and enter the user and password. Then schedule the job in the background processing monitor, pick "
    "the controlling area and the fiscal year variant, and run a first load with a small selection of "
    "company codes. If the mapping of the profit center hierarchy fails, check the password of the "
    "communication user again and the role collection of the technical user. In the next part we will "
    "extend the data model with the planning versions and the currency translation."
)


def test_a_setup_guide_s_passwords_make_no_security_news() -> None:
    title = "Replicating cost centers to the planning tenant – Part 3"
    assert relevance_score(title, SETUP_TEXT, URL, "en") < DEFAULT_MIN_RELEVANCE


def test_a_strong_word_in_the_text_keeps_the_page_to_the_lexicon() -> None:
    title = "Replicating cost centers to the planning tenant – Part 3"
    text = SETUP_TEXT.replace(
        "In the next part",
        "A phishing campaign stole the credentials of one communication user last year, so rotate them. "
        "In the next part",
    )
    assert relevance_score(title, text, URL, "en") >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "sentence",
    [
        "I traced a suspicious connection made every ten minutes back to its process.",
        "While investigating suspicious behaviour on the laptop, I listed the open sockets.",
        "The local network keeps your messages safe from eavesdroppers on the same café hotspot.",
    ],
)
def test_an_analyst_s_words_are_no_weak_context(sentence: str) -> None:
    # (a diary tracing a suspicious connection and a review of eavesdropping say security in words
    # that are neither "password" nor "security": they keep a page out of the weak-only rule)
    assert evidence(sentence) > WEAK_HEADLINE
