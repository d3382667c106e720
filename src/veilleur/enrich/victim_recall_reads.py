"""Trigger wordings of session 37 that name an attack's victim, read with `victims.rule_reads`' patterns
(listed in `victim_more_reads.MORE_READS`). Each is a kind of wording that left a victim no
candidate of a trigger rule, so the model alone, without a rule's feature, scored it under its
threshold:

- the attackers' entry into a named organisation: "the spies broke into Corvane, Halbright and Lumora"
  (`victims._AFTER` reads "broke into systems belonging to X", not the owner named as the object;
  the names listed after it are read by `victim_lists._listed`);
- a headline whose subject suffers the attack that ends it: "Trelawny stuck in neutral as losses mount
  amid cyberattack cleanup" (the words between in lower case: "X blames Y after breach" is no such);
- the data of its users leaked: "Data of 235 million Vexly users leaked online";
- a gang's possessive on its victim's name: "LockBit's Harrowgate Post ransom deadline flies by" (the
  possessor must be a threat the galaxies know: "Microsoft's Azure outage" is none).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from veilleur.enrich.threat_mentions import _index
from veilleur.enrich.victim_shapes import _NAME
from veilleur.text.prefilter import Screened, screened

# "hackers broke into Verizon, AT&T, and Lumen": the object of the attackers' entry is its owner.
BROKE_INTO = screened(
    # (what was done, not how one may: "how to break into X routers" is a product's weakness)
    r"(?i:broke|broken)\sinto\s(?:the\s)?"
    # (not "broke into the systems of": a thing, read by `victims._AFTER` with its owner)
    rf"(?P<name>{_NAME})"
    # (nor a maker's devices: "broke into Velmont routers")
    r"(?!\s(?:[a-z][\w-]*\s)?(?:routers?|devices?|phones?|cameras?|firewalls?|appliances?|products?|"
    r"servers?|instances?|accounts?)\b)"
)

# The attack that ends a headline and what it did to its subject, in lower case between them.
_ATTACK_ENDING = (
    r"(?i:amid|after|following)\s(?:(?:a|an|the|its)\s)?(?:(?:major|massive|recent|ongoing|crippling)\s)?"
    # (an attack on the subject's own systems: not "after data breach", "after hack", which also end
    # headlines on a product or a kind of app, "Stalkerware apps go dark after data breach")
    r"(?i:cyber-?attack|cyber\sattack|cyber\sincident|ransomware\sattack)"
    r"(?:\s(?i:cleanup|clean-up|fallout|recovery|chaos|disruption))?[.!?]?$"
)
SUBJECT_AMID_ATTACK = screened(
    # (a line of its own: the headline, where `document_relations` reads the whole text)
    # (after an opening adjective: "Privacy-invading X stalkerware …")
    rf"(?m)^(?:[A-Z][a-z]+-[a-z]+\s)?(?P<name>{_NAME})\s(?:[a-z][^\s.;:,]*\s){{1,8}}?{_ATTACK_ENDING}"
)

# "Data of 235 million X users leaked", "… available for sale": the users' data is the firm's.
USERS_DATA_LEAKED = screened(
    r"(?i:data|records|details|information)\sof\s(?:over\s|more\sthan\s|nearly\s|some\s)?[\d.,]+\s?"
    r"(?:[Mm]illion|[Bb]illion|[Tt]housand|[MKB])?\s"
    rf"(?P<name>{_NAME})\s(?i:users|customers|members|subscribers|patients|clients|accounts)\s"
    r"(?:(?:were|was|have\sbeen|has\sbeen|are|is)\s)?(?i:leaked|exposed|stolen|dumped|published|posted|sold|"
    # "Data of 5.7M X users available for sale on hacking forums"
    r"(?:available|offered|put\sup|up)\s(?:for|on)\ssale)\b"
)


class _ThreatOwned(Screened):
    """A pattern whose matches count only when the possessor (group `owner`) is a threat's name."""

    def finditer(self, text: str, pos: int = 0, endpos: int = -1) -> Iterator[re.Match[str]]:
        found = super().finditer(text, pos, endpos if endpos >= 0 else len(text))
        index = _index()
        return (m for m in found if " ".join(m.group("owner").split()).casefold() in index)


