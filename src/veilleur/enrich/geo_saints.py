"""Territories named after a saint ("Saint-Martin", "Saint-Pierre", "Sint Maarten", "St. Helena",
"St. Lucia") are also the saints hospitals, clinics, churches and schools are named after: "CHU
Saint-Pierre" is a Brussels hospital, "AZ Sint-Maarten" a Mechelen one, "St. Helena Hospital" a
Californian one. Inside such a name the saint is no place; alone ("the island of Saint Martin",
"hackers in St. Lucia") it is one."""

from __future__ import annotations

import re

# The place's name opens with a saint's title, in the languages of the gazetteer and of the
# saints' names it holds ("São Tomé", "San Marino" are no saint's title: left out).
_SAINT_TITLE = re.compile(r"(?i:saint|sainte|st|ste|sint)(?:\.|\b)")
# A capitalised word right before, joined by a space or a hyphen, that opens the same name ("CHU
# Saint-Pierre", "AZ Sint-Maarten", "Hôpital Saint-Martin", "Clinique Sainte-Lucie"); the words that
# open a sentence's place ("In Saint Lucia", "From St. Helena") are no part of a name.
_NAME_BEFORE = re.compile(r"(?<![\w.-])([A-ZÀ-Ý][\w'’.-]*)[^\S\n]$")
_NOT_NAME_WORDS = frozenset(
    """In On At The From To Of And For Across Near By With Via Into Off Over En Au Aux De Du Des Le La
    Les Dans Sur Vers Op Te Uit Van Naar Im Auf Aus Nach Bei""".split()
)
# What follows inside the same name: a capitalised word or the noun of what it names ("St. Lucia
# Clinic", "Saint Martin hospital", "Saint Martin de Porres"); not a possessive ("St. Lucia's
# government" is the island's).
_NAME_AFTER = re.compile(
    r"(?:[^\S\n](?:[A-ZÀ-Ý]|(?:de|del|du|des|van|von)[^\S\n][A-ZÀ-Ý])|"
    r"[^\S\n](?i:hospitals?|clinics?|medical|health|healthcare|care|church|cathedral|parish|school|college|"
    r"university|academy|hospice|ziekenhuis|kliniek|klinik|krankenhaus)\b)"
)


def saint_in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the place written at text[start:end] is a saint's name inside a longer proper name
    (a hospital's, a school's, a church's), not the territory named after that saint."""
    if not _SAINT_TITLE.match(text, start):
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1) not in _NOT_NAME_WORDS:
        return True
    return _NAME_AFTER.match(text, end) is not None
