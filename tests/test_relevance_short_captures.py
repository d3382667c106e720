"""A short capture of another subject whose security words are a few passing mentions is out once the
topic model reads that other subject at -20 (relevance_short.py), not only at -40 as long pages are;
a short page that speaks of encryption keeps the surer bound (GUIDE.md §3: encryption-backdoor laws are
a security subject). The pages are our own, written for the test."""

from __future__ import annotations

from veilleur.enrich.relevance import relevance_score
from veilleur.enrich.relevance_short import SHORT_CAPTURE_WORDS, passing_bound
from veilleur.enrich.topic import security_log_odds

TITLE = "What We Heard at This Year's Library Association Conference"
TEXT = (
    "Librarians from across the country gathered in Denver this autumn for the association's annual meeting. "
    "Panels covered book bans, school board elections, reading programmes for children and the budgets of small "
    "town branches. Vendors on the trade floor sold scanners for returned books, self-checkout kiosks and software "
    "that keeps lists of patrons. Several speakers asked how much personal data such systems keep about readers and "
    "for how long. A librarian from Texas told of the criminal charges her town once threatened over a display of "
    "novels. One panel on volunteers described how small branches rely on retirees to run story hours, reading "
    "clubs and film nights. Another session looked at the cost of ebooks, which publishers license to libraries at "
    "prices far higher than readers pay. Speakers urged members to write to their state lawmakers, to join local "
    "coalitions and to tell their stories to the press. The association plans to publish its notes from every "
    "session later this year, along with a guide for new members and a calendar of its regional meetings. We will "
    "keep following the debates over book bans and library funding and report back on what lawmakers decide about "
    "the surveillance of readers, and we thank every member who came to talk with us at our table about the "
    "freedom to read."
)


def test_a_short_capture_of_passing_mentions_is_out() -> None:
    assert len(TEXT.split()) < SHORT_CAPTURE_WORDS
    assert -40 < security_log_odds(TITLE, TEXT) <= -20  # between the long pages' bound and the short ones'
    assert relevance_score(TITLE, TEXT, "", "en") < 0.3


def test_the_bound_is_the_long_pages_for_long_texts_and_encryption() -> None:
    assert passing_bound(SHORT_CAPTURE_WORDS - 1, -40.0, TEXT) == -20.0
    assert passing_bound(SHORT_CAPTURE_WORDS, -40.0, TEXT) == -40.0
    assert passing_bound(100, -40.0, "Lawmakers want to scan messages before end-to-end encryption.") == -40.0
    assert passing_bound(100, -40.0, "Le projet affaiblirait le chiffrement des messageries.") == -40.0
