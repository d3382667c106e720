"""Galaxies' ransomware brands the text writes as something else: a family of another kind under
the brand's first word ("Chaos RAT", "Styx Stealer") and a group the actors' galaxy lists under
another main name whose alias a ransomware galaxy also holds ("Silent Ransom Group", Luna Moth).
Read by `actors.find_threats`."""

from __future__ import annotations

import re

from veilleur.enrich.threat_mentions import Mention
from veilleur.text.whole_names import occurrences


def _squash(name: str) -> str:
    """A brand's spelling without case, spaces or hyphens (as `actors` keys the brands)."""
    return re.sub(r"[\s-]+", "", name).casefold()


# A family's kind other than ransomware ending the name as written.
OTHER_KIND_SUFFIX = re.compile(r"\s(?:RAT|(?i:stealer|infostealer|loader|botnet|backdoor|trojan|spyware))$")
# A ransomware's word right after a brand: "X ransomware", "X's encryptor".
_RANSOM_KIND_AFTER = re.compile(r"(?:['’]s)?\s(?:ransomware|rançongiciel|encryptor|locker|payload)\b", re.I)


# A group's word, capitalised, ending its name: "Silent Ransom Group".
_GROUP_NAME_AFTER = re.compile(r"\sGroup\b")


def group_alias_only(mention: Mention, text: str, brands: frozenset[str]) -> bool:
    """Whether the mention is a group of the actors' galaxies known by another main name, that a
    ransomware galaxy lists only under the alias written here, that the text writes as a group's
    full name and never before a ransomware's word: the group, not a brand."""
    if mention.kind != "actor" or _squash(mention.canonical) in brands:
        return False  # (asked first: a brand repeated 1,000 times is not searched for each time)
    spans = list(occurrences(text, mention.written))
    # (the group's full name, "Silent Ransom Group"; "families such as Monti and Akira" is a brand)
    return any(_GROUP_NAME_AFTER.match(text, at + len(mention.written)) for at in spans) and not any(
        _RANSOM_KIND_AFTER.match(text, at + len(mention.written)) for at in spans
    )
