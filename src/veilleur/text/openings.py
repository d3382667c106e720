"""Whether a regular expression matches anywhere in a short text, tried only where a match can open.

`re.search` tries the pattern at every position of the text. For a pattern that must end where the
text ends (`…$`, run on the 200 characters before a name: `victim_relations`) and opens with one of
dozens of words ("attack", "breach", "hacked", "by", "via"…), nearly every try fails after running
the whole alternation: 0.3 ms a window, a tenth of enrichment's CPU on the tune pages.

`Openings(pattern)` reads the pattern once (`re._parser`) and derives the strings every match opens
with (lower-cased; at most `_LONGEST` characters each, at most `_MOST` strings), when it can. To say
whether the pattern matches, it finds where those strings occur in the text folded to lower case (one
pass of an Aho-Corasick automaton) and tries `pattern.match` there only. `match` at a position is the
very try `search` makes there (look-behinds and `\\b` see the text before it), so the answer is the
search's; where no opening can be derived, it runs `search` itself.

Why the openings are exact: under `re.IGNORECASE` an ASCII pattern character `p` matches a text
character `c` only when `prefilter.fold(c) == p.lower()` (checked over every code point by
`tests/test_prefilter.py`), and a character matched as written folds the same way; `fold` maps one
character to one, so a match's folded text starts with the folded opening at the same position.
Only what the pattern must consume first gives an opening: zero-width assertions are skipped; a
class with ranges or categories, a non-ASCII character, any character, a repeat that may be empty
(other than `x?` of known strings) ends the derivation there (the strings found so far still open
every match); a pattern whose openings would include the empty string has none.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
import sys
from collections.abc import Iterator
from re import _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

from ahocorasick_rs import AhoCorasick, Implementation

from veilleur.text.prefilter import Screened, fold, folds

_MOST = 256  # strings kept: past this, the derivation stops where it is
_LONGEST = 4  # characters enough to open a match rarely; longer openings only cost strings
# A node's openings: the strings, and whether they are all it can match (then the next node's are
# appended to them); (_NONE, False) when nothing is known.
_Lead = tuple[frozenset[str], bool]
_NONE: _Lead = (frozenset({""}), False)
_EMPTY: _Lead = (frozenset({""}), True)


def _cross(first: frozenset[str], then: frozenset[str]) -> frozenset[str] | None:
    if len(first) * len(then) > _MOST:
        return None
    return frozenset(a + b for a in first for b in then)


def _sequence(items: Any, ignore_case: bool) -> _Lead:
    strings, complete = frozenset({""}), True
    data = list(items)
    for index, (op, av) in enumerate(data):
        if not complete or min(map(len, strings)) >= _LONGEST:
            return strings, False
        more, whole = _node(op, av, ignore_case)
        if (optional := _optional(op, av, ignore_case)) is not None:
            # "(?:expertly )?written": what the optional part opens with, or what follows it does
            rest, _ = _sequence(data[index + 1 :], ignore_case)
            either = _cross(strings, optional | rest)
            return (either, False) if either is not None and "" not in rest else (strings, False)
        joined = _cross(strings, more)
        if joined is None:
            return strings, False
        strings, complete = joined, whole
    return strings, complete


def _optional(op: Any, av: Any, ignore_case: bool) -> frozenset[str] | None:
    """The openings of "x?" when x's are known but not all it matches ("(?:expertly )?", cut at
    `_LONGEST` characters), else None."""
    if str(op) not in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") or av[:2] != (0, 1):
        return None
    strings, whole = _sequence(av[2], ignore_case)
    return strings if not whole and "" not in strings else None


def _char(code: int, ignore_case: bool) -> str | None:
    char = chr(code)
    if char.isascii():
        return char.lower() if ignore_case else char
    if not ignore_case:
        return char
    # `re` matches a letter ignoring case when the text's letter lowers to the same one (simple
    # lower-casing, as `fold` lowers one character), but for the letters of `_EXTRA_CASES` (the
    # Greek sigmas, "ſ", "ı"…), which match others too: those give no opening.
    lower = _sre.unicode_tolower(code)
    if lower in _EXTRA_CASES or any(lower in others for others in _EXTRA_CASES.values()):
        return None
    return chr(lower)


def _node(op: Any, av: Any, ignore_case: bool) -> _Lead:
    name = str(op)
    if name == "LITERAL":
        char = _char(av, ignore_case)
        return (frozenset({char}), True) if char is not None else _NONE
    if name == "IN":
        chars = [_char(c, ignore_case) if str(o) == "LITERAL" else None for o, c in av]
        if chars and all(c is not None for c in chars):
            return frozenset(c for c in chars if c is not None), True
        return _NONE
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _EMPTY  # zero-width: a match opens with what comes after them
    if name == "SUBPATTERN":
        return _sequence(av[3], ignore_case)
    if name == "ATOMIC_GROUP":
        return _sequence(av, ignore_case)
    if name == "BRANCH":
        leads = [_sequence(alternative, ignore_case) for alternative in av[1]]
        union = frozenset().union(*(strings for strings, _ in leads))
        return (union, all(whole for _, whole in leads)) if len(union) <= _MOST else _NONE
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        strings, whole = _sequence(sub, ignore_case)
        if low == 0:
            # "s?" of known strings: those or nothing; any other repeat that may be empty: unknown
            return (strings | {""}, True) if high == 1 and whole else _NONE
        return strings, whole and low == high == 1
    return _NONE  # any character, categories, negations, group references


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings (lower-cased when the pattern `folds`) one of which every match opens with; None when
    the pattern gives none (or only the empty string)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # a pattern this reader does not know: searched as it is
        return None
    strings, _ = _sequence(parsed, folds(pattern))
    if not strings or "" in strings:
        return None
    # A string that opens with another adds no position: the shorter is found wherever it is.
    return frozenset(a for a in strings if not any(b != a and a.startswith(b) for b in strings))


class Openings:
    """A compiled pattern and where its matches can open: `found(text)` is
    `pattern.search(text) is not None`, trying the pattern only at those places."""

    __slots__ = ("_automaton", "_fold", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        strings = openings(pattern)
        self._automaton = AhoCorasick(sorted(strings), implementation=Implementation.DFA) if strings else None
        self._fold = fold if folds(pattern) else str

    def _starts(self, text: str) -> list[int] | None:
        """Where a match can open, in order; None when the pattern is to be searched whole."""
        if self._automaton is None:
            return None
        subject = self._fold(text)
        if len(subject) != len(text):
            return None
        found = self._automaton.find_matches_as_indexes(subject, overlapping=True)
        return sorted({start for _, start, _ in found})

    def found(self, text: str) -> bool:
        return self.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`: the first place where the pattern matches is the first opening
        where it does, and the match made there is the one `search` makes."""
        starts = self._starts(text)
        if starts is None:
            return self.pattern.search(text)
        for start in starts:
            if (match := self.pattern.match(text, start)) is not None:
                return match
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`: each next match is the first one opening where the last ended
        or after (a match opens with a character, so none is empty)."""
        starts = self._starts(text)
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        end = 0
        for start in starts:
            if start >= end and (match := self.pattern.match(text, start)) is not None:
                yield match
                end = match.end()


class Opened(Screened):
    """A screened pattern (skipped where its literals are absent: `prefilter.Screened`) whose
    `search` and `finditer` try it only where a match can open (`Openings`): for the long
    alternations run over a whole page that most pages contain a word of ("webinar", "care")."""

    __slots__ = ("_openings",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__(pattern)
        self._openings = Openings(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        return self._openings.search(text) if self.possible(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if pos or endpos != sys.maxsize:  # (a part of the text: read as the pattern reads it)
            return super().finditer(text, pos, endpos)
        return self._openings.finditer(text) if self.possible(text) else iter(())


def opened(pattern: str, flags: int = 0) -> Opened:
    """`Opened(re.compile(pattern, flags))`."""
    return Opened(re.compile(pattern, flags))
