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
# The justice sentence counts people it does not name: "four main individuals", "two suspects".
_COUNTED_PEOPLE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple)\s(?:[\w-]+\s){0,2}?"
    r"(?:individuals|people|persons|men|women|suspects|defendants|members|executives|operators|officials)\b",
    re.I,
)


def named_after_count(sentences: list[str], justice: Callable[[str], bool]) -> set[str]:
    """Sentences that name the people a justice sentence right before them counted (`_NAMES_THEM`)."""
    return {
        sentence
        for before, sentence in itertools.pairwise(sentences)
        if _NAMES_THEM.match(sentence) and justice(before) and _COUNTED_PEOPLE.search(before)
    }


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
