"""A name mentioned thousands of times in a text without a sentence end: each rule that reads "the
sentence of the mention" must not read the rest of the text from each mention (the square of the
text: a 100,000-character line naming a gang 2,000 times took 7 s of one article's enrichment, a
1 MB page some ten minutes). Fictional inputs only."""

from __future__ import annotations

import re
from typing import Any

import pytest

from veilleur.enrich import threat_brand_kinds
from veilleur.enrich.threat_brand_kinds import brand_kind


class _Counting:
    """A compiled pattern that counts the characters each search is given to read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def _count(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.read += min(len(text), len(text) if endpos is None else endpos) - pos

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self._count(text, *args)
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args: Any) -> Any:
        self._count(text, *args)
        return self.pattern.finditer(text, *args)

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        return self.pattern.match(text, *args)


def test_the_sentence_of_each_mention_is_not_read_to_the_text_end(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Quillgang posted Acme Corp on its leak site, " * 1_000  # 45,000 characters, one sentence
    wiper = _Counting(threat_brand_kinds._WIPER)
    end = _Counting(threat_brand_kinds._SENTENCE_END)
    monkeypatch.setattr(threat_brand_kinds, "_WIPER", wiper)
    monkeypatch.setattr(threat_brand_kinds, "_SENTENCE_END", end)
    assert brand_kind("Quillgang", text) is None
    # (each mention reads at most 300 characters back to its sentence's start; the rest once)
    assert wiper.read + end.read <= 2 * len(text) + 300 * 1_000


def test_a_wiper_is_still_read_in_the_sentence_of_a_mention_among_thousands() -> None:
    run = "Quillgang posted Acme Corp on its leak site, " * 1_000
    assert brand_kind("Quillgang", f"{run}and Quillgang is a wiper.") == "malware"
    # (a wiper in the next sentence is another sentence's)
    assert brand_kind("Quillgang", f"{run}then.\nA wiper hit Valbrune.") is None
