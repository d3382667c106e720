"""Each kind of event's vocabulary (category_words.py) compiled for category.py, and where a kind is
first named in a text: its words, or a name the MISP galaxies give it (a state's group, a ransomware
brand, a malware family)."""

from __future__ import annotations

import re

from veilleur.enrich.actors import ransomware_brand_at, state_actor_at
from veilleur.enrich.category_rules import other_kind_after
from veilleur.enrich.category_words import CASED as _CASED
from veilleur.enrich.category_words import VOCABULARY as _VOCABULARY
from veilleur.enrich.threat_mentions import threat_mentions
from veilleur.models import Category
from veilleur.text.cased_union import CasedUnion, screens
from veilleur.text.prefilter import Screened, counted, screened


def _vocabulary(kind: str, words: str) -> Screened | CasedUnion:
    big = screened(rf"(?<!\w)(?:{words})", re.I)
    cased = _CASED.get(kind)
    return CasedUnion(big, screened(rf"(?<!\w)(?:{cased})")) if cased else big


PATTERNS = {name: _vocabulary(name, pattern) for name, pattern in _VOCABULARY.items()}
counted(screens(PATTERNS.values()))  # read with `count` and `first`


def at(kind: str, text: str) -> int:
    """Where the kind's vocabulary is first found in the text (-1: absent); a group the MISP
    galaxies attribute to a state ("ScarCruft", "Lazarus") is espionage vocabulary too, and a
    malware family they know is malware vocabulary."""
    found = PATTERNS[kind].first(text)
    named = -1
    if kind == Category.APT_ESPIONAGE:
        named = state_actor_at(text)
    elif kind == Category.RANSOMWARE:
        named = ransomware_brand_at(text)
        if named >= 0 and other_kind_after(text, named):
            named = -1  # "Venom RAT", "Meduza stealer": the brand's name on another kind of malware
    elif kind == Category.MALWARE_CAMPAIGN:  # a family the galaxies know ("XWorm", "Redline")
        known = [m.written for m in threat_mentions(text) if m.kind == "malware" and m.in_galaxies]
        named = min((at for name in known if (at := text.find(name)) >= 0), default=-1)
    if named >= 0 and (found < 0 or named < found):
        return named
    return found
