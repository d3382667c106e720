"""A view rather than a report (an outlet's "Opinion", "Comment", "Interview" kicker before the article):
the kind of event only its lead or the weight of its words names is its occasion, not its event (the guide
files opinion as `other`); an attack its headline names keeps the kind its lead gives. Fictional pages."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.enrich.category_review import view_piece
from veilleur.models import Category

_ARGUMENT = (
    " Nobody enjoys being told to write safer code. Yet the same class of bug keeps coming back, year after"
    " year, and the fix has been known for decades. Let us stop pretending otherwise and retire the old ways."
    " The flaw that hit the mail servers last month was one more of them; the exploit that used it was one"
    " more too. Every patch that follows such a flaw is a small admission that the language let us down."
)
_LEAD = "Here we go again. Another overflow bug in a mail server, another exploit, another emergency patch."


def test_an_opinion_lead_is_its_occasion_not_its_event() -> None:
    title = "Time to put the old languages out to pasture"
    assert categorise(title, "Opinion " + _LEAD + _ARGUMENT) == Category.OTHER


def test_the_same_page_without_its_kicker_reports_the_flaw() -> None:
    title = "Time to put the old languages out to pasture"
    assert categorise(title, _LEAD + _ARGUMENT) == Category.VULNERABILITY


def test_an_interview_on_an_attack_keeps_its_leads_kind() -> None:
    title = "Ransom crews will strike hospitals next winter, veteran responder warns of a cyberattack wave"
    lead = "Interview Ransomware gangs are eyeing hospitals again, says a responder who has cleaned up after them."
    assert categorise(title, lead + " The ransomware crews pick their victims by who pays fastest.") == (
        Category.RANSOMWARE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opinion Nobody likes being told what to do.", True),
        ("comment Here we go again.", True),
        ("Interview “We saw it coming,” she says.", True),
        ("Kommentar Die Lage bleibt ernst.", True),
        ("Comment protéger vos comptes en ligne", False),  # French: how, not a comment
        ("The opinion of the court was read on Monday.", False),
    ],
)
def test_the_kicker_opens_the_article(text: str, expected: bool) -> None:
    assert view_piece(text) is expected
