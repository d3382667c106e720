"""Researchers who show that a product's protection can be defeated have found its flaw.

A headline that names no kind of event ("AMD secure VM tech undone by DRAM meddling", "How $20 and a
lapsed domain allowed security pros to undermine internet integrity", "New Attack on VPNs") leaves the lead to decide, and the
lead's research words ("Researchers have found…") would file the page as research. But what the
researchers found is that a named mechanism can be bypassed, broken or abused: a product's weakness, which
the guide (bench/data/intel/GUIDE.md §4) files as `vulnerability` ("academic attacks against specific
products with a flaw"). The lead must name both the finders and the defeat: a defeat with no researcher
is a law's or an attacker's ("laws that would undermine encryption"), and researchers with no defeat are
research.
"""

from __future__ import annotations

import re

# Who found it (EN/FR/DE/NL).
_FINDERS = re.compile(
    r"(?<!\w)(?:researchers?|academics|boffins|security pros|chercheurs?|forscher\w*|onderzoekers?)\b", re.I
)
# A protection shown to give way: "can be bypassed", "a way to undermine", "open to abuse" (EN/FR/DE/NL).
_DEFEAT = re.compile(
    r"(?<!\w)(?:(?:can|could|may|might) (?:\w+ )?be (?:\w+ )?(?:bypassed|circumvented|defeated|broken|undermined|"
    r"subverted|abused)|(?:a way|ways|how) to (?:bypass|circumvent|defeat|break|undermine|subvert)|open to abuse|"
    r"(?:peut|peuvent|pourrait|pourraient) être contourné\w*|(?:kann|können|könnte|könnten) umgangen werden|"
    r"umgangen werden (?:kann|können|könnte|könnten)|"
    r"(?:kan|kunnen) worden omzeild|"
    # an attack the finders made against a kind of product ("have devised an attack against nearly all VPN
    # applications"): an academic attack on specific products, their flaw (the guide)
    r"(?:devised|developed|designed|built|created|demonstrated|discovered|found) (?:an? |a new |new )?"
    r"(?:[\w-]+ ){0,2}attacks? (?:against|on) (?:nearly |almost )?(?:all |most |many )?(?:[\w-]+ ){0,3}"
    r"(?:applications|apps|devices|products|implementations|clients|routers|browsers|chips|processors|cpus))\b",
    re.I,
)


def protection_defeated(lead: str) -> bool:
    """The lead tells that researchers showed a protection can be bypassed, broken or abused."""
    return _FINDERS.search(lead) is not None and _DEFEAT.search(lead) is not None
