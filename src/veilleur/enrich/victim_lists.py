"""Lists of names introduced as victims, and the names joined to one by commas and a last "and".

"Victims include X, Y and Z", "organizations like X, Y and Z that have been singled out", "its
targets have included tech manufacturer X, NHS vendor Y, and IT giant Z", "organisations have fallen
foul of the gang, including X", "the institutions published on its leak site include X":
`victims.rule_reads` reads them in the lead, `victim_body` past it (`victims.listed_victims`). A list of places or threats
("targets include Peru, the U.S. and Canada") is no list of victims.
"""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.geo import _gazetteer
from veilleur.enrich.threat_mentions import _index
from veilleur.enrich.victim_shapes import _NAME

_LIST_AFTER = re.compile(rf"^(?:,\s(?:and\s|et\s|en\s|und\s)?{_NAME})*,?\s(?:and|et|en|und|&)\s{_NAME}")
_LIST_BEFORE = re.compile(rf"(?:{_NAME},\s)*{_NAME},?\s(?:and|et|en|und|&)\s$")
_LIST_NAME = re.compile(_NAME)


# What a list of victims may write before each name: an optional capitalised word and up to two
# lower-case ones ending in a kind of organisation ("tech manufacturer Foxconn", "NHS vendor
# Advanced", "German autoparts company Continental").
_KINDS = (
    "giant|firm|company|maker|carmaker|automaker|manufacturer|vendor|supplier|provider|retailer|operator|"
    "chain|startup|developer|insurer|hospital|clinic|bank|airline|telco|broadcaster|publisher|charity|"
    "university|school|college|council|agency|department|ministry|city|county|town|municipality|group"
)
_DESCRIPTION = rf"(?:[A-Z][\w-]*\s)?(?:[a-z][\w-]*\s){{0,3}}?(?:{_KINDS})"
# One more name of such a list: its separator (a last "and" closes the list), its description.
_DESCRIBED_ITEM = re.compile(
    rf"(?P<sep>,\s(?:and\s|&\s)?|,?\s(?:and|&)\s)(?:the\s)?(?:{_DESCRIPTION}\s)?(?P<name>{_NAME})"
)


def _described_list(rest: str) -> list[str]:
    """The names of a list of victims that goes on after its first name (`rest` follows it), each
    maybe described ("…, NHS vendor Advanced, IT giant Accenture, and German autoparts company
    Continental"); none unless a last "and" closes it. At most 8."""
    names: list[str] = []
    pos = 0
    while len(names) < 8:
        match = _DESCRIBED_ITEM.match(rest, pos)
        if match is None:
            return []
        names.append(match.group("name"))
        pos = match.end()
        if "and" in match.group("sep") or "&" in match.group("sep"):
            return names
    return []


def _listed(passage: str, start: int, end: int, described: bool = False) -> list[str]:
    """Names joined to the one at passage[start:end] by commas and a last "and" (`described`: in a
    list introduced as victims, each name maybe after its description)."""
    names: list[str] = []
    after = _LIST_AFTER.match(passage[end:])
    if after:
        names += [m.group(0) for m in _LIST_NAME.finditer(after.group(0))]
    elif described:
        listed = _described_list(passage[end : end + 400])
        # "targets include Peru, the U.S., Canada and India": a list of countries is no list of victims
        if not any(_threat_or_place(n.strip(" .,")) for n in [passage[start:end], *listed]):
            names += listed
    before = _LIST_BEFORE.search(passage[max(0, start - 200) : start])
    if before:
        names += [m.group(0) for m in _LIST_NAME.finditer(before.group(0))]
    return names[:9]


