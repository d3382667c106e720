"""A ransomware brand whose name is an English word ("Lynx", "Play", "Cactus", "Hunters") read from
what the text says the name did or is: it claimed an attack, listed a victim on its leak site, "a RaaS
operation", "a ransomware gang known as X", "claimed by X" (guide §13: a brand presented as a group at
work). The plain word ("a lynx", "play a role") has none of these. Read by `threat_status`."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.galaxies import clusters
from veilleur.enrich.threat_naming import NAMING_VERB, TRACKING_VERB


@lru_cache(maxsize=1)
def ransomware_names() -> frozenset[str]:
    """Case-folded names and synonyms of the ransomware galaxy, without spaces or hyphens: brands that
    are both a group and a malware family."""
    cluster = clusters().get("ransomware")
    names: set[str] = set()
    if cluster is not None:
        for value in cluster.cluster_values.values():
            meta = getattr(value, "meta", None)
            synonyms = [x for x in (getattr(meta, "synonyms", None) or []) if isinstance(x, str)]
            names.update(squash(n) for n in (value.value, *synonyms))
    return frozenset(names)


def squash(name: str) -> str:
    """A brand's spelling without case, spaces or hyphens: "Black Basta" is "BlackBasta"."""
    return re.sub(r"[\s-]+", "", name).casefold()


# What a gang does, the name its subject, in its own sentence: "X claimed the attack", "X claimed the firm
# among its victims", "X listed the firm on its leak site", "X has added the county to its data leak
# blog", "X claimed responsibility", "X demanded a ransom".
_DEED_AFTER = re.compile(
    r"(?:['’]s)?,?\s(?:(?:has|have|had|later|quickly|also)\s){0,2}(?:"
    r"claim(?:s|ed)\s(?:responsibility|credit|(?:the|an?|this)\s(?:\w+\s){0,2}?(?:attack|hack|breach|"
    r"incident|intrusion|theft|victim)s?|[^.!?\n]{1,60}?\b(?:as|among|amongst)\s(?:one\sof\s)?(?:its|their)\s"
    r"(?:latest\s|newest\s|new\s)?victims?)|"
    r"(?:listed|added|posted|named|published|leaked)\s[^.!?\n]{0,80}?\b(?:its|their)\s"
    r"(?:[\w-]+\s){0,2}?(?:leak|extortion|shaming|victim|Tor|onion)\s?(?:site|blog|portal|page|website)s?|"
    r"(?:demanded|demands)\s(?:an?\s)?(?:\$|ransom)|"
    # "X has disclosed half of the firms it claimed to have compromised": its claim, later in the sentence
    r"(?:[^.!?\n]{0,80}?\b(?:it|they)\s)?claim(?:s|ed)\sto\shave\s(?:\w+\s)?"
    r"(?:compromised|hacked|breached|attacked|hit|stolen|encrypted))",
    re.I,
)

# The deed before the name, its doer: "an attack claimed by X", "the firm was hit by X".
_DEED_BEFORE = re.compile(
    r"\b(?:claimed|(?:was|were|been)\s(?:hit|attacked|breached|targeted|compromised|listed))\sby\s"
    r"(?:the\s)?$",
    re.I,
)

# A gang's description right after the name: "X, a RaaS operation", "X, a ransomware-as-a-service
# gang", "X, the ransomware group behind…", "X, an extortion crew".
_GANG = (
    r"(?:operation|gang|group|crew|outfit|brand|cartel|syndicate|collective|operators?|actors?|affiliates?)"
)
_DESCRIBED_AFTER = re.compile(
    r",\s(?:a|an|the)\s(?:[\w-]+\s){0,2}?(?:(?:RaaS|ransomware(?:-as-a-service)?|extortion|data[- ]extortion)"
    rf"(?:\s\(RaaS\))?\s{_GANG}s?\b|RaaS\b)",
    re.I,
)

# A gang's description right before the name, given by a naming verb: "a ransomware gang known as X",
# "the RaaS operation called X", "a new extortion group tracked as X".
_DESCRIBED_BEFORE = re.compile(
    rf"\b(?:RaaS|ransomware(?:-as-a-service)?|extortion)\s(?:\(RaaS\)\s)?{_GANG}s?,?\s"
    rf"(?:{NAMING_VERB}|{TRACKING_VERB})\s[\"“‘']?$",
    re.I,
)


def brand_at_work(text: str, start: int, end: int) -> bool:
    """Whether the words around a name (at `start`:`end`) present it as a ransomware gang: its deed
    after it ("claimed the attack", "listed X on its leak site") or before it ("claimed by"), or its
    description ("X, a RaaS operation", "a ransomware gang known as X")."""
    before = text[max(0, start - 60) : start]
    return (
        _DEED_AFTER.match(text, end, end + 160) is not None
        or _DESCRIBED_AFTER.match(text, end, end + 80) is not None
        or _DEED_BEFORE.search(before) is not None
        or _DESCRIBED_BEFORE.search(before) is not None
    )


def is_ransomware_brand(written: str, canonical: str) -> bool:
    """Whether the name as written, or its galaxy's canonical name, is a brand of the ransomware galaxy."""
    brands = ransomware_names()
    return squash(written) in brands or squash(canonical) in brands
