"""A place written where a threat's name would stand: the place a group is tied to ("Russia-linked",
"China-nexus", "pro-Russia"), before the group's kind or a family's name. Headlines and their one-line
leads write "Russia-linked APT Laundry Bear…", "A new Russia-linked APT group, tracked as Laundry Bear",
"Russia-affiliated CheckMate ransomware": the tie is no name, nor part of one."""

from __future__ import annotations

import re

from veilleur.enrich.geo import is_place

_TIED_TO_PLACE = re.compile(
    r"(?i:pro-)?(.+?)-(?:linked|backed|based|sponsored|aligned|affiliated|nexus|tied)"
)


def tied_to_place(word: str) -> bool:
    """Whether `word` says which place a threat is tied to ("Iran-backed"), or is that place."""
    tied = _TIED_TO_PLACE.fullmatch(word)
    return is_place(tied.group(1) if tied else word)
