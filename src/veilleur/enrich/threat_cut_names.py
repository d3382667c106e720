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


def part_of_known(text: str, written: str, known: set[str], the_kind: bool) -> bool:
    """Whether a name no galaxy holds is only the start of a longer name found already, at every place
    the text writes it ("Scattered LAPSUS$" and "Scattered LAPSUS" of "Scattered LAPSUS$ Hunters"), or,
    read before a kind word, the first words of one ("the Scavenger malware" after "Scavenger Loader")."""
    key = written.casefold()
    if the_kind and any(k.startswith(f"{key} ") for k in known):
        return True
    longer = [k for k in known if len(k) > len(key) and k.startswith(key)]
    if not longer or len(longer) > 3:
        return False  # (a run of numbered designations, "UNC1" before "UNC10": names of their own)
    folded = text.casefold()
    at, seen = folded.find(key), False
    while at >= 0:
        continued = False
        for other in longer:  # (a loop, not a generator: asked at each place of the name)
            continued = continued or folded.startswith(other, at)
        if not continued:
            return False
        at, seen = folded.find(key, at + 1), True
    return seen
