"""Wordings that make a name of what the word and place vetoes of `victim_admissible` would read as
words or a place, and one that makes a name's description of what looks like a name (session 35):

- "Jaguar Land Rover (JLR) has confirmed…": English words followed by their own initials in brackets
  are an organisation's name, spelled out, not the sentence's words (`spelled_out`).
- "Los Angeles County Superior Court", "Rechtbank Almfeld": a name the recogniser calls a place that
  ends (or, in Dutch and German, opens) with a court's, police's or council's noun is the institution
  (`institution_named`); and a town's name written before what a town runs ("Harlow City water
  treatment facility", "the City of Harlow") is its government, which GUIDE counts as the victim.
- "Gravel Analytics" written again and again: English words that end with a firm's word are the
  firm's name (`firm_written_again`).
- "Prominent US law firm X": an adjective and a place before a lower-case kind of organisation
  describe the name that follows; they are none (`described_place`).
"""

from __future__ import annotations

import re

from veilleur.enrich.geo import _gazetteer
from veilleur.enrich.nlp import english_words
from veilleur.enrich.victim_full_names import _COMPANY_TAIL

# Small words a name's initials leave out ("Bank of Ireland (BOI)" keeps "of" as "O" as often as not).
_SKIPPED = frozenset("of the and for de du des la le van der von und & -".split())


def spelled_out(name: str, sentence: str) -> bool:
    """`sentence` writes `name`, of at least two words, then its initials in brackets ("Jaguar Land
    Rover (JLR)", "Hack the Planet (HTP)")."""
    words = name.split()
    if len(words) < 2:
        return False
    full = "".join(w[0] for w in words)
    short = "".join(w[0] for w in words if w.casefold() not in _SKIPPED)
    match = re.search(rf"{re.escape(name)}\s*\((?P<initials>[A-Z][A-Za-z&]{{1,7}})\)", sentence)
    return match is not None and match.group("initials").upper() in {full.upper(), short.upper()}


# Nouns that end an institution's English or French name ("Superior Court", "Metropolitan Police",
# "Borough Council", "Tribunal judiciaire"), and open a Dutch or German one ("Rechtbank X",
# "Landgericht X", "Politie X"): the institution, wherever the recogniser saw a place.
_INSTITUTION_LAST = frozenset(
    "court courts tribunal police constabulary council sheriff prosecutor prosecutors judiciaire".split()
)
_INSTITUTION_OPENING = re.compile(
    r"(?i)(?:rechtbank|gerechtshof|politie|gemeente|provincie|(?:amts|land|ober|verwaltungs|arbeits)?gericht|"
    r"polizei|stadt|gemeinde|ville|commune|(?:city|town|county|borough|village|township)\sof)\s"
)
# What a town's government runs, written right after the town's name ("Harlow City water
# treatment facility", "Harlow Town council's systems").
_TOWN_ENDING = re.compile(r"(?:City|Town|County|Borough|Village|Township)$")
_TOWN_SERVICE = re.compile(
    r"(?:['’]s\s)?(?:water|wastewater|sewer|sewage|utilit(?:y|ies)|police|fire|school|council|hall|"
    r"government|administration|website|systems?|network|servers?|services|offices?|employees|staff)\b"
)


def institution_named(name: str, sentence: str) -> bool:
    """Whether `name` (which the recogniser calls a place) is an institution by its own words, or a
    town whose government `sentence` says runs what follows the name."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[-1].casefold() in _INSTITUTION_LAST or _INSTITUTION_OPENING.match(name):
        return True
    if not _TOWN_ENDING.search(name):
        return False
    at = sentence.find(name)
    return at >= 0 and bool(_TOWN_SERVICE.match(sentence[at + len(name) :].lstrip()))


_COUNTRY_INITIALS = {"us", "u.s.", "usa", "uk", "u.k.", "eu"}


def described_place(name: str, sentence: str) -> bool:
    """Two words, an English adjective then a place ("Prominent US", "Leading UK"), that `sentence`
    writes before a lower-case kind of organisation and a capitalised name ("Prominent US law firm
    Wolf Haldenstein"): the description of the name that follows. (English word order: French
    writes "le cabinet américain X", German "US-Kanzlei X", with no such run of capitals.)"""
    words = name.split()
    if len(words) != 2 or not words[0][:1].isupper() or words[0].casefold() not in english_words():
        return False
    place = words[1].casefold()
    if place not in _COUNTRY_INITIALS and place not in _gazetteer()[0]:
        return False
    return bool(re.search(rf"{re.escape(name)}\s(?:[a-z][\w-]*\s){{1,3}}[A-Z]", sentence))


# The words that end a firm's name (`victim_full_names`), and a data firm's ("Gravel Analytics").
_FIRM_TAIL = _COMPANY_TAIL | {"analytics", "networks", "logistics", "consulting", "partners", "capital"}
_WRITTEN_AGAIN = {"count:2", "count:3", "count:4+"}


def firm_written_again(name: str, features: set[str]) -> bool:
    """English words ending with a firm's word ("Gravel Analytics", "Harbour Logistics"), written
    capitalised again in the text and never as a lower-case phrase: a firm's name. (Not two firm
    words, "Financial Services", which a sentence names a sector by.)"""
    words = name.casefold().split()
    return (
        len(words) > 1
        and words[-1] in _FIRM_TAIL
        and words[0] not in _FIRM_TAIL
        and bool(features & _WRITTEN_AGAIN)
        and "shape:lowercase_phrase" not in features
    )
