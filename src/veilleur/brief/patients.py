"""How many patients a sentence says were moved, written as a French briefing says it.

"Douze patients des soins intensifs ont été transférés" → "douze"; "Seven critically ill patients
were moved" → "sept"; "12 patients" → "12". A count is read only right before "patients" (at most
two words between: "seven critically ill patients"); "un/une" and "a/one" are articles as often
as numbers and are not read."""

from __future__ import annotations

import re

_FRENCH = (
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt"
).split()
_ENGLISH = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
_IN_FRENCH = {**{word: word for word in _FRENCH}, **dict(zip(_ENGLISH, _FRENCH, strict=True))}
_WORDS = "|".join(sorted(_IN_FRENCH, key=len, reverse=True))
_COUNT = re.compile(rf"\b(?P<n>[0-9]{{1,4}}|{_WORDS})\s(?:[\w-]+\s){{0,2}}?patients\b", re.I)


def french_count(word: str) -> str:
    """ "four" → "quatre", "douze" → "douze", "12" → "12"; "" for anything else."""
    word = word.lower()
    if re.fullmatch(r"[0-9]{1,4}", word):  # "٤٠٠" is not copied into French
        return word
    return _IN_FRENCH.get(word, "")


def patients_count(sentence: str) -> str:
    """The count in French ("douze", "12"), or "" when the sentence gives none."""
    match = _COUNT.search(sentence)
    if match is None:
        return ""
    count = match.group("n").lower()
    return _IN_FRENCH.get(count, count)


def spelled(count: str) -> str:
    """A count that opens a French sentence, in words up to twenty ("4" → "quatre": a sentence does
    not open with a digit); other counts as given."""
    return _FRENCH[int(count) - 2] if re.fullmatch(r"\d{1,2}", count) and 2 <= int(count) <= 20 else count
