"""More trigger wordings that name an attack's victim, read with `victims.rule_reads`' patterns.

Short headlines, and the items of weekly roundups, which are headlines too ("A week in security",
"Security Affairs newsletter"), say what happened to an organisation in wordings the main patterns
of `victims` did not read; a roundup's item is read only when a trigger rule reads it, so every
victim such an item names was never even a candidate:

- the organisation speaking of itself as a victim: "X says it's a victim of multi-year cyberattack
  campaign", "X says it was the latest victim of a ransomware attack";
- a gang leaking what it took, the name in the place of the owner: "Play ransomware gang leaks City
  of Oakland data", "Hackers publish X files";
- what an attack did to its target: "Ransomware pushes City of Oakland into state of emergency",
  "Cyberattack knocks X offline", "Ransomware forces X to divert ambulances";
- a skimmer planted on its shop: "X had credit card skimmer stuck on its site for months";
- the gang that hit it, in a relative clause: "Hellcat, the ransomware crew that infected Schneider
  Electric" (`attacked`, `breached` and `hacked` are read by `victims._AFTER`; not "infected" alone,
  whose objects are devices and systems as often as owners).
"""

from __future__ import annotations

import re

from veilleur.enrich.victim_recall_reads import RECALL_READS
from veilleur.enrich.victim_shapes import _NAME, LONG_NAME, STOLE_OWN
from veilleur.text.prefilter import Screened, screened

# "X says it's a victim of …": the name speaking of its own attack (the "victim of" that `_BEFORE_EN`
# reads right after the name, here after a verb of speech).
_SAYS_VICTIM = screened(
    rf"(?P<name>{LONG_NAME}),?\s(?i:says|said|confirms|confirmed|admits|admitted)\s(?:that\s)?"
    r"(?i:it['’]s|it\sis|it\swas|it\shas\sbeen|it\sfell)\s(?:(?:a|the)\s)?(?:latest\s|newest\s|another\s)?"
    r"(?i:victims?\sof|victim\sto)\b"
)


# The same, right of the name, for its relation features: the firm that says it is a victim was hit,
# as "X is the latest victim of" is (`rel:passive`), not an agent that speaks of someone's attack.
_SAYS_VICTIM_RIGHT = re.compile(
    r"^,?\s(?i:says|said|confirms|confirmed|admits|admitted)\s(?:that\s)?(?i:it['’]s|it\sis|it\swas|it\shas\sbeen|"
    r"it\sfell)\s(?:(?:a|the)\s)?(?:latest\s|newest\s|another\s)?(?i:victims?\sof|victim\sto)\b"
)


def self_victim_ties(passage: str, start: int, end: int) -> set[str]:
    """`rel:passive` when passage[start:end] says it is a victim of an attack ("X says it's a victim of
    multi-year cyberattack campaign")."""
    right = passage[end : end + 80]
    # (cheap test first: this runs on every mention, the prefilter's pass would cost more than the match)
    return {"rel:passive"} if "ictim" in right and _SAYS_VICTIM_RIGHT.match(right) else set()


def says_own_victim(name: str, sentence: str) -> bool:
    """Whether `sentence` has `name` say it is a victim of an attack: it speaks of itself, as a firm
    does (the recogniser may take a one-word brand for a person quoted: "GoDaddy says")."""
    return any(match.group("name") == name for match in _SAYS_VICTIM.finditer(sentence))


