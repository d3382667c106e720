"""A place written where a threat's name would stand: the place a group is tied to ("Russia-linked",
"China-nexus", "pro-Russia"), before the group's kind or a family's name. Headlines and their one-line
leads write "Russia-linked APT Laundry Bear…", "A new Russia-linked APT group, tracked as Laundry Bear",
"Russia-affiliated CheckMate ransomware": the tie is no name, nor part of one."""

from __future__ import annotations

import re

from veilleur.enrich.geo import is_place
from veilleur.enrich.threat_words import ATTACKER

_TIED_TO_PLACE = re.compile(
    r"(?i:pro-)?(.+?)-(?:linked|backed|based|sponsored|aligned|affiliated|nexus|tied)"
)


def tied_to_place(word: str) -> bool:
    """Whether `word` says which place a threat is tied to ("Iran-backed"), or is that place."""
    tied = _TIED_TO_PLACE.fullmatch(word)
    return is_place(tied.group(1) if tied else word)


def names_no_group(match: re.Match[str]) -> bool:
    """An unknown actor's match that names no group: a place or nationality ("Chinese hacking
    group"), the place a group is tied to or the kind itself. "A new Russia-linked APT group, tracked
    as Laundry Bear", "An APT group tracked as Polonium": read as groups named "Russia-linked" and
    "APT", the vendor's name after them was taken for their alias, and dropped."""
    name = next(g for g in match.groups() if g)
    if _DETERMINER.fullmatch(name):
        return True
    return tied_to_place(name) or re.fullmatch(ATTACKER, name) is not None


# A sentence's article or pronoun before the kind ("The hackers, tracked as X", "The group, which
# Microsoft tracks as X"): a description of a group, no name, so the vendor's name after it is the
# group's own and no alias of a group called "The" (`threat_context` folds a subject's aliases into
# a threat named earlier).
_DETERMINER = re.compile(r"The|This|That|These|Those|Its|Their|Our|Such|Each|Both|Another|Other|Same")
