"""Speed shortcuts of enrichment that keep every answer: a name the text never writes in brackets
is no bracketed agency's, and that is known without building a pattern for the name."""

from __future__ import annotations

import re

import pytest

from veilleur.enrich import victim_reporting
from veilleur.enrich.victim_reporting import bracketed_agency

_TEXT = (
    "The Health Sector Cybersecurity Coordination Center ( HC9 ) warned hospitals on Monday. "
    "Analysts at Norvale said HC9 had seen the same loader before."
)


def test_a_security_bodys_bracketed_name_is_still_read() -> None:
    assert bracketed_agency("HC9", _TEXT)
    assert not bracketed_agency("Norvale", _TEXT)


def test_a_name_never_in_brackets_is_answered_without_a_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pattern is built for each name and run over the whole text: a name the text never writes
    between brackets cannot match it, and is answered before."""

    def refuse(*args: object, **kwargs: object) -> re.Match[str] | None:
        raise AssertionError("the pattern was run")

    monkeypatch.setattr(victim_reporting.re, "search", refuse)
    assert not bracketed_agency("Norvale", _TEXT)
