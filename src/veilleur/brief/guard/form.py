"""Form checks: French, length, no preamble, no leaked label, no loop, no HTML, no foreign link."""

from __future__ import annotations

import re
from collections import Counter

PREAMBLE = re.compile(
    r"^\s*(voici|voilà|bien sûr|certainement|d'accord|ok\b|en tant qu|je vais|here is|here's|sure\b|"
    r"certainly|as an ai|résumé\s*:|summary\s*:)",
    re.I,
)
LEAKED_LABEL = re.compile(
    r"^\s*(\*\*|#+\s*)?(titre|title|heading|résumé|summary|sous-titre|intro(duction)?|points? clés?|"
    r"recommandations?|vulnérabilités?)\s*(\*\*)?\s*:\s*(\*\*)?\s*",
    re.I,
)
HTML = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
LINK = re.compile(r"\b(?:https?://|www\.)[^\s)\]>»\"']+|\[[^\]]*\]\([^)]*\)", re.I)
MARKUP = re.compile(r"\*\*|__|^#+\s+|^\s*[*+-]\s+", re.M)
# A 4-word sequence met this often in one briefing is a generation loop, not style.
LOOP_REPEATS = 6


def strip_label(text: str) -> tuple[str, str | None]:
    """The text without a leaked "Titre :" style label, and the label removed (or None)."""
    match = LEAKED_LABEL.match(text)
    if not match:
        return text, None
    return text[match.end() :].strip(), match.group(0).strip()


def strip_markup(text: str) -> str:
    """Our templates add the Markdown: a backend's own asterisks and hashes would break it."""
    return " ".join(MARKUP.sub("", text).split())


def foreign_links(text: str, allowed: list[str]) -> list[str]:
    found = []
    for link in LINK.findall(text):
        if not any(link.rstrip(".,;") in url or url in link for url in allowed):
            found.append(link)
    return found


def loop(texts: list[str]) -> str | None:
    """A sequence a runaway generation repeats: 6 words three times, or 4 words LOOP_REPEATS
    times. A 4-word name ("centre hospitalier de Valmont") quoted from several sources of one
    story repeats too, but never with the same words around it."""
    words = re.findall(r"\w+", " ".join(texts).lower())
    for size, limit in ((6, 3), (4, LOOP_REPEATS)):
        grams = Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))
        if grams:
            gram, count = grams.most_common(1)[0]
            if count >= limit:
                return " ".join(gram)
    return None
