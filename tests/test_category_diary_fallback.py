"""A handler's diary, dated in its headline the way the Internet Storm Center dates them ("…, (Wed,
Feb 1st)"), that names no kind of event is a note on tools, logs or traffic: research-tooling (the
guide: SANS diaries on tooling or logs), where another page naming nothing is `other`
(category_shapes.DIARY, the last fallback of category.rule_category)."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.models import Category

NOTE = (
    "I keep a small box at home that captures what crosses my uplink. The files grow quickly, so I "
    "let the firewall start a new one every hour and keep a week of them. Below are the two settings "
    "that matter, and a short script that moves the old files to a bigger disk every night."
)


def test_a_diary_naming_no_event_is_research() -> None:
    assert categorise("Rotating Captures with Exampleware, (Wed, Feb 1st)", NOTE) == Category.RESEARCH_TOOLING


def test_the_same_note_without_a_diary_date_stays_other() -> None:
    assert categorise("Rotating Captures with Exampleware", NOTE) == Category.OTHER


def test_a_diary_naming_an_event_keeps_its_kind() -> None:
    title = "Exampleware Gateway Flaw Exploited in the Wild, (Mon, Jul 28th)"
    assert categorise(title, NOTE) == Category.VULNERABILITY
