"""Who reports an article's finding: the team, vendor or body its lead credits ("researchers at
Acme Labs", "Acme's threat intelligence team", "according to Acme", "selon Acme", "les chercheurs
d'Acme"), as folded name words. Two reports on one product or flaw by two teams, neither naming
the other's, are two findings (a second wave of attacks, another campaign exploiting the flaw, an
exploit written later), however alike their evidence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from veilleur.cluster.folding import fold

if TYPE_CHECKING:  # features imports this module to fill `Features.reporters`
    from veilleur.cluster.features import Features

REPORTER_CHARS = 1500  # of the body: the lead credits the finding; later paragraphs quote others
# A name: one to four capitalised words (or numbers after the first) on one line ("Forescout Vedere
# Labs", "Unit 42"); words of bounded length, so that a hostile run of capitals costs little.
_NAME = r"([A-Z][\w&-]{0,40}(?:[ \t]+(?:[A-Z][\w&-]{0,40}|\d{1,4})){0,3})"
_CREDITS = [
    re.compile(p)
    for p in (
        rf"\b(?:[Rr]esearchers|[Aa]nalysts|[Ee]xperts|[Tt]eam)\s+(?:at|from|with)\s+{_NAME}",
        rf"\b{_NAME}(?:'s|’s)?\s+(?:security\s+|threat\s+|research\s+)*(?:[Rr]esearchers?|[Aa]nalysts?)\b",
        rf"\b{_NAME}(?:'s|’s)?\s+(?:[Tt]hreat\s+(?:[Ii]ntelligence|[Rr]esearch|[Hh]unting)|[Rr]esearch)\s+"
        r"(?:[Tt]eam|[Uu]nit|[Cc]enter|[Gg]roup)",
        rf"\b(?:[Aa]ccording\s+to|[Ss]elon|[Dd]'après|[Vv]olgens|[Ll]aut)\s+{_NAME}",
        rf"\b(?:chercheurs|analystes|experts|onderzoekers|Forscher)\s+(?:de|d'|d’|chez|van|von)\s*{_NAME}",
        rf"\b{_NAME},?\s+(?:said|says|noted|reported|revealed|disclosed|warned)\s+(?:in|that)\b",
        rf"\b{_NAME},?\s+in\s+an?\s+(?:report|analysis|advisory|blog)",
        rf"\b(?:research|report|analysis)\s+(?:from|by)\s+{_NAME}",
    )
]
# Words of a credit that say what kind of body it is, not which one, and sentence openers.
_GENERIC = set(
    """
    the a an its their this that these security cyber cybersecurity threat intelligence research
    researchers labs lab team unit center centre group company firm vendor researcher analyst
    analysts experts expert university universite report analysis blog post new according in on at
    from with and of
    le la les l un une des du de d et selon chez au aux
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
# A credit to a whole kind of body names nobody in particular.
_NOBODY = set("microsoft google apple cisa fbi nsa government police".split())


def reporters_of(lead: str) -> frozenset[str]:
    """Folded name words of the teams, vendors or bodies the first `REPORTER_CHARS` characters
    of a body credit with its finding; empty when it credits none."""
    text = lead.strip()[:REPORTER_CHARS]
    found: set[str] = set()
    for pattern in _CREDITS:
        for match in pattern.finditer(text):
            words = {fold(w) for w in re.split(r"[\s'’]+", match.group(1))}
            found |= {w.strip(".-") for w in words if len(w.strip(".-")) > 2 and w not in _GENERIC}
    return frozenset(found - _NOBODY)


def reporters_apart(new: Features, old: Features) -> bool:
    """Whether the two leads credit two teams with their findings, neither article naming the
    other's (its names, headline words and victims): two findings, even on one flaw or product."""
    one, two = new.reporters, old.reporters
    if not one or not two or one & two:
        return False
    return not one & (old.mentioned | old.victims) and not two & (new.mentioned | new.victims)
