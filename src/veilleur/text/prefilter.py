"""A regular expression with a cheap test first: literals every match must contain.

Most of enrichment's lexicon patterns (dozens of case-insensitive alternations, run on every
article and often on every sentence) find nothing on a given text, and Python's `re` tries every
branch at every position to say so. `Screened(pattern)` reads the pattern once (`re._parser`) and
derives a set of ASCII literals such that every match contains at least one of them; before a
search it looks for them in the text folded to lower case, and answers "no match" without running
the pattern when none is there. When one is, the pattern runs unchanged: the
results are those of the pattern itself, only the calls that cannot match are skipped.

Why it is exact: under `re.IGNORECASE` an ASCII pattern character `p` matches a text character `c`
only when `fold(c) == p.lower()`, where `fold` lowers after mapping the three characters that
`re` equates with an ASCII letter but `str.lower` does not ('İ' and 'ı' with i, 'ſ' with s);
`tests/test_prefilter.py` checks this over every code point. Folding is character by character, so
a match's folded span is a substring of the folded text and contains the literal. A literal is only
derived from what the pattern must consume: non-ASCII characters, classes with ranges or
categories and optional parts give no literal; a pattern from which no literal follows (or only
one-character ones) is not screened at all. A pattern that ignores case only in parts (`(?i:…)`) is
screened as if it ignored case everywhere, its literals lower-cased and looked for in the folded
text: a character matched exactly (`c == p`, ASCII `p`) also folds to `p.lower()`, so the folded
span still contains the literal.

The literals of every screened pattern are looked for at once: one Aho-Corasick automaton
(ahocorasick-rs) of all of them finds, in one pass over a text, every literal it contains
(overlapping occurrences included), kept for the last texts seen; a pattern is then screened by a
set intersection. Testing each pattern's literals with `in` cost a pass over the text per literal:
a sixth of enrichment's CPU.
"""

from __future__ import annotations

import itertools
import re
import sys
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from ahocorasick_rs import AhoCorasick, Implementation

from veilleur.text.folded import folded_pattern
from veilleur.text.regex_cache import remembered

_SEP = "\0"  # stands for a non-ASCII pattern character in an exact string
_MAX_STRINGS = 64
_MAX_LITERALS = 96
_MIN_LENGTH = 2
# Characters `re.IGNORECASE` equates with an ASCII letter whose `str.lower` is not that letter.
_FOLD_FIRST = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_FOLD_CHARS = tuple(chr(c) for c in _FOLD_FIRST)


@lru_cache(maxsize=32)
def fold(text: str) -> str:
    """The text lower-cased character by character, with 'İ', 'ı' → 'i' and 'ſ' → 's' first."""
    if not text.isascii() and any(c in text for c in _FOLD_CHARS):
        text = text.translate(_FOLD_FIRST)
    return text.lower()


class _Info:
    """What a piece of pattern matches: `exact`, every string it can match (ASCII, lower-cased
    when ignoring case; `_SEP` for one non-ASCII character), when few; `need`, literals one of which
    every match contains, or None when nothing is known."""

    __slots__ = ("exact", "need")

    def __init__(self, exact: frozenset[str] | None = None, need: frozenset[str] | None = None) -> None:
        self.exact = exact
        self.need = need if need is not None or exact is None else _pieces(exact)


def _pieces(exact: frozenset[str]) -> frozenset[str] | None:
    """Necessary literals from exact strings: each one's longest ASCII run (None if one is empty)."""
    out = set()
    for string in exact:
        piece = max(string.split(_SEP), key=len)
        if not piece:
            return None
        out.add(piece)
    return frozenset(out)


_UNKNOWN = _Info()
_EMPTY = _Info(frozenset({""}))


def _quality(need: frozenset[str] | None) -> tuple[int, int]:
    return (min(map(len, need)), -len(need)) if need else (-1, 0)


