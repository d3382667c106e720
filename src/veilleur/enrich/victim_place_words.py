"""Words of peoples, regions and parts of places (`nationality`, `REGION`, `REGION_KIND`,
`part_of_place`): where attacks happen and who lives there, never an organisation. Split from
`victim_words` (the context's word classes)."""

from __future__ import annotations

import re

# A people's everyday short names, which no suffix rule derives from its place ("Aussie cops", "a Brit
# school", "les Brits"): a demonym, never a victim.
_SHORT_DEMONYMS = frozenset("brit aussie kiwi yank yankee canuck pom".split())


def nationality(key: str, places: dict[str, str]) -> bool:
    """ "Bangladeshi", "Pakistani", "Iranian", "Aussie": the people of a place the gazetteer knows."""
    if " " in key:
        return False
    if key in _SHORT_DEMONYMS or (key.endswith("s") and key[:-1] in _SHORT_DEMONYMS):
        return True
    if key.endswith("s") and len(key) > 5 and nationality(key[:-1], places):  # "Russians", "Israelis"
        return True
    if len(key) > 4 and key + "s" in places:  # "Philippine" (subsidiary)
        return True
    for suffix, add in (
        ("i", ""),
        ("n", ""),
        ("ian", ""),
        ("an", ""),
        ("ese", ""),
        ("ese", "a"),
        ("ian", "ia"),
    ):
        if key.endswith(suffix) and len(key) > len(suffix) + 3 and key[: -len(suffix)] + add in places:
            return True
    return False


# A region of the world and its people ("Southeast Asia", "Latin America", "East Asian", "Afrique de
# l'Ouest", "Zuidoost-Azië", "Südostasien"): where attacks happen, never an organisation. (Folded.)
REGION = re.compile(
    r"(?:(?:north|south|east|west|central|eastern|western|northern|southern|south-?east|north-?east|"
    r"south-?west|north-?west|sub-saharan|latin)\s)?"
    r"(?:asia|america|europe|africa|middle east|pacific|asia-pacific|caribbean|oceania|balkans|baltics?|nordics?|"
    r"scandinavia|levant|apac|emea|latam)(?:ns?|an)?"
    r"|(?:afrique|amérique|asie|europe)(?: du (?:nord|sud)| de l['’](?:ouest|est)| centrale| latine)?"
    r"|(?:noord|zuid|oost|west|zuidoost)-?(?:azië|amerika|europa|afrika)|(?:nord|süd|ost|west|südost)(?:asien|amerika|europa|afrika)"
)
# A compass part of a place ("North West England", "Southern Italy"): where things happen, no
# organisation ("West Midlands Police" is more than the part: a name).
_COMPASS_PART = re.compile(r"(?:north|south|east|west)(?:[\s-]?(?:east|west)|ern)?\s|central\s")


def part_of_place(key: str, places: dict[str, str]) -> bool:
    """Whether the folded `key` is a compass part of a place the gazetteer `places` knows."""
    match = _COMPASS_PART.match(key)
    return match is not None and key[match.end() :] in places


# What follows a region in a name that is still the region ("Asia-Pacific region", "Middle East
# Telecoms": its organisations of a kind, unnamed).
REGION_KIND = re.compile(
    r"\s(?:regions?|area|governments?|telecoms?|telcos|banks|organi[sz]ations|companies|firms|entities|"
    r"countries|states|nations|ministries|militar(?:y|ies))$"
)
