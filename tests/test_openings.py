"""`veilleur.text.openings` answers as `re.search` does: the strings a match opens with are derived
only from what it must consume first, the letters `re` equates ignoring case fold to the opening,
and on varied fictional texts every pattern read so (the left-side relations of
`victim_relations`) gives the search's answer."""

from __future__ import annotations

import random
import re
import sys

import pytest

from veilleur.enrich import victim_relations
from veilleur.text.openings import Opened, Openings, _char, opened, openings
from veilleur.text.prefilter import fold


def test_openings_are_what_a_match_must_consume_first() -> None:
    assert openings(re.compile(r"\b(?<!not\s)(?:by|via)\s\w+$", re.I)) == {"by", "via"}
    assert openings(re.compile(r"cyber[- ]?attack", re.I)) == {"cybe"}  # four characters are enough
    # an optional part known in part: its openings, or those of what follows it
    assert openings(re.compile(r"(?:the\s)?(?:an|a)\s", re.I)) == {"the", "a"}
    assert openings(re.compile(r"s?ab", re.I)) == {"sab", "ab"}
    assert openings(re.compile(r"(?-i:X)y|Zw", re.I)) == {"xy", "zw"}  # scoped flags: folded
    assert openings(re.compile(r"Xy|Zw")) == {"Xy", "Zw"}  # case-sensitive: as written
    assert openings(re.compile(r"über|at", re.I)) == {"über", "at"}
    assert openings(re.compile(r"\w+ing|at", re.I)) is None  # a branch opens with anything
    assert openings(re.compile(r"(?:ab)*c", re.I)) is None  # a repeat that may be empty: unknown
    assert openings(re.compile(r"σx|ab", re.I)) is None  # sigma matches two other letters


def test_a_non_ascii_letter_opens_where_every_letter_re_equates_with_it_folds_to() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for char in "éÉçüÜößẞ’«":
        opening = _char(ord(char), True)
        assert opening is not None, char
        for found in re.findall(re.escape(char), every, re.I):
            assert fold(found) == opening, (char, found)


def _texts(pattern: str, rng: random.Random, count: int) -> list[str]:
    """Fictional texts made of the pattern's own words (so that many match), in any case, with
    accents, odd characters and separators between them, ending on a made-up name's first letter."""
    words = re.findall(r"[^\W\d_]{2,}", pattern) or ["word"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 9)):
            word = rng.choice(words)
            choice = rng.random()
            if choice < 0.75:
                parts.append("".join(c.upper() if rng.random() < 0.3 else c for c in word))
            else:
                parts.append(rng.choice(["İ", "ı", "ſ", "É", "Σ", "the", "New York’s", "12", "a"]))
            parts.append(rng.choice([" ", " ", " ", "  ", "-", "\n", ". ", ", ", "’", ""]))
        texts.append("".join(parts))
    return texts


def _left_patterns() -> list[re.Pattern[str]]:
    return [pattern for _, pattern, on_left in victim_relations._patterns() if on_left]


@pytest.mark.parametrize("index", range(len(_left_patterns())))
def test_openings_answer_as_the_search_on_varied_texts(index: int) -> None:
    pattern = _left_patterns()[index]
    fast = Openings(pattern)
    assert openings(pattern) is not None  # each is read from its openings, not searched whole
    rng = random.Random(2828 + index)
    matched = 0
    for text in _texts(pattern.pattern, rng, 400):
        expected = pattern.search(text) is not None
        assert fast.found(text) == expected, (pattern.pattern[:60], text)
        matched += expected
    assert matched >= 5  # the texts do exercise matches, not only misses


def test_a_relation_before_the_name_is_read_as_before() -> None:
    """The left side's relations, read by their openings (`_readers`), on sentences of our own."""
    passage = "Hackers breached the Belgian hospital Zorvane, according to Quillon researchers."
    start = passage.index("Zorvane")
    assert "rel:object" in victim_relations.relation_features(passage, start, start + len("Zorvane"))
    start = passage.index("Quillon")
    assert "rel:agent" in victim_relations.relation_features(passage, start, start + len("Quillon"))


def _opened_patterns() -> list[Opened]:
    """Every pattern enrichment keeps at module level as `Opened`."""
    found: dict[int, Opened] = {}
    for name, module in sorted(sys.modules.items()):
        if name.startswith("veilleur.enrich.") and module is not None:
            for value in vars(module).values():
                if isinstance(value, Opened):
                    found[id(value)] = value
    return list(found.values())


def test_opened_patterns_give_the_searches_and_the_matches_of_the_pattern() -> None:
    import veilleur.enrich  # noqa: F401  (every module of the stage, imported)

    patterns = _opened_patterns()
    assert len(patterns) >= 10
    rng = random.Random(28)
    matched = 0
    for fast in patterns:
        for text in _texts(fast.pattern.pattern, rng, 300):
            found = fast.search(text)
            expected = fast.pattern.search(text)
            assert (found and found.span()) == (expected and expected.span()), (
                fast.pattern.pattern[:60],
                text,
            )
            spans = [m.span() for m in fast.pattern.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == spans, (fast.pattern.pattern[:60], text)
            matched += bool(spans)
    assert matched > 300


def test_a_promotional_note_is_found_from_its_openings() -> None:
    """A long alternation with an optional first word ("(?:expertly )?written and contributed by")
    opens with that word or with what follows it."""
    fast = opened(r"(?:expertly )?written and contributed by|free webinar", re.I)
    text = "A long story about nothing. This piece was Written and Contributed by Quill Labs."
    assert fast.search(text) is not None and fast.search(text).group(0) == "Written and Contributed by"  # type: ignore[union-attr]
    assert openings(fast.pattern) == {"expe", "writ", "free"}
