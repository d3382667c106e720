"""Galaxies' names the text gives to someone other than a threat: a person's surname after a given
name and a role ("Sysdig researcher Jo Rizzo", a galaxy's "Rizzo") and a brand the attackers
impersonate ("impersonate well-known brands, including AnyDesk, BlackRock and Asana": a galaxy's
"BlackRock" Android trojan). Read by `threat_status.name_status`."""

from __future__ import annotations

import re

# A person's role, then a capitalised given name right before the galaxy's name.
_PERSON_BEFORE = re.compile(
    r"\b(?:researchers?|analysts?|engineers?|scientists?|director|head|CEO|CTO|CISO|founder|"
    r"officer|spokes(?:person|man|woman)|professor|chercheur|chercheuse|Forscher\w*|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)"
    r"\s[A-Z][a-zà-ÿ'’-]+\s$"
)
# A verb of impersonation, then a list of names (capitalised words, commas, "and") up to the name,
# with the brands' noun and "including", "like", "such as" allowed before the list.
_IMPERSONATED_LIST_BEFORE = re.compile(
    r"\b(?:impersonat\w+|mimick?\w*|spoof\w*|pos(?:e|es|ed|ing)\sas|masquerad\w+\sas|imitat\w+)\s"
    r"(?:(?:[a-z][\w-]*\s){0,3}(?:brands?|companies|firms|organi[sz]ations|services|vendors|software)"
    r",?\s(?:(?:including|like|such\sas|namely|e\.g\.|from)\s)?)?"
    r"(?:[A-Z][\w.&'’-]*,?\s(?:(?:and|or|&)\s)?){0,12}$"
)


def borrowed_name(text: str, start: int) -> bool:
    """Whether the galaxy's name at `start` is a person's surname or a brand the attackers impersonate."""
    before = text[max(0, start - 200) : start]
    return (
        _PERSON_BEFORE.search(before[-60:]) is not None
        or _IMPERSONATED_LIST_BEFORE.search(before) is not None
    )


# A conduct's word before the name and the attacks' noun after it: "the group behind the X attacks",
# "carried out X (aka Y) campaigns": the campaign's name, not a group's (the galaxies list some).
_CONDUCTED_BEFORE = re.compile(
    r"\b(?:behind|carried\sout|conduct\w*|orchestrat\w*|mastermind\w*\sof|responsible\sfor|ran|runs)"
    r"\s(?:the\s|its\s|their\s)?$",
    re.I,
)
_ATTACKS_AFTER = re.compile(r"(?:\s\([^()]{0,40}\))?\s(?:attacks?|campaigns?|operations?|schemes?)\b", re.I)


def campaign_named(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` names attacks that a group conducted."""
    return _CONDUCTED_BEFORE.search(text[max(0, start - 40) : start]) is not None and (
        _ATTACKS_AFTER.match(text, end) is not None
    )
