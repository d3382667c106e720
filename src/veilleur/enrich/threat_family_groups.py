"""A name the actors' galaxies list as a group that the article only ever gives as a malware family
("New Gorilla Botnet Launches…", "a botnet malware family called Gorilla", "banking malware such as
Alien, Hydra and Octo"): the family of that name, not the group (guide §7)."""

from __future__ import annotations

import re

from veilleur.enrich.threat_kinds import family_named_before, group_named_before, nearest_kind
from veilleur.text.whole_names import name_spans

# A family's kind right after the name: "Gorilla Botnet", "the Hydra banking trojan".
# ("execute Matanbuchus or CHILLYHELL malware": the kind after a second name joined by "or", "and")
_FAMILY_AFTER = re.compile(
    r"^(?:,?\s(?:or|and)\s[\w.-]+)?\s(?:(?i:banking|android|linux|windows|macos|iot|ddos)\s)?"
    r"(?:RAT|(?i:botnet|malware|stealer|infostealer|loader|trojan|backdoor|spyware|wiper|rootkit|worm|dropper|"
    r"downloader|implant))\b"
)
# A family named in a list of families: "banking malware such as Alien, Cerberus, ERMAC, Hydra".
_FAMILY_LIST_BEFORE = re.compile(
    r"\b(?:malware|families|family|strains?|stealers?|loaders?|botnets?|trojans?|RATs|backdoors?)\b[^.;:]{0,30}?"
    r"\b(?:such as|including|like|namely)\s(?:[\w.-]+(?:\s[\w.-]+)?,\s(?:and\s|or\s)?){0,8}$",
)
# A group's word or an attribution around the name: the group it is, whatever else the text says.
_GROUP_AFTER = re.compile(
    r"^(?:['’]s)?\s(?:(?i:group|gang|actors?|hackers|APT|crew|team|operators|threat actor|cluster))\b"
)
_GROUP_BEFORE = re.compile(
    r"\b(?:by|attributed to|linked to|tied to|associated with|blamed on)\s(?:the\s)?$", re.I
)


def family_not_group(text: str, written: str) -> bool:
    """Whether every telling mention of `written` gives a malware family and none a group."""
    family = False
    for start, end in name_spans(text, written):
        before = text[max(0, start - 80) : start]
        after = text[end : end + 40]
        if (
            _GROUP_AFTER.match(after)
            or _GROUP_BEFORE.search(before)
            or group_named_before(before[-60:])
            or nearest_kind(before[-30:]) == "actor"
        ):
            return False
        if (
            _FAMILY_AFTER.match(after)
            or family_named_before(before[-60:])
            or _FAMILY_LIST_BEFORE.search(before)
        ):
            family = True
    return family
