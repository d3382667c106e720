"""Faster lookups that find the same: a trie-shaped alternation matches what the longest-first list
of its words matches (enrich's place names, on real pages too), and threat names looked up only
from words that can begin one are those every n-gram's lookup finds."""

from __future__ import annotations

import gzip
import itertools
import json
import re
from pathlib import Path

import pytest

from veilleur.text.trie import alternation

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _found(source: str, text: str) -> list[tuple[int, str]]:
    pattern = re.compile(r"(?<![\w-])(" + source + r")(?![\w-])", re.I)
    return [(match.start(), match.group(1)) for match in pattern.finditer(text)]


WORDS = ["niger", "nigeria", "new york", "new", "york", "san marino", "san", "são paulo", "c++", "a.b",
         "côte d'ivoire", "x", "xy", "xyz"]  # fmt: skip
TEXTS = [
    "Niger and Nigeria, not Nigerian; NEW YORK or New-York or new yorker; San Marino, San, sans.",
    "São Paulo; C++ and a.b or aXb; x xy xyz xyzz XYZ; côte d'ivoire / Côte d'Ivoire.",
    "",
    "nigerianiger niger-nigeria",
]


def test_the_trie_matches_what_the_longest_first_list_matches() -> None:
    for text in TEXTS:
        assert _found(alternation(WORDS), text) == _found(_plain(WORDS), text), text
    assert _found(alternation(WORDS), TEXTS[0])[:3] == [(0, "Niger"), (10, "Nigeria"), (33, "NEW YORK")]
    assert alternation([]) == ""


def test_place_names_on_real_pages_are_those_of_the_plain_list() -> None:
    corpus = SHARED / "corpus" / "news-dev.jsonl.gz"
    if not corpus.is_file():
        pytest.skip(f"{corpus} not found (the real pages are not in the repository)")
    from veilleur.enrich.geo import _gazetteer, _gazetteer_pattern

    names, pattern = _gazetteer()[0], _gazetteer_pattern()
    # (the gazetteer's bounds: a hyphen ends no place but where a firm is based, "Ukraine-based")
    plain = re.compile(r"(?<![\w-])(" + _plain(list(names)) + r")(?![\w]|-(?!based\b|headquartered\b))", re.I)
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line).get("markdown") or "" for line in itertools.islice(handle, 300)]
    found = 0
    for text in texts:
        ours = [(m.start(), m.group(1)) for m in pattern.finditer(text)]
        assert ours == [(m.start(), m.group(1)) for m in plain.finditer(text)]
        found += len(ours)
    assert found > 500


class _Anything:
    """A set that holds every string: with it, every word's n-grams are looked up."""

    def __contains__(self, _item: object) -> bool:
        return True


def test_threat_names_are_those_every_ngram_lookup_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    from veilleur.enrich import threat_mentions

    def every_ngram(text: str, index: dict[str, object]) -> list[tuple[int, int, str, object]]:
        with monkeypatch.context() as patch:  # the words that can begin a name: all of them
            patch.setattr(threat_mentions, "_starts", lambda _names: (_Anything(), _Anything()))
            patch.setattr(threat_mentions, "_index_starts", lambda: (_Anything(), _Anything()))
            return threat_mentions._galaxy_matches(text, index)  # type: ignore[arg-type]

    names = {"lazarus group": "L", "lazarus,group": "L2", "apt28": "A", "fancy bear": "F", "ta505": "T",
             "c0d3 x": "C", "x": "X"}  # fmt: skip
    texts = ["Lazarus Group, Lazarus,group and LAZARUS  GROUP; APT28 Fancy\nBear TA505.", "x X c0d3 x"]
    for text in texts:
        assert threat_mentions._galaxy_matches(text, names) == every_ngram(text, names)  # type: ignore[arg-type]
    assert [m[3] for m in threat_mentions._galaxy_matches(texts[0], names)] == ["L", "L2", "L", "A", "F", "T"]  # type: ignore[arg-type]
    corpus = SHARED / "corpus" / "news-dev.jsonl.gz"
    if not corpus.is_file():
        pytest.skip(f"{corpus} not found (the real pages are not in the repository)")
    index = threat_mentions._index()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        pages = [json.loads(line).get("markdown") or "" for line in itertools.islice(handle, 200)]
    found = [threat_mentions._galaxy_matches(page, index) for page in pages]
    assert found == [every_ngram(page, index) for page in pages]  # type: ignore[arg-type]
    assert sum(map(len, found)) > 500
