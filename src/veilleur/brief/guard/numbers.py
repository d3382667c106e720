"""Numbers, amounts, percentages and dates stated by a briefing must be in its sources.

Formats differ between languages: `1,2 million` and `1.2 million`, `4 000` and `4,000`, `41 %` and
`41%`, `sept` and `seven`. Every mention is read into the set of values it can mean, and a
briefing's mention is supported when one of its values is among the sources' values. Values are
exact (fractions, not floats): a float holds 15 digits, so a rounded 24-digit figure was "the
same" as the source's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

_SPACES = "\u0020\u00a0\u202f\u2009"
# 1 234 567 | 1,234,567 | 1.234.567 | 1234 — then an optional decimal part, then a magnitude.
_NUMBER = re.compile(
    rf"(?<![\w.,])(\d{{1,3}}(?:[{_SPACES}.,]\d{{3}})+|\d+)(?:([.,])(\d+))?(?![\d])"
    r"(?:\s?(%|pour ?cent|per ?cent|percent)|\s?(millions?|milliards?|billions?|mille|thousand|"
    r"miljoen|miljard|duizend|millionen|milliarden|tausend|k|m|bn|md|mds|mn)\b)?",
    re.I,
)
# Digits read as a value at most: Python reads no integer of more than 4,300 digits (a hostile page).
_MAX_DIGITS = 100
_VERSION = re.compile(r"\b\d+(?:\.\d+){2,}\b")
_CVE = re.compile(r"CVE[-\u2010-\u2015/][\w\u2010-\u2015/-]*", re.I)  # ids and malformed ids alike
_MAGNITUDE = {
    "million": 10**6, "millions": 10**6, "miljoen": 10**6, "millionen": 10**6, "m": 10**6, "mn": 10**6,
    "milliard": 10**9, "milliards": 10**9, "billion": 10**9, "billions": 10**9, "miljard": 10**9,
    "milliarden": 10**9, "bn": 10**9, "md": 10**9, "mds": 10**9,
    "mille": 10**3, "thousand": 10**3, "duizend": 10**3, "tausend": 10**3, "k": 10**3,
}  # fmt: skip
# Number words. "un/une" (also articles) and "neuf" (also "new") are not read as numbers.
_WORDS = {
    # French (what a briefing writes)
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "dizaine": 10, "douzaine": 12,
    "centaine": 100, "millier": 1000,
    # English, Dutch, German (what sources write)
    "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    "twaalf": 12, "twintig": 20, "honderd": 100,
    "zwei": 2, "drei": 3, "fünf": 5, "sechs": 6, "sieben": 7, "neun": 9, "zehn": 10, "zwölf": 12,
    "zwanzig": 20, "hundert": 100,
}  # fmt: skip
_WORD = re.compile(r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")s?\b", re.I)


@dataclass(frozen=True)
class NumberMention:
    text: str
    values: frozenset[Fraction]


def _values(
    integer: str, separator: str | None, decimals: str | None, magnitude: str | None
) -> set[Fraction]:
    digits = re.sub(rf"[{_SPACES}.,]", "", integer)
    grouped = digits != integer  # "4 000", "4,000", "1.234"
    readings: set[Fraction] = set()
    if len(digits) + len(decimals or "") > _MAX_DIGITS:  # no value: a briefing's is unsupported
        return readings
    if decimals is not None and separator:
        readings.add(Fraction(f"{digits}.{decimals}"))
        if len(decimals) == 3 and not grouped:  # "1,200" or "1.200": a thousands group too
            readings.add(Fraction(digits + decimals))
    else:
        readings.add(Fraction(digits))
        marks = re.findall(r"[.,]", integer)
        if len(marks) == 1:  # "1,200" may also be a French decimal, "1.200" an English one
            left, right = re.split(r"[.,]", integer)
            readings.add(Fraction(f"{left}.{right}"))
    if magnitude:
        factor = _MAGNITUDE.get(magnitude.lower().replace(" ", ""))
        if factor:
            readings |= {value * factor for value in readings}
    return readings


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention, with the values it can mean. CVE ids and versions are not numbers here."""
    text = _CVE.sub(" ", _VERSION.sub(" ", text))
    mentions = []
    for match in _NUMBER.finditer(text):
        integer, separator, decimals, _percent, magnitude = match.groups()
        mentions.append(
            NumberMention(match.group(0).strip(), frozenset(_values(integer, separator, decimals, magnitude)))
        )
    for match in _WORD.finditer(text):
        mentions.append(NumberMention(match.group(0), frozenset({Fraction(_WORDS[match.group(1).lower()])})))
    return mentions


def versions(text: str) -> set[str]:
    return set(_VERSION.findall(text))


class NumberIndex:
    """The values and version strings of the sources, to check a briefing against."""

    def __init__(self, sources: list[str]) -> None:
        self.values: set[Fraction] = set()
        self.versions: set[str] = set()
        for text in sources:
            for mention in find_numbers(text):
                self.values |= mention.values
            self.versions |= versions(text)

    def supported(self, mention: NumberMention) -> bool:
        return not mention.values.isdisjoint(self.values)

    def unsupported(self, text: str) -> list[str]:
        """The number mentions of `text` that the sources do not support."""
        missing = [m.text for m in find_numbers(text) if not self.supported(m)]
        missing += [v for v in versions(text) if v not in self.versions]
        return missing
