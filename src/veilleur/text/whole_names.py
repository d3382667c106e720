"""Where a name stands whole in a text: not inside a longer word nor a hyphenated name ("Zork" is
not in "Zork5" nor "Zork-like"), case minded.

The spans are those of `re.finditer(rf"(?<![\\w-]){re.escape(name)}(?![\\w-])", text)`, found by
plain string search and a look at the character on each side. A pattern that opens on a
look-behind gets no literal prefix scan from the regex engine, which then tries the look-behind at
every character: on a 290 kB page that was some 20 times slower than the search, and the threats'
rules ask it for each name they read (up to 200 names on a page that lists thousands).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NAME_CHAR = re.compile(r"[\w-]")


def name_spans(text: str, name: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each whole occurrence of `name` in `text` from `start`, in order and not
    overlapping (as `re.finditer` gives them). Before `start` the text is not read: a name right
    after it stands whole, as in `text[start:]`."""
    if not name:
        # (every place with no name character on either side: the pattern's own answer)
        for match in re.finditer(r"(?<![\w-])(?![\w-])", text[start:]):
            yield match.start() + start, match.end() + start
        return
    at = text.find(name, start)
    while at >= 0:
        end = at + len(name)
        if (at == start or not _NAME_CHAR.match(text, at - 1)) and not _NAME_CHAR.match(text, end):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def name_before(text: str, name: str, after: re.Pattern[str]) -> tuple[int, int] | None:
    """(start, end) of the first place where `name` opens on no name character and `after` matches
    right after it, the end being `after`'s: the match of `re.search(rf"(?<![\\w-]){re.escape(name)}"
    + after.pattern, text)` with `after`'s flags. Places may overlap, as that search's may."""
    at = text.find(name) if name else -1
    while at >= 0:
        if at == 0 or not _NAME_CHAR.match(text, at - 1):
            found = after.match(text, at + len(name))
            if found is not None:
                return at, found.end()
        at = text.find(name, at + 1)
    if not name:
        found_empty = re.search(r"(?<![\w-])" + after.pattern, text, after.flags)
        return found_empty.span() if found_empty else None
    return None


def has_name(text: str, name: str, start: int = 0) -> bool:
    """Whether `name` stands whole in `text` from `start` (see `name_spans`)."""
    return next(name_spans(text, name, start), None) is not None


def occurrences(text: str, name: str) -> Iterator[int]:
    """Where `name` starts in `text`, as written (case minded), every place in order, overlapping
    ones too: the places a pattern `re.escape(name) + context` tries, so that the context, a pattern
    compiled once, is matched there (`context.match(text, at + len(name))`) instead of compiling
    one pattern per name."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)
