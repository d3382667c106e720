"""Threat names as a French sentence says them."""

from __future__ import annotations

import re

# An English kind word written in lower case after a name is the article's description, not the name:
# "Les logiciels malveillants FakeBat et Lumma stealer", "Donut loader", "L'outil offensif Pegasus
# spyware" (sixth audit) read English in French sentences; the French noun before says the kind.
_KIND_AFTER = re.compile(
    r"(?<=\w)\s(?-i:stealer|infostealer|loader|spyware|malware|ransomware|backdoor|botnet|trojan|wiper|"
    r"rootkit|worm|implant|dropper)$"
)


def bare_name(name: str) -> str:
    """`name` without a lower-case English kind word after it ("Lumma stealer" -> "Lumma")."""
    bare = _KIND_AFTER.sub("", name)
    return bare if any(c.isupper() for c in bare) else name
