"""A regulator acting, told as the headline's subject ("FCC hangs up on thousands of voice operators in
robocall war", "No more holidays for US telcos, FCC is cracking down", "FCC calls for $300 million fine
for robocall campaign"): the guide (bench/data/intel/GUIDE.md §4) files regulator actions that are not a
breach fine as `policy-regulation`. Without this, the lead's words for what the regulator acts against
(the robocall "scammers", the telcos' "stolen data") would decide, and the page would read as the fraud or
the leak itself. A headline that names a kind of event (a breach fined, scammers charged) is decided by
that kind before this rule is read (category.py), and a regulator that only warns or reports is not acting.
"""

from __future__ import annotations

import re

# Regulators by their initials (case-sensitive: "sec" is also a second, "ico" an icon) or by what they are.
_REGULATOR = (
    r"(?:(?-i:\b(?:FCC|FTC|SEC|ICO|CNIL|Ofcom|OFCOM|CFPB|EDPB|DPC|AGCM|ACMA|CRTC|BNetzA)\b)|"
    r"\b(?:regulators?|watchdogs?|data protection authorit(?:y|ies)|privacy commissioner|garante)\b)"
)
# What it does to someone: a ruling, an order, a crackdown or a fine it demands (not "warns", "says", "reports").
_ACT = (
    r"(?:hangs? up on|hung up on|crack(?:s|ed|ing)? down|clamp(?:s|ed|ing)? down|bans?\b|banned|fines?\b|fined|"
    r"orders?\b|ordered|calls? for (?:[\w$€£.,-]+ ){0,3}(?:fines?|penalt(?:y|ies)|bans?|rules?)|propos(?:es|ed) "
    r"(?:[\w$€£.,-]+ ){0,3}(?:fines?|penalt(?:y|ies)|rules?)|slaps?\b|blocks?\b|blocked|revok(?:es|ed)|"
    r"kicks? (?:[\w-]+ ){0,3}off|cuts? off|pulls? the plug|tells? (?:[\w-]+ ){0,3}to\b|demands?\b|requires?\b|"
    r"mandates?\b|votes? to|moves? to|rules? (?:that|against)|sets? (?:new )?rules)"
)
# The regulator as the subject of its act, a few words apart at most ("FCC is cracking down", "UK data
# watchdog fines", "FCC now orders").
REGULATOR_ACTS = re.compile(
    rf"{_REGULATOR}(?:['’]s)?(?: (?:is|are|has|have|now|finally|officially|again|also|will|to|[\w-]+ly))*"
    rf" {_ACT}",
    re.I,
)


def regulator_acts(headline: str) -> bool:
    """The headline tells a regulator acting on those it regulates."""
    return REGULATOR_ACTS.search(headline) is not None