@lru_cache(maxsize=1)
def _victim_lists() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(victims introduced as such, organisations introduced by "like", the attack words such a
    sentence needs, organisations said to be hit before "including"), compiled on first use."""
    named = re.compile(
        # "Victims include X, Y and Z", "targets included X", "the victims were X and Y".
        rf"(?:(?i:victims|targets|targeted (?:entities|organi[sz]ations|companies))\s(?:\w+\s){{0,5}}?"
        rf"(?i:include[sd]?|including|such as|were|are)"
        # The list after its verb: "Among those hit were X and Y", "among the firms breached last
        # month are X, Y and Z".
        r"|(?i:among\s(?:those|the\s[\w-]+)\s(?:[\w-]+\s){0,2}?(?:hit|affected|breached|targeted|attacked|"
        r"impacted|compromised|extorted|victimi[sz]ed)\s(?:[\w,]+\s){0,4}?(?:were|are|was|is)))"
        rf"\s(?:the\s)?(?:{_DESCRIPTION}\s)?(?P<name>{_NAME})"
    )
    like = re.compile(
        # "major organizations like AT&T, Verizon, and Lumen that have been singled out".
        # ("systems built by ISPs like X, Y and Z", "telecoms like X and Y": the kinds a sector names)
        r"(?i:companies|organi[sz]ations|firms|telcos|telecoms|ISPs|carriers|operators|providers|retailers|"
        r"hospitals|banks|"
        rf"businesses|entities|agencies|universities|victims)\s(?i:like|such as|including)\s(?P<name>{_NAME})"
    )
    attacked = re.compile(
        # (the nouns too: "the hack took advantage of systems built by ISPs like X", "other compromises
        # involved telecoms companies like X")
        r"(?i)\b(?:targeted|singled out|hit|breached|compromised|attacked|affected|impacted|victims?|"
        r"hacked|extorted|the\shack|compromises|intrusions?|breaches)\b"
    )
    hit = re.compile(
        # "A number of organisations have fallen foul of the gang, including X, Y and Z", "the
        # institutions published on their leak site last year include X": the words between say
        # they were hit (`_HIT`), so what the list names are victims, not customers or partners.
        rf"(?i:organi[sz]ations|institutions|companies|firms|businesses|entities|agencies|hospitals|"
        rf"schools|universities)\s(?P<gap>(?:[\w'’-]+,?\s){{1,8}}?)(?i:including|include[sd]?|such as)\s"
        rf"(?:the\s)?(?:{_DESCRIPTION}\s)?(?P<name>{_NAME})"
    )
    return named, like, attacked, hit


# What the words between "organisations" and "including" say happened to them.
_HIT = re.compile(
    # (not "affected": "companies known to use the affected product line include X" are a flaw's)
    r"(?i)\b(?:hit|breached|compromised|attacked|targeted|extorted|victimi[sz]ed|fallen foul|fell foul|"
    r"leak sites?)\b"
)


def _listed_victims(passage: str, loose: bool = True) -> list[re.Match[str]]:
    """The first name of a list the sentence introduces as victims ("victims include X, Y and Z",
    "organizations like X, Y and Z that have been singled out"); `_listed` reads the others.
    Not `loose`: only lists introduced as victims or as organisations hit, not "companies like X"
    in a sentence with a word of attack anywhere ("a domain that mimics companies like X", sent
    to a victim)."""
    lowered = passage.casefold()
    if not any(
        w in lowered for w in ("victim", "target", " like ", "such as", "including", " include", "among")
    ):
        return []
    named, like, attacked, hit = _victim_lists()
    out = list(named.finditer(passage))
    if loose and attacked.search(passage):
        out += like.finditer(passage)
    out += (m for m in hit.finditer(passage) if _HIT.search(m.group("gap")))
    return out


def _threat_or_place(name: str) -> bool:
    """A threat actor's or malware's name ("Rhysida ransomware gang claims"), a country or a
    nationality ("cyberattack on Philippines subsidiary") is not a victim's name."""
    key = " ".join(name.split()).casefold()
    names, _ = _gazetteer()
    if key in names:
        return True
    entry = _index().get(key)
    return entry is not None
