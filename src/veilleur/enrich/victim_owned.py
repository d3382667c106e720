"""Names a sentence writes as what a victim owns or where it stands, and lines that only sign a page
(`owned_name`, `place_with_adjective`, `byline`): asked by `victim_admissible.veto`, none is a victim.

- "the attacker deleted the company's AWS and GitHub resources", "its Lansing, Michigan franchise's
  network": the platforms and towns named between an owner's possessive and the owner's thing are
  the owner's accounts and sites (GUIDE: the platform is no victim, the owner is).
- "Troubled US insurer X": a participle and a place describe X; they are not a name.
- "Jane Doe" on a line of its own after the headline: the byline, not someone attacked.
"""

from __future__ import annotations

import re

from veilleur.enrich.geo import _gazetteer
from veilleur.enrich.nlp import english_words
from veilleur.enrich.victim_features import Candidate

# What an organisation owns or runs that a platform's or a town's name may qualify: its accounts on
# a platform, its resources on a cloud, its sites in a town. (Not "subsidiary" nor "unit": a named
# subsidiary is an organisation, maybe the one hit.)
_OWNED_NOUN = (
    r"(?:resources|accounts?|repositor(?:y|ies)|repos|instances?|buckets?|tenants?|environments?|"
    r"infrastructure|credentials|tokens|keys|subscriptions?|workspaces?|projects?|storage|servers?|"
    r"network|networks|systems?|franchise|franchises|office|offices|branch|branches|plant|plants|"
    r"facility|facilities|stores?|warehouses?|campus)\b"
)
# An owner's possessive, one to four names (a list: "AWS and GitHub", a town and its state: "Lansing,
# Michigan"), at most two lower-case words ("franchise's"), then the owned thing.
_OWNED = re.compile(
    r"(?:\b(?:its|their|our|his|her)|(?P<owner>(?:[A-Z][\w.-]*\s){0,2}[\w.-]*\w)['’]s)\s(?:[a-z][\w-]*\s){0,2}?"
    r"(?P<names>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}"
    r"(?:(?:,\s(?:and\s)?|\sand\s|\s&\s)[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}){0,3})"
    rf"\s(?:[a-z][\w-]*(?:['’]s)?\s){{0,2}}?{_OWNED_NOUN}"
)


def owned_name(name: str, sentence: str) -> bool:
    """`sentence` writes `name` only among the names between an owner's possessive and its thing
    ("the company's AWS and GitHub resources", "its Lansing, Michigan franchise's network")."""
    if sentence.count(name) != 1:
        return False
    # A name read with its owner's possessive ("College’s IT" of "the College’s IT system"): the thing's
    # words after the possessive are what is checked.
    # (the owners' names first: most sentences have none, and the name's pattern is built only then)
    # (not a country's or a town's possessive: "Russia's Velmor Integration plant" is Velmor's plant in
    # Russia, as "Sweden's power grid operator X" is X, `victims._PLACE_DESCRIBED`)
    owned = [match.group("names") for match in _OWNED.finditer(sentence) if not _place_owner(match)]
    if not owned:
        return False
    thing = re.split(r"['’]s\s", name)[-1]
    word = re.compile(rf"(?<![\w.-]){re.escape(thing)}(?![\w-])")
    return any(word.search(names) for names in owned)


def _place_owner(match: re.Match[str]) -> bool:
    """Whether the possessive of an `_OWNED` match is a place's ("Russia's", "South Korea's")."""
    words = (match.group("owner") or "").split()
    places = _gazetteer()[0]
    return any(" ".join(words[i:]).casefold() in places for i in range(len(words)))


# Country names written as initials, which the gazetteer leaves to the stop words.
_COUNTRY_INITIALS = {"us", "u.s.", "usa", "uk", "u.k.", "eu"}


def place_with_adjective(name: str) -> bool:
    """Two words: a participle of the dictionary ("Troubled", "Embattled", "Struggling") then a place
    ("US", "Michigan"): what describes the organisation named next, not its name."""
    words = name.split()
    if len(words) != 2 or not re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", words[0]):
        return False
    place = words[1].casefold()
    return words[0].casefold() in english_words() and (place in _COUNTRY_INITIALS or place in _gazetteer()[0])


def byline(candidate: Candidate) -> bool:
    """A name that is a whole line of the lead by itself ("Jane Doe" under the headline), which no
    trigger rule read: the page's author, not someone it says was attacked."""
    if "at:title" in candidate.features or any(f.startswith("rule:") for f in candidate.features):
        return False
    return candidate.sentence.strip(" \t*_#|") == candidate.name
