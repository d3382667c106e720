"""Affected versions said in French. Recognition keeps the phrase as the page writes it ("1.2.22 and
below", "versions 5.1 to 5.12", "releases prior to 7.4.3"): the briefing said "Versions touchées :
1.2.22 and below." The bound stays as written; only the words around it are French."""

from __future__ import annotations

import re

_RANGE = re.compile(
    r"(?:versions?|releases?|versies|versionen)\s(?:from\s|de\s|van\s|von\s)?(?P<a>v?\d\S*)\s"
    r"(?:to|through|à|tot|t/m|bis|-|–)\s(?P<b>v?\d\S*)",
    re.I,
)
_BEFORE = re.compile(
    r"(?:versions?|releases?)\s(?:prior to|before|earlier than|older than|antérieures? à|avant|vóór|vor)\s"
    r"(?P<v>.+)",
    re.I,
)
_UP_TO = re.compile(r"(?:versions?|releases?)\s(?:up to|through)\s(?P<v>.+)", re.I)
_AND_EARLIER = re.compile(
    r"(?P<v>.+?)\s(?:and (?:earlier|prior|older|below)|et antérieures?|en ouder|und älter)", re.I
)


def french_versions(value: str) -> str:
    """ "1.2.22 and below" → "1.2.22 et antérieures", "versions 5.1 to 5.12" → "5.1 à 5.12",
    "versions prior to 7.4.3" → "antérieures à 7.4.3", "versions up to 2.4" → "jusqu'à 2.4"; a value
    in none of these shapes is kept."""
    text = value.strip()
    if m := _RANGE.fullmatch(text):
        return f"{m['a']} à {m['b']}"
    if m := _BEFORE.fullmatch(text):
        return f"antérieures à {m['v']}"
    if m := _UP_TO.fullmatch(text):
        return f"jusqu'à {m['v']}"
    if m := _AND_EARLIER.fullmatch(text):
        return f"{m['v']} et antérieures"
    return text