# "LockBit's Royal Mail ransom deadline": the gang's attack on the name after its possessive.
GANG_OWNED_VICTIM = _ThreatOwned(
    re.compile(
        r"(?<![\w&'’.-])(?P<owner>[A-Z][\w$-]*(?:\s[A-Z][\w$-]*)?)['’]s\s"
        rf"(?P<name>{_NAME})\s(?=(?i:ransom|attack|hack|breach|heist|data\sleak|extortion)\b)"
    )
)

# What each wording says of its name, for the model's relation features (`victim_relation_clauses`): the
# subject suffering the attack is passive as "X fell victim" is, the users' leaked data the firm's asset
# hit as "X customers' info stolen" is, the gang's possessive and the entry's object its attack's object.
_TIES: list[tuple[Screened, str]] = [
    (BROKE_INTO, "rel:object"),
    (SUBJECT_AMID_ATTACK, "rel:passive"),
    (USERS_DATA_LEAKED, "rel:asset_hit"),
    (GANG_OWNED_VICTIM, "rel:object"),
]
# Words one of the wordings needs, tested before any pattern is run (this runs on every mention).
_CUES = ("into", "amid", "after", "following", " of ", "’s", "'s")


_LINE = 400  # a longer line is read only around the name (`passage` may be the whole text)
_AROUND = 200


def recall_ties(passage: str, start: int, end: int) -> set[str]:
    """The relation features of the name passage[start:end] when one of this module's wordings reads it
    (or a name it reads holds it: "Twitter" of "Data of 235 million Twitter users")."""
    # The name's line, or the words around it in a long one (where a headline's wording is not read).
    first = passage.rfind("\n", 0, start) + 1
    last = passage.find("\n", end)
    last = len(passage) if last < 0 else last
    if last - first > _LINE:
        first, last = max(first, start - _AROUND), min(last, end + _AROUND)
    window = passage[first:last]
    if not any(cue in window for cue in _CUES):
        return set()
    start, end = start - first, end - first
    return {tie for tie, a, b in _named_spans(window) if a <= start and end <= b}


@lru_cache(maxsize=256)
def _named_spans(window: str) -> tuple[tuple[str, int, int], ...]:
    """Each wording's tie and the span of every name it reads in `window`: a line is the window of
    each of its mentions, so it is read once, not once per mention."""
    spans: list[tuple[str, int, int]] = []
    for pattern, tie in _TIES:
        if pattern is SUBJECT_AMID_ATTACK and len(window) >= _LINE:
            continue
        spans.extend((tie, m.start("name"), m.end("name")) for m in pattern.finditer(window))
    return tuple(spans)


# "Rhode Island ’s data", "Breach Salesloft ’s GitHub": a headline (Security Affairs writes some so) may
# detach the possessive from its name, which then read "Salesloft ’s" as a name and "Rhode Island" as
# no owner of what was hit.
_DETACHED_POSSESSIVE = re.compile(r"(?<=\w)\s+(?=['’]s\b)")


def joined_possessive(headline: str) -> str:
    """The headline with each possessive written against its name ("X ’s" → "X’s")."""
    return _DETACHED_POSSESSIVE.sub("", headline) if "s" in headline else headline


# (shape, pattern) as `victim_more_reads.MORE_READS` lists them: "after", the attack then its target;
# "before", the name then what happened to it.
RECALL_READS: list[tuple[str, Screened]] = [
    ("after", BROKE_INTO),
    ("before", SUBJECT_AMID_ATTACK),
    ("after", USERS_DATA_LEAKED),
    ("after", GANG_OWNED_VICTIM),
]
