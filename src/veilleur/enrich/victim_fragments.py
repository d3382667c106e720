"""Names that are the end of a longer name the sentence spells out with its initials in brackets
("the hacker group Hack the Planet (HTP)": "Planet" is no organisation of its own, and the verb
"Hack" inside the name is no attack on it): asked by `victim_never_shapes.never_by_shape`."""

from __future__ import annotations

import re

# The initials in brackets right after a name: "(HTP)", "(LVHN)".
_INITIALS = re.compile(r"\s\(([A-Z][A-Za-z]{1,7})\)")
_WORD = re.compile(r"[\w&'’-]+")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).casefold()


def ends_initialled_name(name: str, sentence: str) -> bool:
    """`sentence` writes `name` as the last words of a longer name whose bracketed initials follow it
    ("Hack the Planet (HTP)" for "Planet"): the initials cover words before `name`, not `name` alone."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence):
        bracket = _INITIALS.match(sentence, match.end())
        if not bracket:
            continue
        initials = bracket.group(1).casefold()
        own = _initials(_WORD.findall(name))
        if initials == own or not initials.endswith(own):
            continue
        before = _WORD.findall(sentence[: match.start()])
        wanted = len(initials) - len(own)
        if 0 < wanted <= len(before) and _initials(before[-wanted:]) == initials[:wanted]:
            return True
    return False
