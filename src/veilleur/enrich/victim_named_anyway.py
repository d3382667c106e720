"""Names a veto's shape fits that are names all the same (`victim_admissible.veto`): a brand the
recogniser counts as a number ("3CX"), an organisation introduced by its kind ("a company called
X", unlike "a backdoor called X"), a person named by their role whose own phone or account was hacked
("Former Prime Minister X's phone was hacked", unlike "Prime Minister X said")."""

from __future__ import annotations

import re

from veilleur.enrich.organisation_nouns import ORGANISATION_NOUN
from veilleur.enrich.victim_features import Candidate, brand_with_digits

# An amount the recogniser rightly calls a number though it mixes digits and letters ("427GB",
# "25.7TB", "5bn", "100Mbps"): a unit after the digits, or a decimal point inside them.
_AMOUNT = re.compile(r"(?i)[\d.,]*\d(?:[.,]\d+)?\s?(?:[kmgtp]i?b|[kmgt]bps|bn|mn|k|m|b)\+?|.*\d[.,]\d.*")


def brand_counted(candidate: Candidate) -> bool:
    """One word mixing digits and two or more letters that the recogniser calls a number
    ("3CX", "23andMe", "1Password"): a brand's spelling, not a count; an amount of data or money
    ("427GB", "25.7TB") stays a number."""
    words = candidate.name.split()
    return (
        candidate.label == "CARDINAL"
        and len(words) == 1
        and brand_with_digits(words[0])
        and not _AMOUNT.fullmatch(words[0])
    )


# "a tech services company called Outabox", "une société nommée X", "een bedrijf genaamd X", "eine
# Firma genannt X": a kind of organisation, then the word that gives its name, names an organisation,
# not a thing ("a backdoor called X", "a group dubbed X", "a campaign codenamed X" stay things).
_KIND_OF_ORGANISATION_CALLED = re.compile(
    rf"(?i)\b(?:{ORGANISATION_NOUN}|maker|publisher|outfit|biz|association|onderneming|organisatie)\s"
    r"(?:called|named|known as|nommée?|genaamd|genannt)\s+[\"“‘']?$"
)


def organisation_called(before: str) -> bool:
    """`before` ends with a kind of organisation and the word that gives its name."""
    return bool(_KIND_OF_ORGANISATION_CALLED.search(before))


# What of a person's own was attacked, written after their name: "Former Prime Minister X's phone
# was hacked", "minister Y's email account had been compromised". A role names such a person too,
# and then they are the one attacked, not one who speaks.
_OWN_THING_ATTACKED = (
    r"{name}\s?['’‘]s\s(?:[\w-]+\s){{0,3}}?(?:was|were|has been|had been|have been|got|is|are)\s"
    r"(?:\w+\s)?(?:hacked|breached|compromised|hijacked|stolen|leaked|accessed|spied on|targeted|infected)\b"
)


def own_thing_attacked(name: str, sentence: str) -> bool:
    """The sentence says a thing of `name`'s own ("X's phone", "X's account") was attacked."""
    return bool(re.search(_OWN_THING_ATTACKED.format(name=re.escape(name)), sentence, re.I))
