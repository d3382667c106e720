"""Cyrillic and Greek letters drawn like Latin ones. A word that mixes them with Latin letters
("LоckBit", "Nоrthbank" with a Cyrillic "о") is written to look like its Latin twin, by mistake (a
keyboard switched mid-word) or to dodge filters, and is read as that twin. A word wholly in another
script ("Больница") is that script's own word and stays."""

from __future__ import annotations

import re

TWINS = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеѕіјорсухһԁԛԝӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιν",
    "ABESIJKMHOPCTXYaesijopcyxhdqwlABEZHIKMNOPTYXoiv",
)
LOOKALIKE = re.compile(f"[{''.join(chr(c) for c in TWINS)}]")
_LETTERS = re.compile(r"[^\W\d_]+")


def latin_twin(found: re.Match[str]) -> str:
    """The word `found` matched, its look-alike letters read as Latin when it mixes them with Latin ones."""
    word = found.group()
    if LOOKALIKE.search(word) and re.search("[A-Za-z]", word):
        return word.translate(TWINS)
    return word


def latin_twins(text: str) -> str:
    """`text` with each word that mixes Latin letters and look-alikes read as its Latin twin; one letter
    for one, so every offset stays."""
    if text.isascii() or not LOOKALIKE.search(text):
        return text
    return _LETTERS.sub(latin_twin, text)
