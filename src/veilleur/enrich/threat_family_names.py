"""Galaxy families the news names without the kind the galaxies write after them: "RedLine
Stealer" is "the RedLine infostealer", "Lumma Stealer" is Lumma in "stealers like Vidar and Lumma"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol, TypeVar

from veilleur.enrich.threat_words import COMMON, NEVER, all_words
from veilleur.text.whole_names import name_before

_KIND_END = re.compile(r"\s(?:stealer|rat|loader)$")


class _Entry(Protocol):
    @property
    def canonical(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def kind(self) -> str: ...


E = TypeVar("E", bound=_Entry)


def families_without_kind(index: Mapping[str, E]) -> dict[str, E]:
    """Each malware family's own word (case-folded) → its entry, for the galaxy keys that are that
    word and a kind (the caller keeps its own keys first)."""
    found: dict[str, E] = {}
    for key, entry in index.items():
        if entry.kind == "malware" and (base := family_without_kind(key, entry.canonical, entry.aliases)):
            found.setdefault(base, entry)
    return found


def family_without_kind(key: str, canonical: str, aliases: tuple[str, ...]) -> str:
    """The family's own word when the galaxy key (case-folded) is that word and a kind; "" when the
    word alone could name anything else: a plain English word ("Absent Loader"), a brand or a device
    ("Google Drive RAT", "USB Stealer"). Kept: a word the house list already reads as a threat's
    name ("lumma", "redline"), or a coined one the galaxy writes with an inner capital or a digit
    ("DarkCloud Stealer"). Like any galaxy name, a word that is no shaped name still needs a threat
    word or a list of threats next to it in the text (`threat_mentions._status`)."""
    kind = _KIND_END.search(key)
    if kind is None or " " in (base := key[: kind.start()]) or len(base) < 5 or base in NEVER:
        return ""
    if base in COMMON:
        return base
    spelled = next((w for w in (canonical, *aliases) if w.casefold().startswith(f"{base} ")), "")[: len(base)]
    shaped = any(c.isdigit() for c in spelled) or any(c.isupper() for c in spelled[1:])
    return base if shaped and not all_words(base) else ""


# A coined word glued to its kind, the kind capitalised: "HijackLoader", "LegionLoader", "SparkRAT".
_GLUED_KIND = re.compile(r"([a-z0-9]{4,})(loader|stealer|locker|crypter|rat)")


def spaced_families(index: Mapping[str, E]) -> dict[str, E]:
    """Each malware family the galaxies write glued to its kind ("HijackLoader", "SparkRAT") → its
    entry under the spelling the press uses, word and kind apart ("Hijack Loader", "Spark RAT");
    the caller keeps its own keys first. Only where the galaxy capitalises the kind, so the glued
    word is two: "Smokeloader" is one word, "Dropper" no kind."""
    found: dict[str, E] = {}
    for key, entry in index.items():
        glued = _GLUED_KIND.fullmatch(key)
        if entry.kind != "malware" or glued is None or glued.group(1) in NEVER:
            continue
        at = len(glued.group(1))
        if any(w.casefold() == key and w[at].isupper() for w in (entry.canonical, *entry.aliases)):
            found.setdefault(f"{glued.group(1)} {glued.group(2)}", entry)
    return found


def kind_spelling(text: str, written: str, kind: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """A family first written bare ("AllaKore, PureRAT … Proliferate" in a headline) and later with
    its kind ("deliver AllaKore RAT"): the spelling with the kind is one of its names too, as it is
    when the first mention carries it. () when there is none, or it is already one of its names."""
    if kind != "malware" or " " in written:
        return ()
    # (searched as the name, then its kind: a pattern opening on a look-behind is tried at every
    # character of the text, and this is asked once for each name a page gives)
    spelled = name_before(text, written, _KIND_AFTER)
    if spelled is None or text[slice(*spelled)] in aliases:
        return ()
    return (text[slice(*spelled)],)


_KIND_AFTER = re.compile(r"\s(?:RAT|Stealer|Loader)\b")
