"""Cybercrime named in a headline is a security subject (GUIDE.md §3: cyber-security policy, law and
regulation; a convention against cybercrime is one), even beside a civil-liberties phrase that the
headline rule counts against ("cross-border surveillance powers"). In a text it is a passing
mention: a piracy story's "a department responsible for preventing cybercrime" does not make it
security news. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

TREATY = (
    "Second Draft of the Exampleland Cybercrime Convention Drops Some Provisions, but Open-Ended "
    "Cross-Border Surveillance Powers Remain"
)


def test_a_cybercrime_convention_headline_is_security_news_when_the_capture_kept_only_it() -> None:
    assert relevance_score(TREATY, "", "https://example.org/2025/07/second-draft-convention", "") >= (
        DEFAULT_MIN_RELEVANCE
    )


def test_a_cybercrime_law_headline_is_security_news() -> None:
    text = (
        "Delegates met in Exampleville this week to negotiate the text. The draft obliges states to "
        "criminalise illegal access to computer systems and to share evidence across borders, and "
        "rights groups want stronger safeguards before it is adopted. "
    ) * 2
    assert relevance_score("Examplestan's draft cybercrime law goes to parliament", text, "", "en") >= (
        DEFAULT_MIN_RELEVANCE
    )


def test_cybercrime_named_in_passing_in_a_piracy_story_stays_out() -> None:
    text = (
        "Police arrested a man suspected of recording new films in cinemas and uploading them to "
        "pirate sites. Investigators said the camcorder copies reached torrent sites within hours. "
        "The betting brand advertised on those sites was once run by a former official of a "
        "department responsible for preventing cybercrime. Copyright holders welcomed the arrest. "
    ) * 3
    assert relevance_score("Cinema camcorder pirate arrested after studio complaint", text, "", "en") < (
        DEFAULT_MIN_RELEVANCE
    )
