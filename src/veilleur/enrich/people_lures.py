"""People a phishing campaign uses rather than people who attack: the sender it impersonates
("impersonated Congressman Jo Roe in phishing emails") and the subject its lures are about ("the lure
files relate to Jo Roe, a man wanted for murder"). A justice word near them ("wanted", "sanctions")
makes neither an actor (guide §7: an actor is who attacks)."""

from __future__ import annotations

import re

# A verb of impersonation, then at most a few role or title words before the name: "impersonated
# Republican Party Congressman X", "posing as Senator X", "spoofing the email address of X".
_IMPERSONATED_BEFORE = re.compile(
    r"\b(?:impersonat\w+|pos(?:e|es|ed|ing)\sas|masquerad\w+\sas|spoof\w*|pretend\w*\sto\sbe|"
    r"usurp\w*|se\sfaisant\spasser\spour|sich\sausgebend\sals)"
    r"\s(?:(?:the|a|an|of|email|e-mail|address|account|name|identity|[A-Z][\w.'’-]*)\s){0,5}$"
)
# A lure's word then, in the same clause, a verb telling what it is about: "the lure files relate to
# X", "decoy documents referencing X", "the bait is a report about X".
_LURE_BEFORE = re.compile(
    r"\b(?:lures?|decoys?|baits?|leurres?|Köder)\b[^.;:!?]{0,40}?"
    r"\b(?:relat\w*\sto|refer\w*(?:\sto)?|about|concern\w*|mention\w*|featur\w*|portant\ssur|sur)\s$",
    re.I,
)


def used_by_lure(name: str, text: str) -> bool:
    """Whether the text names the person, at one of its mentions, as the sender a campaign
    impersonates or as the subject of its lures: no actor."""
    for m in re.finditer(re.escape(name), text):
        before = text[max(0, m.start() - 120) : m.start()]
        if _IMPERSONATED_BEFORE.search(before) or _LURE_BEFORE.search(before):
            return True
    return False
