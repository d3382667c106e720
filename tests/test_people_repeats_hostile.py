"""A page repeating the names of people charged down its whole length costs what its head costs.

people_charged reads its justice passages from the first MAX_CHARS of the text, but asked whether
each name was unmasked as a known threat's, a lawyer's or a placeholder at every mention of the
whole text, once per passage: 500,000 characters of "Jo Roe, 25, and Al Ben, 31, …" took ten
times as long as before those questions (0.7 → 6.8 s CPU). The guard is counted, not timed (a
loaded machine may exceed any bound): the questions asked about a long page are those asked about
its head. Fictional names.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import veilleur.enrich.people as people
from veilleur.enrich.people import MAX_CHARS, people_charged

HEAD = "Jo Roe, 25, and Al Ben, 31, were charged on Monday. "
PAGE = (HEAD * (500_000 // len(HEAD)))[:500_000]


class _Counted:
    """A compiled pattern whose `search` calls are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, *args: Any) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(*args)


def _questions(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[list[str], int]:
    said_as, official = _Counted(people._SAID_AS), _Counted(people._OFFICIAL_BEFORE)
    monkeypatch.setattr(people, "_SAID_AS", said_as)
    monkeypatch.setattr(people, "_OFFICIAL_BEFORE", official)
    found = [p.name for p in people_charged("Two men charged", text, "en", set())]
    return found, said_as.calls + official.calls


def test_a_long_page_is_asked_what_its_head_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    head_found, head_questions = _questions(monkeypatch, PAGE[:MAX_CHARS])
    page_found, page_questions = _questions(monkeypatch, PAGE)
    assert head_found == page_found == ["Jo Roe", "Al Ben"]
    assert 0 < page_questions == head_questions


def test_a_lawyer_named_in_the_head_is_still_no_actor() -> None:
    text = "Jo Roe, 25, was charged on Monday. Defense attorney Al Ben, 31, was charged with contempt."
    assert [p.name for p in people_charged("Man charged", text, "en", set())] == ["Jo Roe"]
