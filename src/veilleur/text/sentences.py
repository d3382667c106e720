"""Sentence splitting for FR, EN, NL and DE news text."""

from __future__ import annotations

import re
from functools import lru_cache

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = {
    "m",
    "mm",
    "mme",
    "mlle",
    "dr",
    "pr",
    "st",
    "ste",
    "mr",
    "mrs",
    "ms",
    "prof",
    "inc",
    "ltd",
    "co",
    "corp",
    "vs",
    "etc",
    "cf",
    "ex",
    "no",
    "nr",
    "n°",
    "art",
    "jan",
    "feb",
    "fév",
    "mar",
    "apr",
    "avr",
    "jun",
    "jul",
    "juil",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "déc",
    "u.s",
    "e.g",
    "a.k.a",  # "Aleksandr Stepanov, 39, a.k.a. “JimmBee,” and …": one sentence
    "i.e",
    "bzw",
    "z.b",
    "d.h",
    "ca",
    "vgl",
    "dhr",
    "mevr",
    "bijv",
    "mio",  # "3 Mio. Euro Lösegeld": one sentence, one amount
    "mrd",
}
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”»)]?\s+(?=[«\"“(]?[A-ZÀ-ÝĀ-Ž0-9])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, paragraph breaks always ending a sentence."""
    return list(_split(text))


# Enrichment's rules split the same text several times per article (CVEs, impacts, facts, people).
@lru_cache(maxsize=64)
def _split(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = " ".join(paragraph.split())
        if not paragraph:
            continue
        start = 0
        for match in _BOUNDARY.finditer(paragraph):
            candidate = paragraph[start : match.start()].rstrip()
            last_word = candidate.rsplit(" ", 1)[-1].rstrip(".").lower()
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
                continue
            out.append(paragraph[start : match.end()].strip())
            start = match.end()
        tail = paragraph[start:].strip()
        if tail:
            out.append(tail)
    return tuple(out)


def headline_and_sentences(title: str, text: str, limit: int) -> list[str]:
    """The headline (when there is one) and the first `limit` sentences of `text`, in order: what
    the fact readers read. With a headline only the first 20,000 characters are split."""
    return [title, *split_sentences(text[:20000])[:limit]] if title else split_sentences(text)[:limit]
