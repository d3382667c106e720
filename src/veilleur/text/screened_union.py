"""A long alternation read branch by branch, only the branches the text can match.

`prefix(?:b1|b2|…|bn)` over a whole page tries every branch at every place the prefix allows, and
most branches cannot match the page at all: each needs words it lacks ("claimed", "calling",
"groupe"…). `ScreenedUnion(prefix, branches)` screens each branch `prefix(?:bi)` by its required
literals (`prefilter.Screened`: one automaton pass, shared with every screened pattern, says which
are absent) and runs only the others, merging their matches as the alternation would.

Why the matches are the alternation's: its leftmost match starts where the first of its branches'
matches starts (no branch matches before), and at that place the branches are tried in order, so
the lowest-numbered branch matching there gives the match, the one it gives alone (nothing follows
the alternation: a branch's own backtracking ends where it would end inside it). A branch that
cannot match anywhere in the text matches at no place, so leaving it out changes nothing. After a
match the next is searched from its end, as `re.finditer` does (`search(text, pos)` sees the text
before `pos`, as the scan does). The match objects are the branches': the same span and the same
captured strings (in the alternation, the groups of the branches not taken are unset), numbered
from 1 within the branch. tests/test_screened_union.py checks them against the single pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from veilleur.text.prefilter import Screened


def branches(alternation: str) -> list[str]:
    """The top-level alternatives of a pattern's source ("a|(?:b|c)d|[|]" → "a", "(?:b|c)d", "[|]"):
    split at each `|` outside groups and character classes, escapes read as one character. Each
    alternative is compiled by `ScreenedUnion`: a wrong split would leave one unbalanced."""
    out: list[str] = []
    depth, start, at, opened = 0, 0, 0, -1  # `opened`: where the class being read begins, or -1
    while at < len(alternation):
        char = alternation[at]
        if char == "\\":
            at += 2
            continue
        if opened >= 0:
            # ("[]…]", "[^]…]": a bracket first in the class is one of its characters, not its end)
            if char == "]" and at > opened + (2 if alternation[opened + 1 : opened + 2] == "^" else 1):
                opened = -1
        elif char == "[":
            opened = at
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            out.append(alternation[start:at])
            start = at + 1
        at += 1
    if depth or opened >= 0:
        raise ValueError(f"not an alternation this reader can split: {alternation[:60]!r}")
    return [*out, alternation[start:]]


class ScreenedUnion:
    """`prefix(?:b1|…|bn)` read as its screened branches; `pattern` is the single pattern."""

    __slots__ = ("branches", "pattern")

    def __init__(self, prefix: str, branches: Sequence[str], flags: int = 0) -> None:
        self.pattern = re.compile(f"{prefix}(?:{'|'.join(branches)})", flags)
        self.branches = tuple(Screened(re.compile(f"{prefix}(?:{b})", flags)) for b in branches)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The single pattern's successive matches (as the branches' match objects)."""
        live = [branch.pattern for branch in self.branches if branch.possible(text)]
        # The next match of each live branch at or after `pos` (None: it has no more).
        ahead: list[re.Match[str] | None] = [p.search(text) for p in live]
        while True:
            best: re.Match[str] | None = None
            for match in ahead:  # (in branch order: on a tie the earlier branch wins)
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            if best.end() == best.start():
                # An empty match: `finditer`'s rule for the next search differs; read it whole.
                yield from self.pattern.finditer(text, best.start())
                return
            yield best
            pos = best.end()
            ahead = [
                m if m is None or m.start() >= pos else live[i].search(text, pos) for i, m in enumerate(ahead)
            ]