# "Gang leaks X data": the gang's verb of publication, the owner's name, then what was published.
_LEAKS_OWNERS = screened(
    r"(?i:ransomware|gang|group|crew|hackers?|crooks|attackers?|extortionists|actors?)\s"
    r"(?i:leaks?|leaked|publish(?:es|ed)?|dumps?|dumped|posts?|posted)\s(?:the\s)?"
    rf"(?P<name>{_NAME})(?:['’]s)?\s(?=(?i:data|files|records|documents|emails|database)\b)"
)
# "Ransomware pushes X into state of emergency", "Cyberattack knocks X offline": the attack's deed,
# its target and where it left it.
_DRIVES_INTO = screened(
    r"(?i:ransomware|cyber-?attacks?|cyber\sattacks?|attacks?|hackers?|crooks|gang|breach)\s"
    r"(?i:pushes|pushed|forces|forced|knocks|knocked|takes|took|sends|sent|drives|drove|plunges|plunged)\s"
    rf"(?:the\s)?(?P<name>{_NAME})\s(?=(?i:into|offline|off\s?line|to\s(?:shut|close|cancel|divert|declare|"
    r"postpone|suspend|take|go|pay|revert|switch)|back\sto\spen)\b)"
)
# "X had credit card skimmer stuck on its site", "X has a card skimmer on its checkout page".
_SKIMMER_ON = screened(
    rf"(?P<name>{_NAME})\s(?i:had|has|hosted|found|discovered)\s(?:an?\s)?(?:[\w-]+\s){{0,3}}?"
    r"(?i:skimmers?|skimming\s(?:code|script|malware))\b"
)
# "the ransomware crew that infected X", "a gang which infected X": a group's deed on X.
_GROUP_INFECTED = screened(
    r"(?i:gang|crew|group|hackers|operators|ransomware|actors?)\s(?:(?:that|which|who)\s)(?:(?:previously|also|"
    rf"recently|once)\s)?infected\s(?:the\s)?(?P<name>{_NAME})"
)

# "Marks & Spencer, the Co-op, and Harrods were all targets": a list the copula after it calls victims
# (its first name; `victims.rule_reads` reads the others as a list of victims, "the" and all).
_LIST_WERE_HIT = screened(
    # (the list and its copula consumed, not looked ahead at: the screen needs their words)
    rf"(?<![\w&'’.-])(?P<name>{_NAME})(?:,\s(?:the\s)?{_NAME})*,?\s(?:and|&)\s(?:the\s)?{_NAME}\s"
    r"(?:were|have\sbeen|had\sbeen)\s(?:all\s|also\s|each\s|among\sthe\s)?(?:targets|victims|hit|breached|"
    r"hacked|attacked|compromised|targeted|extorted)\b"
)
# "X starts bringing customers back online after LockBit ransomware attack": its own recovery.
_RECOVERING = screened(
    rf"(?P<name>{_NAME})\s(?i:starts|started|begins|began|continues|continued)\s(?i:bringing|restoring|"
    r"recovering|rebuilding|reopening)\s(?:[^\s.;:]+\s){0,6}?(?i:after|from|following)\s(?:[^\s.;:]+\s){0,3}?"
    r"(?i:attack|cyberattack|cyber-attack|breach|hack|ransomware|incident|intrusion)"
)
# "12 Million Zacks accounts leaked by cybercriminal": its users' accounts, leaked.
_ACCOUNTS_LEAKED = screened(
    # (a count before the name is no part of it: "12 Million Zacks")
    r"(?:\b[\d.,]+\s(?:[Mm]illion|[Bb]illion|[Tt]housand|[MKB])\s)?"
    rf"(?P<name>{_NAME})\s(?:(?:customer|user|employee|member|patient)\s)?(?i:accounts|records|passwords|"
    r"credentials)\s(?:(?:were|have\sbeen|had\sbeen)\s)?(?i:leaked|stolen|exposed|breached|hacked|compromised|"
    r"dumped)\b"
)

# What `victims.rule_reads` reads beside its own patterns, with the shape each reads ("before": the name
# then what happened to it; "after": the attack then its target).
MORE_READS: list[tuple[str, Screened]] = [
    ("after", STOLE_OWN),
    ("before", _SAYS_VICTIM),
    ("after", _LEAKS_OWNERS),
    ("after", _DRIVES_INTO),
    ("before", _SKIMMER_ON),
    ("after", _GROUP_INFECTED),
    ("victims", _LIST_WERE_HIT),
    ("before", _RECOVERING),
    ("before", _ACCOUNTS_LEAKED),
    *RECALL_READS,  # (session 37: `victim_recall_reads`)
]
