"""Families named beside a known one: "deploy Mimikatz and QuillDrop", "BadPotato or KestrelPotato",
"des botnets dérivés de Mirai et ZorbaNet2 et KestrelBot". A coined name joined by "and"/"or" (or a
comma) to a malware family the text names is a family too: the analyst reads the pair as one list,
and a list keeps to one kind of thing. (Names invented; the shape is THN's, the French blog's and
other outlets' attack-chain sentences.)"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from veilleur.enrich.known_organisations import KNOWN_SECTORS
from veilleur.enrich.products import PRODUCT
from veilleur.enrich.threat_context import SCHEMES
from veilleur.enrich.threat_words import COMMON, NEVER

# Two capitalised words joined as list members; the second is read ahead so that a chain ("Mirai et
# ZorbaNet2 et KestrelBot") gives each pair.
_JOINED = re.compile(
    r"(?<![\w-])([A-Z][\w-]{2,30})(?=(?:,?\s(?:and|or|et|ou|und|oder|en)\s|,\s)([A-Z][\w-]{2,30})(?![\w-]))"
)
# A coined name's shape: a capital or a digit right after a lower-case letter ("KamiKakaBot",
# "ShadowV2"); not an acronym ("CISA"), a plain word ("Windows", "Grace") nor a product's initials
# before a word ("DWservice", a legitimate remote-access tool, stood beside a family).
_COINED_SHAPE = re.compile(r"[a-z][A-Z0-9]")
_SCHEME = re.compile(SCHEMES)


def _coined(name: str) -> bool:
    """A coined name that is no vendor's, product's, well-known firm's or cluster designation's
    ("LockBit and CrowdStrike", "Clop and MOVEit", "Clop and TA505" join other kinds of things)."""
    folded = name.casefold()
    return (
        len(name) >= 4
        and _COINED_SHAPE.search(name) is not None
        and folded not in NEVER
        and folded not in COMMON
        and folded not in KNOWN_SECTORS
        and PRODUCT.fullmatch(name) is None
        and _SCHEME.fullmatch(name) is None
    )


def joined_families(
    text: str, families: Iterable[str], taken: Container[str], galaxy: Container[str]
) -> list[str]:
    """Coined names joined to one of `families` (names as written, any case), in the text's order;
    none that is `taken` already (case-folded: a name found, an alias, a campaign) or a galaxy name."""
    known = {f.casefold() for f in families}
    if not known:
        return []
    pairs = [(m.group(1), m.group(2)) for m in _JOINED.finditer(text)]
    found: list[str] = []
    grew = True
    while grew:  # a chain: "Mirai et ZorbaNet2", then "ZorbaNet2 et KestrelBot"
        grew = False
        for first, second in pairs:
            for family, name in ((first, second), (second, first)):
                key = name.casefold()
                if (
                    family.casefold() in known
                    and key not in known
                    and _coined(name)
                    and key not in taken
                    and key not in galaxy
                ):
                    known.add(key)
                    found.append(name)
                    grew = True
    return found
