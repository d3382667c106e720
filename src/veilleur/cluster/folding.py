"""Words folded for comparison across outlets and languages: case, accents and a French elided
article removed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# (a word mixing Latin letters with Cyrillic or Greek look-alikes is read as its Latin twin)
from veilleur.text.lookalikes import latin_twin as _latin_twin

_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c)['’]", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1 << 16)  # an article's words repeat, and so do the day's
def fold(word: str) -> str:
    """Case, accents and a French elided article removed: "l'Hôpital" → "hopital"; a word mixing
    Latin letters with Cyrillic or Greek look-alikes read as its Latin twin (`text.lookalikes`)."""
    if not word.isascii():
        word = _LETTERS.sub(_latin_twin, word)
    decomposed = unicodedata.normalize("NFKD", _ELISION.sub("", word.strip()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+")


def name_forms(word: str) -> list[str]:
    """The forms a folded word of a name takes across outlets: without its possessive or its
    abbreviation's full stop ("acme's", "acme’s", "corp." → "acme", "corp"), and a domain,
    defanged or not, also as its name ("polyfill[.]io" → "polyfill.io" and "polyfill"; "www." is
    no name: every site has it)."""
    word = _POSSESSIVE.sub("", word.replace("[.]", ".").rstrip(".:;!?")).rstrip(".")
    if _DOMAIN.fullmatch(word):
        return [word, word.removeprefix("www.").split(".")[0]]
    return [word] if word else []
