"""A case-insensitive pattern rewritten for the folded text (`veilleur.text.folded`) finds the
spans the pattern finds: over every code point for what the rewriting relies on, on varied
fictional texts for every lexicon pattern enrichment counts with, and never for what it cannot
rewrite."""

from __future__ import annotations

import random
import re
import sys

from veilleur.enrich import facts, impacts, people
from veilleur.enrich.category import _PATTERNS
from veilleur.enrich.relevance import _OFF, _TERMS
from veilleur.enrich.victim_sectors import _SECTOR_PATTERNS
from veilleur.text.cased_union import screens
from veilleur.text.folded import folded_pattern
from veilleur.text.prefilter import Screened, fold, screened

_EVERY = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]


def test_folding_keeps_one_character_and_its_class_for_every_code_point() -> None:
    for pattern in (r"\w", r"\d", r"\s", r"."):
        compiled = re.compile(pattern)
        for char in _EVERY:
            folded = fold(char)
            assert len(folded) == 1, repr(char)
            assert bool(compiled.match(char)) == bool(compiled.match(folded)), (pattern, repr(char))


def test_every_character_a_lexicon_letter_matches_ignoring_case_folds_to_its_fold() -> None:
    """The letters of the lexicons (accents included), and the ones `re` equates specially."""
    letters = set("abcdefghijklmnopqrstuvwxyzéèêëàâäçîïôöûüùÿœæß’'-") | {"İ", "ı", "ſ", "K"}
    everything = "".join(_EVERY)
    for letter in sorted(letters):
        pattern = re.compile(re.escape(letter), re.I)
        rewritten = folded_pattern(pattern)
        assert rewritten is not None, letter
        assert re.findall(pattern, everything) == [everything[i] for i in _spans(rewritten, fold(everything))]


def _spans(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def test_what_cannot_be_rewritten_is_not() -> None:
    assert folded_pattern(re.compile(r"[a-z]+", re.I)) is None  # a range of cased letters
    assert folded_pattern(re.compile(r"(?-i:Abc)d", re.I)) is None  # scoped flags
    assert folded_pattern(re.compile(r"(a)\1", re.I)) is None  # a group reference
    assert folded_pattern(re.compile(r"μ", re.I)) is None  # µ and μ: an extra equivalence
    assert folded_pattern(re.compile(r"abc")) is None  # case-sensitive already
    assert folded_pattern(re.compile(r"[0-9]+ GB\b", re.I)) is not None  # an uncased range


_ODD = ["İ", "ı", "ſ", "\u212a", "É", "é", "Ç", "ß", "ẞ", "Σ", "µ", "’", "'", "-", "\n", " ", "  ", ".", ","]


def _texts(pattern: str, rng: random.Random, count: int) -> list[str]:
    words = re.findall(r"[^\W\d_]{2,}", pattern) or ["word"]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 10)):
            if rng.random() < 0.65:
                word = rng.choice(words)
                parts.append("".join(c.upper() if rng.random() < 0.4 else c for c in word))
            else:
                parts.append(rng.choice(_ODD))
        out.append("".join(parts))
    return out


def test_lexicon_patterns_count_and_start_where_the_pattern_does() -> None:
    rng = random.Random(29)
    patterns: list[Screened] = screens([*_PATTERNS.values(), *_SECTOR_PATTERNS.values()])
    patterns += [p for p, _ in (*_TERMS, *_OFF)]
    patterns += [*impacts._PATTERNS.values(), facts._ATTACK_WORDS, facts._STOLE_CONTEXT, people.JUSTICE]
    rewritten = 0
    counted = 0
    for fast in patterns:
        rewritten += folded_pattern(fast.pattern) is not None
        for text in _texts(fast.pattern.pattern, rng, 120):
            expected = len(fast.pattern.findall(text))
            assert fast.count(text) == expected, (fast.pattern.pattern[:60], text)
            assert fast.count(text, 2) == min(expected, 2)
            first = fast.pattern.search(text)
            assert fast.first(text) == (first.start() if first else -1)
            counted += expected
    # A pattern with a case-sensitive part cannot be matched on folded text: it stays on the plain
    # path (the cased words, "IT giant", "AI", are their own small patterns: veilleur.text.cased_union).
    # The others are rewritten, so the test reads the rewriting (one, the healthcare sector's, holds
    # characters the rewriting does not fold).
    ignoring_case = [p for p in patterns if p.pattern.flags & re.I and "(?-i:" not in p.pattern.pattern]
    assert rewritten >= len(ignoring_case) - 1
    assert counted > 2000


def test_a_rewritten_pattern_finds_the_spans_on_a_page() -> None:
    text = "La CYBERATTAQUE contre l'Hôpital; ransomware RANSOMWARE ransomwares, İnfostealer ſpyware."
    for source in (r"(?<!\w)(?:cyberattaque|hôpital\w*|ransomware)\b", r"(?<!\w)(?:infostealer|spyware)"):
        pattern = re.compile(source, re.I)
        rewritten = folded_pattern(pattern)
        assert rewritten is not None
        assert [m.span() for m in rewritten.finditer(fold(text))] == [
            m.span() for m in pattern.finditer(text)
        ]
        assert screened(source, re.I).count(text) == len(pattern.findall(text)) > 0


def test_places_are_found_where_the_gazetteers_own_pattern_finds_them() -> None:
    from veilleur.enrich.geo import (
        LOWERCASE_OK,
        _folded_gazetteer,
        _gazetteer,
        _gazetteer_pattern,
        country_positions,
        find_countries,
    )

    names, pattern = _gazetteer()[0], _gazetteer_pattern()
    assert _folded_gazetteer() is not None  # the places' pattern is rewritten
    rng = random.Random(5)
    places = [*sorted(names)[:: max(1, len(names) // 150)], "belgique", "côte d'ivoire", "istanbul", "nice"]
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.6:
                place = rng.choice(places)
                parts.append(
                    place.upper() if rng.random() < 0.3 else place.title() if rng.random() < 0.6 else place
                )
            else:
                parts.append(rng.choice(_ODD))
        text = "".join(parts)
        expected = [
            (names[m.group(1).lower()], m.start())
            for m in pattern.finditer(text)
            if m.group(1)[0].isupper() or m.group(1).lower() in LOWERCASE_OK
        ]
        assert country_positions(text) == expected, text
        counts: dict[str, int] = {}
        for code, _ in expected:
            counts[code] = counts.get(code, 0) + 1
        assert find_countries(text) == sorted(counts, key=lambda code: -counts[code])


def test_folded_source_is_the_rewriting_of_the_compiled_pattern() -> None:
    """Without compiling the case-insensitive pattern first, the same rewriting, with the flags
    `re.compile` gives (re.UNICODE implied, inline flags read): \\w still matches "é"."""
    from veilleur.text.folded import folded_pattern, folded_source

    for source, flags in [(r"(?<![\w-])(côte|pérou)(?![\w-])", re.I), (r"(?i)\bélysée\w*", 0), (r"ab", 0)]:
        own = folded_pattern(re.compile(source, flags))
        made = folded_source(source, flags)
        assert (own is None) == (made is None)
        if own is not None and made is not None:
            assert (made.pattern, made.flags) == (own.pattern, own.flags)
            assert made.flags & re.UNICODE
    word = folded_source(r"\w+", re.I)
    assert word is not None and word.fullmatch("été")  # \w of str patterns: not ASCII only
    assert folded_source(r"\w+", re.I) is not None and folded_source(r"(", re.I) is None
