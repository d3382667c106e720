"""An influence operation: fake personas, troll farms and bots that spread propaganda or
disinformation to sway opinion. It deceives the public, not a victim for money or credentials
(phishing), and it breaks into nothing: the labels file it as `other` (a model misused to run fake
political personas, bots spreading political unrest), even when a state runs it, unless its headline
names a police action against it or a state's hacking group (their kinds decide first)."""

from __future__ import annotations

import re

from veilleur.models import Category

# The kinds an influence operation outranks: a flaw or a malware it uses, and the deception of its fake
# personas ("trolls pretend to be American patriots"), which is no fraud for money or credentials.
_OUTRANKED = {"", Category.VULNERABILITY, Category.MALWARE_CAMPAIGN, Category.FRAUD_PHISHING}

_INFLUENCE = re.compile(
    r"(?<!\w)(?:(?:covert |foreign |political |online )?influence (?:ops|operations?|campaigns?)|disinformation|"
    r"propaganda|troll farms?|bot farms?|fake (?:political )?personas?|influence networks?|désinformation|desinformation|"
    # a state's trolls ("Spamouflage trolls pretend to be US patriots"), not the copyright and patent trolls of courts
    r"(?<!copyright )(?<!patent )(?<!troll )trolls\b|"
    r"opérations? d['’]influence|einflussoperation\w*|beïnvloedingscampagne\w*)\b",
    re.I,
)


def influence_operation(title: str, kind: str = "") -> bool:
    """The headline names an influence operation (propaganda, disinformation, fake personas, trolls), and
    the kind its words gave (`kind`) is one the operation outranks."""
    return kind in _OUTRANKED and _INFLUENCE.search(title) is not None
