"""Country names from babel's CLDR data, for every stage: recognition reads them in the
articles' languages, the briefings, STIX and MISP exports write them. The one place babel's
territories are read; each language's table is read once per process."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale


@lru_cache(maxsize=8)
def territories(language: str) -> dict[str, str]:
    """CLDR territory code → its name in `language` ("fr": "BE" → "Belgique"); regions ("150",
    "EU") included, as babel gives them."""
    return dict(Locale(language).territories)


def country_name(code: str, language: str = "fr") -> str:
    """The name in `language` of an ISO 3166-1 alpha-2 code, any case ("be" → "Belgique");
    an unknown code is returned as it was given."""
    return territories(language).get(code.upper(), code)
