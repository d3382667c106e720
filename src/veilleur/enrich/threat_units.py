"""A military intelligence unit named by its number as the one at work: "GRU Unit 29155 targeted critical
infrastructure", "Unit 29155 of Russia's GRU", "the (GRU) Unit 29155". The unit is a group behind
attacks (guide §6), named as the text writes it, without the agency ("Unit 29155"). A unit the text
gives as the one a named group belongs to ("Sandworm, which works for GRU Unit 74455") is that group's
description, not a second group. Read by `new_threats`."""

from __future__ import annotations

import re
from functools import lru_cache

_UNIT = r"((?-i:Unit)\s\d{5})\b"
# What owns a unit: a military intelligence service, in its own words or its initials.
_SERVICE = r"(?:GRU|military\sintelligence(?:\sagency|\sservice|\sdirectorate)?|Main\s(?:Intelligence\s)?Directorate)"


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern[str], ...]:
    """Compiled at first use, not at import."""
    return (
        # "GRU Unit 29155", "the GRU's Unit 29155", "(GRU) Unit 29155", "GRU Military Unit 26165"
        re.compile(rf"\b(?:GRU|GRU['’]s|\(GRU\))\s(?:(?i:military)\s)?{_UNIT}"),
        # "Unit 29155 of Russia's GRU", "Unit 29155 of the Russian military intelligence agency"
        re.compile(
            rf"\b{_UNIT}\s(?:of|within|in)\s(?:the\s|Russia['’]s\s)?(?:[\w-]+\s){{0,2}}?{_SERVICE}", re.I
        ),
    )


# A group said to belong to the unit just before it: "Sandworm, a group that works for the … Unit".
_BELONGS = re.compile(
    r"\b(?:works?|working|operates?|operating)\sfor|\bpart\sof|\b(?:belongs?|linked|tied|"
    r"attributed|associated)\sto|\b(?:aka|also\sknown\sas|tracked\sas)\b",
    re.I,
)


def military_units(text: str) -> list[str]:
    """Numbered units the text names at work, in order, each once ("Unit 29155")."""
    if "Unit " not in text:
        return []
    found = []
    for shape in _shapes():
        for match in shape.finditer(text):
            sentence = re.split(r"[.!?]\s|\n", text[max(0, match.start() - 120) : match.start()])[-1]
            if not _BELONGS.search(sentence):
                found.append(match.group(1))
    return list(dict.fromkeys(found))
