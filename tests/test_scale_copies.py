"""bench/scale.py's copies of corpus records: one plain word left out per paragraph, never inside a
link's address, each address read a bounded number of times (a paragraph of 20,000 links took
51 s before: each word was tested against every address)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import scale
from scale import copy_record


def test_a_word_is_left_out_of_each_paragraph_never_from_an_address() -> None:
    record = {
        "title": "Quillpage hit",
        "markdown": "Alpha [beta](https://example.test/gamma) delta\n\nEpsilon zeta",
    }
    copy = copy_record(record, 1)
    assert copy["title"] == "Quillpage hit (1)"
    first, second = copy["markdown"].split("\n\n")
    assert "(https://example.test/gamma)" in first
    assert sum(word in first for word in ("Alpha", "beta", "delta")) == 2
    assert second in {"Epsilon", "zeta"}
    assert copy_record({"markdown": "", "title": None}, 2) == {"markdown": "", "title": None}


class _Span(tuple[int, int]):
    """A link address's span that counts each time it is read whole (`a, b = span`)."""

    reads = 0

    def __iter__(self) -> Iterator[int]:
        _Span.reads += 1
        return super().__iter__()


class _CountedMatch:
    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def span(self) -> _Span:
        return _Span(self._match.span())


class _CountedTargets:
    """scale._TARGET, its matches' spans counted when read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def finditer(self, text: str) -> Iterator[_CountedMatch]:
        return (_CountedMatch(m) for m in self._pattern.finditer(text))


def test_a_paragraph_of_many_links_reads_each_address_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each plain word is placed among the addresses by bisection, not tested against every one of
    them (quadratic: 51 s of CPU for 20,000 links). The spans read are counted, not the time: a
    loaded machine may exceed any bound; bench/hostile_inputs.py measures the cost."""
    monkeypatch.setattr(scale, "_TARGET", _CountedTargets(scale._TARGET))
    links = 2_000
    markdown = " ".join(f"word [link](https://example.test/{n}) text" for n in range(links))
    _Span.reads = 0
    copy = copy_record({"markdown": markdown, "title": "T"}, 3)
    assert copy["markdown"].count("https://example.test/") == links
    assert len(copy["markdown"]) == len(markdown) - len("word ")  # one of 4,000 words left out
    # Once each to list their starts (each of 4,000 words against each address was 8 million).
    assert 0 < _Span.reads <= 2 * links, _Span.reads
