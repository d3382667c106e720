"""Words folded for comparison across outlets and languages: case, accents and a French elided
article removed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c)['’]", re.IGNORECASE)


# Cyrillic and Greek letters drawn like Latin ones. A word that mixes them with Latin letters
# ("Nоrthbank" with a Cyrillic "о") is written to look like its Latin twin, by mistake (a keyboard
# switched mid-word) or to dodge filters: read as that twin, two reports of one victim, one of
# them so written, keep their shared victim; with its look-alike the name read as another victim
# and vetoed the join. A word wholly in another script ("Больница") is that script's own word.
_TWINS = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеѕіјорсухһԁԛԝӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιν",
    "ABESIJKMHOPCTXYaesijopcyxhdqwlABEZHIKMNOPTYXoiv",
)
_LOOKALIKE = re.compile(f"[{''.join(chr(c) for c in _TWINS)}]")
_LETTERS = re.compile(r"[^\W\d_]+")


def _latin_twin(found: re.Match[str]) -> str:
    word = found.group()
    if _LOOKALIKE.search(word) and re.search("[A-Za-z]", word):
        return word.translate(_TWINS)
    return word


@lru_cache(maxsize=1 << 16)  # an article's words repeat, and so do the day's
def fold(word: str) -> str:
    """Case, accents and a French elided article removed: "l'Hôpital" → "hopital"; a word mixing
    Latin letters with Cyrillic or Greek look-alikes read as its Latin twin (`_TWINS`)."""
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
