"""Words folded for comparison across outlets and languages: case, accents and a French elided
article removed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c)['’]", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # an article's words repeat, and so do the day's
def fold(word: str) -> str:
    """Case, accents and a French elided article removed: "l'Hôpital" → "hopital"."""
    decomposed = unicodedata.normalize("NFKD", _ELISION.sub("", word.strip()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
