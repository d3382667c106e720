"""A stop word that opens an institution's name ("Government of Peru", "Russian Ministry of
Defence", "LA County"): the candidate is still a name (its articles: `victim_shapes.without_article`)."""

from __future__ import annotations

from veilleur.enrich.geo import _gazetteer
from veilleur.enrich.victim_place_words import nationality
from veilleur.enrich.victim_shapes import CAPITAL_ARTICLE, PUBLIC_BODIES
from veilleur.enrich.victim_words import _STOPS, CLASSES

_THREAT_WORDS = (CLASSES["attack"] | CLASSES["flaw"] | CLASSES["actor"]) - {"group", "groupe", "gruppe"}
# A firm's name may end with what it sells ("C&M Software", "Progress Software"): that last word is the
# firm's, not a threat's or a product's ("Outlook Malware", "Ivanti Software Flaw" keep theirs).
_FIRM_LAST = frozenset({"software"})


def threat_word_in(words: list[str]) -> bool:
    """Whether a word of a name is a threat's, a flaw's or an attack's ("has:threat_word")."""
    kept = words[:-1] if len(words) > 1 and words[-1].casefold() in _FIRM_LAST else words
    return any(w.casefold() in _THREAT_WORDS for w in kept)


_STATE_BODY = frozenset("ministry navy army parliament government embassy".split())
_NATIONALITIES = frozenset(
    """american british french german belgian dutch australian canadian korean japanese indian italian
    spanish swiss swedish danish norwegian finnish polish irish european""".split()
)


def _opens_with_place(words: list[str]) -> bool:
    """ "New York Blood Center", "New South Wales Ambulance": a place of two or three words that the
    gazetteer knows, opened by a stop word ("New"), then capitalised words: the place's institution,
    not a headline's "New ransomware…"."""
    for size in (2, 3):
        place = " ".join(words[:size]).casefold()
        if len(words) > size and place in _gazetteer()[0]:
            return all(w[:1].isupper() for w in words[size:])
    return False


# A trade's word, which opens a description ("Healthcare giant X") and many a firm's name; and the
# words a firm's name ends with.
_TRADES = frozenset(
    """healthcare health finance financial retail education technology energy media insurance banking
    hospitality telecom telecommunications manufacturing transportation""".split()
)
_FIRM_ENDS = frozenset("group inc corp corporation holdings llc ltd plc company partners".split())


def _trade_named(words: list[str]) -> bool:
    """ "Healthcare Services Group", "Energy Transfer Holdings": a trade's word opening three or more
    capitalised words that end as a firm's name does, not a description ("Healthcare giant X")."""
    return (
        len(words) >= 3
        and words[0].casefold() in _TRADES
        and words[-1].casefold().rstrip(".") in _FIRM_ENDS
        and all(w[:1].isupper() for w in words)
    )


def institution_named(words: list[str]) -> bool:
    """ "Government of Peru", "American Associated Pharmacies", "British Library", "LA County": a
    stop word that opens an institution's name (its "of", a nationality before other capitalised
    words, or an abbreviation written like an article)."""
    first = words[0].casefold()
    if len(words) >= 2 and CAPITAL_ARTICLE.match(f"{words[0]} {words[1]}"):
        return True
    if len(words) >= 3 and words[1].casefold() in {"of", "de", "du", "van", "von"}:
        return first in {"government", "city", "state", "county", "ministry", "department", "town"}
    # "Dutch police", "Texas state government": a place's body, written in lower case.
    if 2 <= len(words) <= 3 and words[-1] in PUBLIC_BODIES and all(w.islower() for w in words[1:]):
        return first in _NATIONALITIES or first in _gazetteer()[0]
    if len(words) >= 2 and words[1].casefold() in _STATE_BODY:  # "Russian Ministry of Defence": a people's
        people = first in _NATIONALITIES or nationality(first, _gazetteer()[0])
        return people and all(w[:1].isupper() or w.casefold() in {"of", "the", "and"} for w in words[1:])
    if _opens_with_place(words) or _trade_named(words):
        return True
    return (
        first in _NATIONALITIES
        and len(words) >= 2
        and all(w[:1].isupper() for w in words[1:])
        and not any(w.casefold() in _STOPS | _THREAT_WORDS for w in words[1:])
    )


# Words that open a hospital's or a university's name, never a place's ("Ville de X" is both).
_INSTITUTION_FIRST = frozenset(
    """hôpital hopital hospital clinique clinic ziekenhuis krankenhaus klinikum chu chr ch az
    université university universiteit universität""".split()
)


def opens_with_institution(name: str) -> bool:
    """ "Hôpital Saint-Louis", "AZ Monica", "CHU de Liège", "Ziekenhuis Oost": the recogniser calls
    such names places, but their first word says they are an institution."""
    words = name.casefold().split()
    return len(words) > 1 and words[0] in _INSTITUTION_FIRST
