"""A group the article names first under a name the galaxies do not know, then gives the galaxies'
names as its other names: "Contagious Interview, also known as Famous Chollima", "the name Tenacious
Pungsan, which is also known by the monikers CL-STA-0240 and Famous Chollima", "Spamouflage, also
tracked as "Dragonbridge"". The galaxies' name alone was listed (or, needing context, none), under
a name the article does not lead with; the guide (§6) lists one entry per group under the first
name the article uses, its aliases not repeated. The name in front is read here; `threat_mentions`
lists the group under it, with the galaxies' names as its aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass

from veilleur.enrich.geo import is_place
from veilleur.enrich.threat_context import alias_names, plain_word
from veilleur.enrich.threat_places import tied_to_place
from veilleur.enrich.threat_words import COMMON, NEVER


@dataclass(frozen=True)
class Fronted:
    name: str  # the name the article leads with
    aliases: tuple[str, ...]  # every name the cue gives after it
    tracked: bool  # the cue says a vendor tracks the group so ("also tracked as")

    def keeps(self, state: str, alias: bool) -> bool:
        """Whether the galaxy name in the cue, of status `state` (`threat_status`), makes the group
        listed under the name in front: a threat's name; one that needs context, when a vendor is
        said to track the group under it ("Spamouflage, also tracked as Dragonbridge", not "MSHTML,
        also known as Trident"); one dropped as the `alias` of the name in front, which keeps its
        group ("Velvet Heron (aka Famous Chollima)" gave neither when the name in front was read
        as no threat)."""
        return state == "ok" or (state == "maybe" and self.tracked) or alias

    def with_names(self, galaxy_names: tuple[str, ...], written: str) -> tuple[str, ...]:
        """The group's other names: the galaxy's, the one written in the cue and every other name
        the cue gives."""
        return tuple(dict.fromkeys(n for n in (*galaxy_names, written, *self.aliases) if n != self.name))


# The name right before an alias cue, up to four capitalised words, and what may stand between:
# "X, also known as", "X, which is also known by", "X (aka", "“X,” also tracked as".
_BEFORE_CUE = re.compile(
    r"(?<![\w$'’.-])([A-Z][\w$'’.-]*(?:\s[A-Z0-9][\w$'’.-]*){0,3})[\"”’']?"
    r"(?:,\s(?:(?:which|who|that)\s(?:is|are|was|were|has\sbeen|have\sbeen)\s)?|\s\(|\s)$"
)
_BARE_AKA = re.compile(r"(?:a\.?k\.?a\.?|alias)\b", re.I)
# How far before the cue's names its galaxy name may start: "also known by the monikers " and a
# first alias ("CL-STA-0240 and ") stand between.
_CUE_REACH = 120


def fronted_names(text: str, galaxy_starts: dict[int, str]) -> dict[int, Fronted]:
    """Where a galaxy's actor name stands in an alias cue (its start, from `galaxy_starts`: start →
    the name as written) → the name the article gave right before the cue. Only names no galaxy
    knows are read (`galaxy_starts` holds every galaxy match: a galaxy name in front is listed as it
    is), never a place, a pronoun or a campaign ("Operation Overload, also known as Storm-1679")."""
    if not galaxy_starts:
        return {}
    ends = {start + len(written) for start, written in galaxy_starts.items()}
    fronted: dict[int, Fronted] = {}
    for cue, names, just_before in alias_names(text):
        # (a bare "aka" gives a person's handle as often as a group's other name: "the hacker Kai
        # West, aka IntelBroker" is listed under the handle, the threat's name there)
        if not just_before or _BARE_AKA.match(text, cue):
            continue
        match = _BEFORE_CUE.search(text, max(0, cue - 80), cue)
        if match is None or match.end(1) in ends or not _a_name(match.group(1)):
            continue
        listed = {n.casefold() for n in names}
        for start, written in galaxy_starts.items():
            if cue < start <= cue + _CUE_REACH and written.casefold() in listed:
                tracked = "track" in text[cue:start].casefold()
                fronted[start] = Fronted(match.group(1), tuple(names), tracked)
    return fronted


def _a_name(name: str) -> bool:
    """Whether the words before the cue can name a group: not a place or nationality, not a
    sentence's opening function word ("It's also known as"), not a common or generic word, not a
    campaign or an operation."""
    first = re.sub(r"['’]\w{1,2}$", "", name.split()[0])  # "It's also known as": "It"
    return not (
        plain_word(first, frozenset())
        or first.casefold() in {"operation", "campaign", "opération", "operatie"}
        or name.casefold() in COMMON
        or any(word.casefold() in NEVER for word in name.split())
        or is_place(name)
        or tied_to_place(first)
    )
