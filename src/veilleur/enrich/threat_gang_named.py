"""Whether a text names a threat as a ransom or extortion gang: "a new ransomware group called Dire
Wolf", "X ransomware", "le groupe de rançongiciel X", "ransomware gangs such as Play and X".

The question was one regular expression per name, the words around the name and the name in one
pattern (`\\b(?:ransomware|ransom|extortion)\\s…{name}\\b|\\b{name}…\\s(?:ransomware|locker)\\b|…`):
compiling it cost 4 ms a name, a sixth of `find_threats` on the blog pages, where most names are
new. Here the words around a name are patterns compiled once: the places where a gang's name may
start are read once per text, and each name is looked for, case-insensitively as before, and its
places compared with them. The answers are those of the one pattern (tests/test_threat_gang_named.py
compares them): each part of it is read where that part must stand.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

# "ransomware group called X", "extortion crew: X", "ransom gang behind the X": a gang's word, then
# non-word characters, then at most two words before the name.
_GANG_KEYWORD = re.compile(r"\b(?:ransomware|ransom|extortion)\s", re.I)
_GANG_WORD = re.compile(r"(?:group|gang|crew|operation|operators?|brand)(?=\W)", re.I)
# "le groupe de rançongiciel X", "die Ransomware-Gruppe X", "de ransomwaregroep X": at most one word between.
_GANG_WORD_OTHER = re.compile(
    r"\b(?:(?:groupe|gang|collectif)\sde\s(?:rançongiciel|ransomware)|rançongiciel|ransomware-gruppe|"
    r"ransomwaregroep|ransomwarebende)\s",
    re.I,
)
# "ransomware gangs such as Play, Black Basta and X": every brand of the list, within 200 characters
# of the same clause.
_GANGS_LISTED = re.compile(
    r"\b(?:ransomware|extortion)\s(?:groups|gangs|crews|operations|brands)\s(?:such as|including|like|namely)\s",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;:\n]")
_LISTED_CHARS = 200
# "X ransomware", "X's locker": the kind right after the name.
_KIND_AFTER = re.compile(r"(?:['’]s)?\s(?:ransomware|locker)\b", re.I)
_WORD = re.compile(r"\w+\s")
_NON_WORD = re.compile(r"\W+")
_BOUNDARY = re.compile(r"\b")


class _Places(NamedTuple):
    """Where a gang's name may start in a text: after a gang's word (`starts`), or within a list
    of gangs (`lists`: their starts, in order, and the furthest end reached by any list so far)."""

    starts: frozenset[int]
    list_starts: tuple[int, ...]
    list_reach: tuple[int, ...]


def _matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, also one starting inside another (each start is tried, as a search tries it)."""
    found = []
    match = pattern.search(text)
    while match is not None:
        found.append(match)
        match = pattern.search(text, match.start() + 1)
    return found


def _words_after(text: str, at: int, most: int) -> list[int]:
    """`at`, and where each of the next `most` words followed by a space ends (`(?:\\w+\\s){0,most}`)."""
    ends = [at]
    for _ in range(most):
        word = _WORD.match(text, ends[-1])
        if word is None:
            break
        ends.append(word.end())
    return ends


@lru_cache(maxsize=8)  # asked for each actor of the page: read once per text
def _places(text: str) -> _Places:
    starts: set[int] = set()
    for keyword in _matches(_GANG_KEYWORD, text):
        # `(?:\w+\s)?` before the gang's word: with or without one word
        for at in _words_after(text, keyword.end(), 1):
            gang = _GANG_WORD.match(text, at)
            if gang is None:
                continue
            run = _NON_WORD.match(text, gang.end())
            assert run is not None  # (the gang's word is followed by a non-word character)
            # the name right after any part of the run of non-word characters (`\W+`), or after
            # the whole run and one or two words
            starts.update(range(gang.end() + 1, run.end()))
            starts.update(_words_after(text, run.end(), 2))
    for gang in _matches(_GANG_WORD_OTHER, text):
        starts.update(_words_after(text, gang.end(), 1))
    list_starts: list[int] = []
    list_reach: list[int] = []
    for listed in _matches(_GANGS_LISTED, text):
        stop = _CLAUSE_END.search(text, listed.end())
        reach = min(listed.end() + _LISTED_CHARS, stop.start() if stop else len(text))
        list_starts.append(listed.end())
        list_reach.append(max(reach, list_reach[-1] if list_reach else -1))
    return _Places(frozenset(starts), tuple(list_starts), tuple(list_reach))


@lru_cache(maxsize=1024)  # one small pattern per name: the name alone, case-insensitively
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name), re.I)


def _in_list(places: _Places, start: int) -> bool:
    """Whether a list of gangs that began at or before `start` reaches it."""
    index = bisect.bisect_right(places.list_starts, start)
    return index > 0 and places.list_reach[index - 1] >= start


def named_as_gang(name: str, text: str) -> bool:
    """Whether the text calls `name` a ransom or extortion gang, or writes it before "ransomware"."""
    places = _places(text)
    pattern = _name_pattern(name)
    found = pattern.search(text)
    while found is not None:
        start, end = found.span()
        opens = _BOUNDARY.match(text, start) is not None
        if opens and _KIND_AFTER.match(text, end):
            return True
        if _BOUNDARY.match(text, end) and (start in places.starts or (opens and _in_list(places, start))):
            return True
        found = pattern.search(text, start + 1)
    return False
