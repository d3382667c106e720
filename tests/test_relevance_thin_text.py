"""A page whose headline holds no security word, which the topic model reads as another subject, and
whose text's security words are a few passing mentions (a rights group's court brief with one
"arrested" and one "leaked") is that subject's page; a text that builds its subject on security
words, or the laws that would scan encrypted chats, stays in. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

BRIEF = (
    "Our lawyers filed a brief with the appeals court on Monday asking it to protect the privacy of "
    "taxpayers whose returns the agency shared with another department. The returns hold names, "
    "addresses, incomes and family details, and the people who filed them were never told. The "
    "district court had found the sharing lawful because a memorandum between the two departments "
    "allowed it; we argue that the statute on the confidentiality of returns leaves no room for such "
    "a memorandum. Several immigrants' groups joined the brief: their members fear that a return "
    "filed in good faith becomes the reason they are arrested. A draft of the memorandum leaked to "
    "the press last spring. The court will hear arguments in the autumn, and we will keep our members "
    "and supporters informed of every step of the case, as we have since it began two years ago."
)


def test_a_rights_groups_court_brief_with_passing_words_is_out() -> None:
    title = "Advocates ask the appeals court to keep taxpayers' returns confidential"
    assert relevance_score(title, BRIEF, "", "en") < DEFAULT_MIN_RELEVANCE


def test_the_law_that_would_scan_encrypted_chats_stays_in() -> None:
    text = (
        "The Council again failed to agree on the chat control regulation, which would order services "
        "to scan messages, files and photos for illegal material, client-side scanning included. "
        "Member states that oppose it say it would compromise encryption for everyone; the sponsors "
        "say they will try again under the next presidency. Thank you to everyone who signed our "
        "petition and wrote to their ministers: your voice is being heard, and we will keep at it. "
    ) * 2
    title = "Now the Council should finally understand: nobody wants chat control"
    assert relevance_score(title, text, "", "en") >= DEFAULT_MIN_RELEVANCE
