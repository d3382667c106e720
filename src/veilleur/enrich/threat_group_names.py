"""A threat group's name of two capitalised words next to a group's word: "the Black Blasta gang",
"Dark Pink APT", "le groupe Black Blasta", "de groep Black Blasta" — the two words kept only when
both are the name's (not "the North Korean Lazarus group", not a Title Case headline's next word)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from veilleur.enrich.geo import _gazetteer
from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_context import plain_word
from veilleur.enrich.threat_words import ATTACKER, COMMON, GENERIC_ADJECTIVES, NEVER, title_line

# What may stand before a group's name of two words: an article, or the start of a line or sentence.
_BEFORE_NAME = re.compile(r"(?:^|[\n.!?:]\s*|\b(?:[Tt]he|[Aa]n?)\s)$")


def group_name(text: str, match: re.Match[str], name: str) -> tuple[str, bool]:
    """A group's name of two capitalised words next to a group's word, whole when both are the
    name's ("the Black Blasta gang", "le groupe Black Blasta", True), else its one word: the word
    next to the group's ("the North Korean Lazarus group" is Lazarus; "Ransomware Gang Akira Claims"
    in a Title Case headline is Akira)."""
    first, second = name.split()
    after = match.group(3) is not None  # the group's word before the name
    if after:
        whole = not (title_line(text, match.start()) and plain_word(second, english_words()))
        whole = whole and not _people_or_place(second) and not _kind_word(second)
        return (name, True) if whole and not _people_or_place(first) else (first, False)
    start = match.start(2)
    whole = (
        _BEFORE_NAME.search(text, max(0, start - 6), start) is not None
        and not _kind_word(second)  # "the Rhysida Ransomware gang": the kind, not the name's
        and not _people_or_place(first)
        and first.casefold() not in GENERIC_ADJECTIVES
        and not plain_word(first, frozenset())  # a function word: "This", "Their"
    )
    return (name, True) if whole else (second, False)


def _people_or_place(token: str) -> bool:
    """A place or its people ("Iran", "Russian", "Chinese", "North"): where a group comes from."""
    key = token.casefold()
    places = _gazetteer()[0]
    if _a_place(key, places) or key in _COMPASS:
        return True
    return any(
        key.endswith(end) and _a_place(key[: len(key) - len(end)] + add, places)
        for end, add in _PEOPLE_ENDINGS
        if len(key) > len(end) + 2
    )


def _a_place(key: str, places: Mapping[str, object]) -> bool:
    """A place, or the name a compass point opens ("Korea" of "North Korea", "Korean" of "North
    Korean"): "N. Korean Kimsuky APT" names Kimsuky."""
    return key in places or any(f"{point} {key}" in places for point in ("north", "south"))


# "Iranian", "Syrian", "Chinese", "Bangladeshi", "Korean": a place's people
_PEOPLE_ENDINGS = (
    ("ian", ""),
    ("ian", "ia"),
    ("an", ""),
    ("an", "a"),
    ("ese", ""),
    ("ese", "a"),
    ("i", ""),
    ("n", ""),
)
_COMPASS = frozenset("north south east west northern southern eastern western central".split())


def _kind_word(token: str) -> bool:
    """A word of the kind or a common word, not a name's: "Ransomware", "Hacking", "State"."""
    key = token.casefold()
    return key in NEVER or key in COMMON or re.fullmatch(ATTACKER, token, re.I) is not None
