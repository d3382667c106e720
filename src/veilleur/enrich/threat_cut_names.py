"""A name the text writes only right before an ellipsis: a teaser or a page cut short there ("A
previously undocumented threat actor known as Night…" is NightEagle, cut), so no name of its own.
Read by `threat_mentions` for the names no galaxy holds."""

from __future__ import annotations

import re

from veilleur.text.whole_names import name_spans


def cut_off(text: str, name: str, cut: frozenset[str]) -> bool:
    """Whether the text writes the name only right before an ellipsis: a teaser or a page cut short
    there ("A previously undocumented threat actor known as Night…" is NightEagle, cut). `cut`: the
    words the text writes right before an ellipsis (most names end with none: not looked for)."""
    if name.rsplit(" ", 1)[-1] not in cut:
        return False
    ends = [end for _, end in name_spans(text, name)]
    return bool(ends) and all(text.startswith(("…", "..."), end) for end in ends)


def cut_words(text: str) -> frozenset[str]:
    """The words the text writes right before an ellipsis (the ellipses found first: a run of word
    characters is not read from each of its characters)."""
    words = (_LAST_WORD.search(text, max(0, m.start() - 40), m.start()) for m in _ELLIPSIS.finditer(text))
    return frozenset(word.group(0) for word in words if word)


_ELLIPSIS = re.compile(r"…|\.\.\.")
_LAST_WORD = re.compile(r"[\w$-]{1,40}$")
