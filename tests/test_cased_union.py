"""A lexicon with words that keep their case (`CasedUnion`) answers as the single pattern whose last
alternative holds them case-sensitively, and leaves the lexicon itself on the fast, folded path."""

from __future__ import annotations

import random
import re

from veilleur.enrich.category import _PATTERNS
from veilleur.enrich.category_words import CASED, VOCABULARY
from veilleur.enrich.sector_words import _SECTOR_PATTERNS, CASED_SECTORS, SECTORS
from veilleur.models import Category, Sector
from veilleur.text.cased_union import CasedUnion
from veilleur.text.folded import folded_pattern
from veilleur.text.prefilter import screened

# The cased words in their cases, and words that look like them in others.
_CASED_WORDS = (
    "AI|ai|Ai|IT|it|IT giant|it giant|IT firms|IT\nservices|IT companies|State Department|Tax Department|"
    "state department|Attorney General|attorney general|Attorneys-General|Transit|transit|Transit Gateway|"
    "Regional Transit|in transit|Act|act|ACT|the Data Act|to act as"
).split("|")
_ODD = [" ", "  ", "\n", ".", ",", "-", "'", "’", "İ", "ſ", "é", "Σ"]


def _texts(words: list[str], rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.6:
                word = rng.choice(words)
                parts.append("".join(c.upper() if rng.random() < 0.3 else c for c in word))
            else:
                parts.append(rng.choice(_ODD))
        out.append("".join(parts))
    return out


def _unions() -> list[tuple[CasedUnion, re.Pattern[str]]]:
    """Each union of the lexicons, with the single pattern it stands for."""
    found = []
    for lexicon, cased, patterns in (
        (VOCABULARY, CASED, _PATTERNS),
        (SECTORS, CASED_SECTORS, _SECTOR_PATTERNS),
    ):
        for key, words in cased.items():
            union = patterns[key]  # type: ignore[index]
            assert isinstance(union, CasedUnion)
            single = re.compile(rf"(?<!\w)(?:{lexicon[key]}|(?-i:(?<!\w)(?:{words})))", re.I)  # type: ignore[index]
            found.append((union, single))
    return found


def test_a_union_answers_as_its_single_pattern() -> None:
    rng = random.Random(7)
    unions = _unions()
    assert len(unions) == 5
    for union, single in unions:
        words = re.findall(r"[^\W\d_]{2,}", single.pattern)
        words += _CASED_WORDS * 5
        matched = cased = 0
        # (and texts of the cased words as written: a long cased word rarely keeps its case
        # through `_texts`' random capitals, "State Department")
        exact = [" ".join(rng.choice(_CASED_WORDS) for _ in range(4)) for _ in range(60)]
        for text in _texts(words, rng, 800) + exact:
            expected = [m.span() for m in single.finditer(text)]
            matched += len(expected)
            cased += any(union.cased.pattern.match(text, start) for start, _ in expected)
            assert [m.span() for m in union.finditer(text)] == expected, text
            assert union.findall(text) == single.findall(text), text
            assert union.count(text) == len(expected), text
            assert union.count(text, 2) == min(len(expected), 2), text
            assert union.first(text) == (expected[0][0] if expected else -1), text
            found = union.search(text)
            assert (found.span() if found else None) == (expected[0] if expected else None), text
            for start in range(0, len(text), 3):
                spans = [m.span() for m in single.finditer(text, start, len(text) - 1)]
                assert [m.span() for m in union.finditer(text, start, len(text) - 1)] == spans, text
            for piece in (text, text.split(" ")[0], text[:8]):
                one, two = union.match(piece), single.match(piece)
                assert (one.span() if one else None) == (two.span() if two else None), piece
                assert bool(union.fullmatch(piece)) == bool(single.fullmatch(piece)), piece
        assert matched > 150 and cased > 10, (matched, cased)


def test_cased_words_keep_their_case() -> None:
    research = _PATTERNS[Category.RESEARCH_TOOLING]
    assert research.count("Attackers use AI to write lures") == 1
    assert research.count("Is it fair? Ai, ai, ai.") == 0
    technology = _SECTOR_PATTERNS[Sector.TECHNOLOGY]
    assert technology.first("The breach hit IT giant Northwind Traders") == 15
    assert technology.count("Then it firmly refused; it group chats were quiet") == 0


def test_the_lexicons_with_cased_words_are_rewritten_for_folded_text() -> None:
    for union, _ in _unions():
        assert folded_pattern(union.big.pattern) is not None
        assert union.big.pattern.flags & re.I and not union.cased.pattern.flags & re.I
    assert folded_pattern(screened(r"(?<!\w)(?:tool\w*|(?-i:\bAI\b))", re.I).pattern) is None
