"""The sentences that list the people a justice sentence introduces without naming them in it (read by
`people`): the short lines under a justice line that ends with a colon ("added to the Most Wanted
list:" then one person a line), and the sentence right after one that counts them ("four individuals
linked to it have been sanctioned. This includes its CEO X, general director Y and Z")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from veilleur.text import WORD_CHARS

# Two capitalised words in a row: a sentence without them names no person.
FULL_NAME = re.compile(
    rf"\b[A-Z][\w'’-]{{1,{WORD_CHARS}}}\s(?:[A-Z][\w.'’-]{{0,{WORD_CHARS}}}\s){{0,2}}[A-Z][\w'’-]{{1,{WORD_CHARS}}}"
)
# A sentence that names the people the justice sentence before it counted without naming them: "four
# individuals linked to it have been sanctioned. This includes its CEO X, general director Y and Z",
# "Three men were charged. They are X, Y and Z", "Parmi eux figurent X et Y".
_NAMES_THEM = re.compile(
    r"^(?:This|These|They|Those|Among\sthem|Among\sthose|The\s(?:individuals|men|suspects|defendants|"
    r"persons|people)|Parmi\seux|Darunter|Onder\shen)\b,?\s(?:[\w-]+\s){0,2}?"
    r"(?:includes?|included|are|were|is|namely|figurent|sind|zijn)\b"
)
# A sentence that gives the names of people just described: "Media reports have identified them as X
# and Y", "police named the pair as X and Y".
_IDENTIFIES_THEM = re.compile(
    r"\b(?:identified|named|unmasked|revealed)\s(?:them|the\s(?:pair|couple|two|three|suspects|men|women|"
    r"individuals|defendants))\sas\b"
)
# The justice sentence counts people it does not name: "four main individuals", "two suspects".
_COUNTED_PEOPLE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple)\s(?:[\w-]+\s){0,2}?"
    r"(?:individuals|people|persons|men|women|suspects|defendants|members|executives|operators|officials|"
    r"citizens|nationals|residents)\b",
    re.I,
)


def named_after_count(sentences: list[str], justice: Callable[[str], bool]) -> set[str]:
    """Sentences that name the people a justice sentence right before them counted (`_NAMES_THEM`),
    or that identify them one sentence further on (`_IDENTIFIES_THEM`), past the one describing them."""
    counted = [justice(s) and _COUNTED_PEOPLE.search(s) is not None for s in sentences]
    named = {
        sentence
        for (before, sentence), count in zip(itertools.pairwise(sentences), counted, strict=False)
        if _NAMES_THEM.match(sentence) and count
    }
    for index, sentence in enumerate(sentences):
        if _IDENTIFIES_THEM.search(sentence) and any(counted[max(0, index - 2) : index]):
            named.add(sentence)
    return named


def listed_under(sentences: list[str], justice: Callable[[str], bool], most: int) -> set[str]:
    """Lines listed under a justice line that ends with a colon or a dash, up to a line that is no
    short item (a person's name first, at most 80 characters)."""
    out: set[str] = set()
    for index, sentence in enumerate(sentences):
        if not sentence.rstrip().endswith((":", "-", "–", "—")) or not justice(sentence):
            continue
        for item in sentences[index + 1 : index + 1 + most]:
            if len(item) > 80 or not FULL_NAME.match(item):
                break
            out.add(item)
    return out


# A person's full name in such a sentence: two or three capitalised words.
_LISTED_NAME = re.compile(r"[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+){1,2}")


def identified_names(sentence: str) -> list[str]:
    """The names a sentence gives right after `_IDENTIFIES_THEM`, joined by commas or "and" ("identified
    them as X and Y, respectively"): the recogniser finds the first and often misses the next."""
    said = _IDENTIFIES_THEM.search(sentence)
    if said is None:
        return []
    names = []
    rest = sentence[said.end() :]
    while match := re.match(rf"\s?(?:,\s|and\s|,\sand\s)?({_LISTED_NAME.pattern})", rest):
        names.append(match.group(1))
        rest = rest[match.end() :]
    return names
