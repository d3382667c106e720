"""Words that describe an event's setting rather than name it: places (countries, regions and their
adjectives, in English, French, Dutch and German) and sectors ("aerospace", "hospital", "bank").

An attack on a named victim and a report on its sector or region share such words ("Collins
Aerospace … European airports" / "attackers targeting European aerospace sector"): they back no
join on their own. The lists are the project's own: babel's CLDR territory names (countries and
regions such as "Europe", "Afrique"), the place names enrichment reads (`enrich.geo.EXTRA`) and the
sectors' vocabularies of victim recognition (`enrich.victim_sectors.SECTORS`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.cluster.features import fold

LANGUAGES = ("en", "fr", "nl", "de")
# A place's adjective is its name and one of these ("russian", "europeans", "européennes",
# "europäische", "europees").
_ADJECTIVE = ("n", "an", "ns", "ans", "en", "ens", "enne", "ennes", "isch", "ische", "es")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from veilleur.enrich.geo import EXTRA
    from veilleur.text.countries import territories

    names = [name for language in LANGUAGES for name in territories(language).values()] + list(EXTRA)
    return frozenset(fold(w) for name in names for w in re.split(r"[\s'’()-]+", name) if len(w) > 2)


@lru_cache(maxsize=1)
def _sector() -> re.Pattern[str]:
    from veilleur.enrich.victim_sectors import SECTORS

    return re.compile("|".join(f"(?:{pattern})" for pattern in SECTORS.values()), re.IGNORECASE)


@lru_cache(maxsize=4096)
def descriptor(word: str) -> bool:
    """Whether a folded word is a place ("europe", "european", "belgique") or a sector's word
    ("aerospace", "hospital"), in English, French, Dutch or German."""
    places = _places()
    if word in places or any(word.removesuffix(end) in places for end in _ADJECTIVE if word.endswith(end)):
        return True
    return _sector().fullmatch(word) is not None
