"""A case-insensitive lexicon pattern with a few words that must keep their case, read as one.

A lexicon's words are matched ignoring case, and such a pattern runs fast: screened by its literals,
then rewritten for the folded text (`veilleur.text.folded`). A word whose case is its meaning — "AI"
(not "ai"), "IT" before a firm's noun (not the pronoun "it") — once sat inside the big pattern as
`(?-i:AI)`; a scoped flag stops the rewriting, and the whole pattern took the slow path for every
text. `CasedUnion(big, cased)` keeps those words in a small case-sensitive pattern of their own and
answers as `big|cased` would, the cased words being the last alternative.

Why the answers are the pattern's: a regular expression's leftmost match starts where the first of
its alternatives' matches starts, and at that start the alternatives are tried in order, so the big
pattern's match there wins over the cased one (`_merged`); after a match the next is searched from
its end, as `re.finditer` does. Spans found on the folded text are the text's own (one character for
one), so `count` and `first` read the big pattern's rewriting. tests/test_cased_union.py checks every
method against the single pattern on varied texts.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator

from veilleur.text.prefilter import Screened


class CasedUnion:
    """`big|cased` for a screened case-insensitive `big` and a screened case-sensitive `cased`
    (which matches no empty string)."""

    __slots__ = ("big", "cased")

    def __init__(self, big: Screened, cased: Screened) -> None:
        self.big = big
        self.cased = cased

    def parts(self) -> tuple[Screened, Screened]:
        return self.big, self.cased

    def _merged(self, text: str, pos: int, endpos: int, fast: bool) -> Iterator[re.Match[str]]:
        """The union's successive matches; `fast` reads the big pattern's rewriting on the folded
        text (the same spans; its matches' groups are then the folded text's)."""
        big, subject = self.big._folded_or_own(text) if fast else (self.big.pattern, text)
        big_on, cased_on = self.big.possible(text), self.cased.possible(text)
        while pos <= min(endpos, len(text)):
            one = big.search(subject, pos, endpos) if big_on else None
            two = self.cased.pattern.search(text, pos, endpos) if cased_on else None
            found = one if two is None or (one is not None and one.start() <= two.start()) else two
            if found is None:
                return
            yield found
            pos = found.end()

    def first(self, text: str) -> int:
        one, two = self.big.first(text), (found.start() if (found := self.cased.search(text)) else -1)
        return min(one, two) if one >= 0 and two >= 0 else max(one, two)

    def count(self, text: str, limit: int | None = None) -> int:
        if self.cased.search(text) is None:  # most texts: the big pattern's own fast count
            return self.big.count(text, limit)
        total = 0
        for _ in self._merged(text, 0, sys.maxsize, fast=True):
            total += 1
            if limit is not None and total >= limit:
                break
        return total

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        yield from self._merged(text, pos, endpos, fast=False)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def findall(self, text: str) -> list[str]:
        return [found.group(0) for found in self.finditer(text)]

    def match(self, text: str) -> re.Match[str] | None:
        return self.big.match(text) or self.cased.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.big.fullmatch(text) or self.cased.fullmatch(text)


def screens(patterns: Iterable[Screened | CasedUnion]) -> list[Screened]:
    """The screened patterns of `patterns`, both parts of a union (what `counted` marks)."""
    return [
        part
        for pattern in patterns
        for part in (pattern.parts() if isinstance(pattern, CasedUnion) else (pattern,))
    ]
