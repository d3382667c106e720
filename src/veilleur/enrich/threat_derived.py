"""Two shapes that name a malware family where the text seems to name something else: the family
another one is built on ("the Mirai-based Gayfemboy botnet": Mirai is labelled, guide §7, as the
open-source family a new one derives from), and a campaign's name that the text also writes as a
family's ("a malware campaign known as SocGholish", "distributes SocGholish malware")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_context import plain_word
from veilleur.enrich.threat_words import COMMON, NEVER

# "<Name>-based", then within two words a family's noun: "Mirai-based botnet", "a Pupy-based RAT".
# (a platform or language before "-based" is never followed by a family name in the galaxies'
# sense, and is an English word or an acronym: "Python-based", "PHP-based", "Go-based")
_BASED = re.compile(
    r"\b([A-Z][A-Za-z0-9]{2,30})-based\s(?:[\w-]+\s){0,2}?"
    r"(?:botnets?|malware|ransomware|variants?|backdoors?|loaders?|stealers?|trojans?|RATs?|strains?|"
    r"wipers?|payloads?|implants?|spyware|worms?)\b"
)


def based_on(text: str) -> list[str]:
    """The coined names the text gives as the base of a malware family ("Mirai-based"), as written;
    never an English word, an everyday name or an acronym in capitals ("PHP")."""
    if "-based" not in text:
        return []
    words = english_words()
    found: list[str] = []
    for match in _BASED.finditer(text):
        name = match.group(1)
        key = name.casefold()
        if name.isupper() or key in NEVER or key in COMMON or plain_word(name, words):
            continue
        found.append(name)
    return list(dict.fromkeys(found))


# A family's noun right after a name: the text writes it as a family, whatever else it calls it.
_FAMILY_AFTER = (
    r"(?:['’]s)?\s(?:malware|loader|backdoor|botnet|trojan|stealer|infostealer|RAT|implant|spyware)\b"
)


def written_as_family(campaigns: Iterable[str], text: str) -> frozenset[str]:
    """The campaign names (case-folded) that the text also writes before a family's noun: "a malware
    campaign known as SocGholish" and "SocGholish malware" name the family too."""
    return frozenset(
        name
        for name in campaigns
        if re.search(rf"(?<![\w-]){re.escape(name)}{_FAMILY_AFTER}", text, re.I) is not None
    )
