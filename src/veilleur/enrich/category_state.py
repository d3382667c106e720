"""Rule 4 of the guide (bench/data/intel/GUIDE.md §4) before rules 5 and 6: an operation attributed to a
state or run for espionage is `espionage`, whatever else its headline names. A malware campaign is one
when its headline or lead names a state's actor or espionage's usual targets (diplomats, ministries,
journalists); a break-in the headline tells ("Gamaredon uses infected drives to breach a military
mission") is one when its headline or its lead's first sentence names a state's actor ("The Russia-linked
threat actor known as …"): the lead says who broke in, and a state's actor makes it espionage, not a leak of stolen data. A
fine or a settlement for such a breach stays the breach's payout (the guide), and ransomware in the lead
is rule 2's attack (category.py decides it after)."""

from __future__ import annotations

import re

from veilleur.enrich.category_ransom import ransomware_named
from veilleur.enrich.category_shapes import ESPIONAGE_TARGETS, FINE
from veilleur.enrich.category_vocabulary import at
from veilleur.models import Category
from veilleur.text.sentences import split_sentences

# A campaign's aim told by its verb ("targets", "targeting", "aimed at", "spying on"), read before its targets.
_AIM = re.compile(
    r"(?<!\w)(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)? at|spy(?:ing)? on|cible\w*|zielt\w* auf|richt\w* zich op)\b",
    re.I,
)

# A state's intelligence service by its initials or name (case-sensitive initials: "mss" is no service).
# Malware it plants is a state's spying; a leak that reveals what it does stays the leak (so: malware only).
_SERVICE = re.compile(
    r"(?-i:\b(?:FSB|GRU|SVR|MSS)\b)|federal security service|ministry of state security", re.I
)


def spied(kind: str, title: str, lead: str, text: str) -> bool:
    """The headline's malware campaign or break-in is a state's or an espionage operation (rule 4)."""
    both = f"{title} {lead}"
    if kind == Category.MALWARE_CAMPAIGN:
        return (
            at(Category.APT_ESPIONAGE, both) >= 0
            or ESPIONAGE_TARGETS.search(both) is not None
            or _SERVICE.search(both) is not None
        )
    if kind != Category.DATA_BREACH or FINE.search(title) or ransomware_named(lead, text):
        return False
    # who broke in is said in the headline or the lead's first sentence; a state's word later in the lead is
    # context (a conference's name, a quote on other crooks)
    first = split_sentences(lead)[0] if lead else ""
    return at(Category.APT_ESPIONAGE, f"{title} {first}") >= 0 or _aimed_at_spies_targets(title)


def _aimed_at_spies_targets(title: str) -> bool:
    """A headline telling of a theft aimed at espionage's usual targets ("New threat targets Azerbaijan and
    Israel diplomats, stealing sensitive data"): a campaign against diplomats or ministries, whoever runs it,
    is spying (rule 4), not a leak from a named organisation (rule 5)."""
    aim = _AIM.search(title)
    return aim is not None and ESPIONAGE_TARGETS.search(title, aim.end()) is not None