def _cross(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _MAX_STRINGS:
        return None
    return frozenset(x + y for x in a for y in b)


def _char(code: int, ignore_case: bool) -> str:
    char = chr(code)
    if not char.isascii():
        return _SEP
    return char.lower() if ignore_case else char


def _sequence(items: Any, ignore_case: bool) -> _Info:
    best: frozenset[str] | None = None
    run: frozenset[str] | None = frozenset({""})
    whole: frozenset[str] | None = frozenset({""})

    def keep(need: frozenset[str] | None) -> None:
        nonlocal best
        if need and _quality(need) > _quality(best):
            best = need

    for op, av in items:
        info = _node(op, av, ignore_case)
        if info.exact is not None:
            joined = _cross(run, info.exact) if run is not None else None
            if joined is None:
                keep(_pieces(run) if run is not None else None)
                joined = info.exact
            run = joined
            whole = _cross(whole, info.exact) if whole is not None else None
        else:
            keep(_pieces(run) if run is not None else None)
            keep(info.need)
            run, whole = frozenset({""}), None
    keep(_pieces(run) if run is not None else None)
    if whole is not None:
        return _Info(whole)
    return _Info(None, best)


def _node(op: Any, av: Any, ignore_case: bool) -> _Info:
    name = str(op)
    if name == "LITERAL":
        return _Info(frozenset({_char(av, ignore_case)}))
    if name == "IN":
        if all(str(o) == "LITERAL" for o, _ in av):
            return _Info(frozenset(_char(c, ignore_case) for _, c in av))
        return _UNKNOWN
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _EMPTY  # zero-width: the match's text does not include what they look at
    if name == "SUBPATTERN":
        # Scoped flags: a pattern with `(?i:…)` anywhere is read ignoring case (`_folds`); the
        # others (dot-all, multi-line, ASCII) change no literal.
        _group, _add_flags, _del_flags, sub = av
        return _sequence(sub, ignore_case)
    if name == "ATOMIC_GROUP":
        return _sequence(av, ignore_case)
    if name == "BRANCH":
        infos = [_sequence(alt, ignore_case) for alt in av[1]]
        if all(i.exact is not None for i in infos):
            union = frozenset().union(*(i.exact for i in infos if i.exact is not None))
            if len(union) <= _MAX_STRINGS:
                return _Info(union)
        needs = [i.need for i in infos]
        if any(n is None for n in needs):
            return _UNKNOWN
        return _Info(None, frozenset().union(*(n for n in needs if n is not None)))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        info = _sequence(sub, ignore_case)
        if low == 0:
            if high == 1 and info.exact is not None:
                return _Info(info.exact | {""})
            return _UNKNOWN
        if low == high == 1:
            return info
        return _Info(None, info.need)
    return _UNKNOWN  # any character, categories, negations, group references


def _scoped_ignorecase(items: Any) -> bool:
    """True when some group of the parsed pattern turns IGNORECASE on (`(?i:…)`)."""
    for op, av in items:
        name = str(op)
        if name == "SUBPATTERN" and (av[1] & re.IGNORECASE or _scoped_ignorecase(av[3])):
            return True
        if name == "BRANCH" and any(_scoped_ignorecase(alt) for alt in av[1]):
            return True
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and _scoped_ignorecase(av[2]):
            return True
        if name == "ATOMIC_GROUP" and _scoped_ignorecase(av):
            return True
    return False


def folds(pattern: re.Pattern[str]) -> bool:
    """True when the pattern's literals are lower-cased and looked for in the folded text: it
    ignores case, everywhere or in a part."""
    if pattern.flags & re.IGNORECASE:
        return True
    try:
        return _scoped_ignorecase(_parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    except Exception:  # a pattern this reader does not know: never screened
        return False


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literals (lower-cased when the pattern `folds`) one of which every match contains; None
    when the pattern gives none worth testing."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # a pattern this reader does not know: not screened
        return None
    need = _sequence(parsed, folds(pattern)).need
    if not need or len(need) > _MAX_LITERALS or min(map(len, need)) < _MIN_LENGTH:
        return None
    # A literal containing another one adds nothing: the shorter is found wherever it is.
    return frozenset(a for a in need if not any(b != a and b in a for b in need))


def _reading(pattern: re.Pattern[str]) -> tuple[list[str] | None, bool]:
    """What `Screened` reads from a pattern: its required literals, longest first, or None; whether
    it `folds`. Kept between processes by `regex_cache.remembered` (reading costs a parse)."""
    found = required_literals(pattern)
    return (sorted(found, key=len, reverse=True) if found else None), folds(pattern)


class _Literals:
    """Every screened pattern's literals, each with a number, and the automaton that finds them all
    (built at the first text after a pattern brought new ones); what it found in the last texts.

    Safe across threads (a worker runs jobs on threads, and a module imported by one of them
    registers its patterns while another screens texts): the automaton and the texts it read are
    one pair, replaced whole, so that no text is screened by an automaton reset under it, and no
    answer of an old automaton is kept for the new one."""

    _KEEP = 256  # texts remembered: an article's text, headline, lead and sentences

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self._lock = threading.Lock()
        self._state: tuple[AhoCorasick, dict[str, frozenset[int]]] | None = None

    def register(self, literals: tuple[str, ...]) -> frozenset[int]:
        with self._lock:
            new = [literal for literal in dict.fromkeys(literals) if literal not in self.numbers]
            if new:
                numbers = dict(self.numbers)  # a new dict: an automaton being built reads the old
                for literal in new:
                    numbers[literal] = len(numbers)
                self.numbers = numbers
                self._state = None
            return frozenset(self.numbers[literal] for literal in literals)

    def present(self, text: str) -> frozenset[int]:
        """The numbers of the literals that occur in the text."""
        state = self._state
        if state is None:
            with self._lock:
                if self._state is None:
                    automaton = AhoCorasick(self.numbers, implementation=Implementation.DFA)
                    self._state = (automaton, {})
                state = self._state
        automaton, seen = state
        found = seen.get(text)
        if found is None:
            matches = automaton.find_matches_as_indexes(text, overlapping=True)
            found = frozenset(n for n, _, _ in matches)
            if len(seen) >= self._KEEP:
                seen.clear()
            seen[text] = found
        return found


# Literals of case-insensitive patterns, looked for in folded texts; of the others, in texts as written.
_FOLDED = _Literals()
_CASE_SENSITIVE = _Literals()


class Screened:
    """A compiled pattern and its required literals: `search`, `findall`, `finditer` and `sub` give
    the pattern's own results, skipping it when the text cannot match (see the module)."""

    __slots__ = ("__weakref__", "_fold", "_folded", "_numbers", "_registry", "literals", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        literals, ignore_case = remembered(
            "screen", f"{pattern.flags}:{pattern.pattern}", lambda: _reading(pattern)
        )
        self.literals = tuple(literals) if literals else None
        self._fold: Callable[[str], str] = fold if ignore_case else str
        self._registry = _FOLDED if ignore_case else _CASE_SENSITIVE
        self._numbers = self._registry.register(self.literals) if self.literals else frozenset()
        self._folded: re.Pattern[str] | bool | None = False  # False: not rewritten yet (`count`)
        _MADE.add(self)

    def possible(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in the text."""
        if self.literals is None:
            return True
        return not self._numbers.isdisjoint(self._registry.present(self._fold(text)))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text) else None

    def first(self, text: str) -> int:
        """Where the first match starts (`search(text).start()`), -1 when there is none: read like
        `count`."""
        if not self.possible(text):
            return -1
        pattern, subject = self._folded_or_own(text)
        match = pattern.search(subject)
        return match.start() if match else -1

    def _folded_or_own(self, text: str) -> tuple[re.Pattern[str], str]:
        """The rewriting for the folded text and that text when there is one, else the pattern and
        the text as written."""
        if self._folded is False:
            self._folded = folded_pattern(self.pattern)
        if isinstance(self._folded, re.Pattern):
            return self._folded, fold(text)
        return self.pattern, text

    def count(self, text: str, limit: int | None = None) -> int:
        """`len(self.findall(text))`, at most `limit`: read with the case-sensitive rewriting of the
        pattern on the folded text when there is one (`veilleur.text.folded`: the same spans), and
        stopped at the `limit`-th match."""
        if not self.possible(text):
            return 0
        pattern, subject = self._folded_or_own(text)
        if limit is None:
            return len(pattern.findall(subject))
        return sum(1 for _ in itertools.islice(pattern.finditer(subject), limit))

    def findall(self, text: str) -> list[Any]:
        return self.pattern.findall(text) if self.possible(text) else []

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        # A match between pos and endpos is a part of the text: screening the whole text is sound.
        return self.pattern.finditer(text, pos, endpos) if self.possible(text) else iter(())

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.possible(text) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text) if self.possible(text) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if self.possible(text) else text


_MADE: weakref.WeakSet[Screened] = weakref.WeakSet()
_COUNTED: weakref.WeakSet[Screened] = weakref.WeakSet()


def counted(screens: Iterable[Screened]) -> None:
    """Marks patterns read with `count` or `first`: `prepare` builds their folded rewritings. (A
    pattern read so but not marked is rewritten at its first use, by each worker for itself.)"""
    _COUNTED.update(screens)


def prepare() -> None:
    """Builds now what screening builds at its first use: the literals' automata and the folded
    rewritings of the patterns marked `counted` (the others never use one: rewriting all 154
    doubled the cost, 0.08 s against 0.04 s). A process that forks workers calls it first (through
    `veilleur.enrich.warm_up`): they share what it built instead of each building its own."""
    for registry in (_FOLDED, _CASE_SENSITIVE):
        registry.present("")
    for screen in list(_COUNTED):
        screen._folded_or_own("")


def screened(pattern: str, flags: int = 0) -> Screened:
    """`Screened(re.compile(pattern, flags))`."""
    return Screened(re.compile(pattern, flags))
