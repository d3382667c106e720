"""An influence operation: fake personas, troll farms and bots that spread propaganda or
disinformation to sway opinion. It deceives the public, not a victim for money or credentials
(phishing), and it breaks into nothing: the labels file it as `other` (a model misused to run fake
political personas, bots spreading political unrest), even when a state runs it, unless its headline
names a police action against it or a state's hacking group (their kinds decide first)."""

from __future__ import annotations

import re

_INFLUENCE = re.compile(
    r"(?<!\w)(?:(?:covert |foreign |political |online )?influence (?:ops|operations?|campaigns?)|disinformation|"
    r"propaganda|troll farms?|bot farms?|fake (?:political )?personas?|désinformation|desinformation|"
    r"opérations? d['’]influence|einflussoperation\w*|beïnvloedingscampagne\w*)\b",
    re.I,
)


def influence_operation(title: str) -> bool:
    """The headline names an influence operation (propaganda, disinformation, fake personas)."""
    return _INFLUENCE.search(title) is not None
