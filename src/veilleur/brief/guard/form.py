"""Form checks: French, length, no preamble, no leaked label, no HTML, no foreign link.
Generation loops are `repetition`'s."""

from __future__ import annotations

import re
from collections.abc import Iterable

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
# Anything that opens a tag, closing tag, comment, declaration or processing instruction, custom
# elements (`<x-a …>`) included; a lone "<" before a space or digit is a comparison.
HTML = re.compile(r"<\s*[/!?]?\s*[a-zA-Z]|<!--")
# Bare URLs, the target of any inline link or image (`](…`, whatever brackets the text holds),
# reference definitions (`[x]: …`) and script-capable schemes wherever they appear.
LINK = re.compile(
    r"\b(?:https?://|www\.)[^\s)\]>»\"']+|\]\s*\([^)\s]*\)?|^\s*\[[^\]]*\]:\s*\S+"
    r"|\b(?:javascript|vbscript|data|file):\S+",
    re.I | re.M,
)
# A bullet's indent is the spaces of its own line: "^\s*" tried at each line of a run of newlines
# read the rest of the run from each (a field of 31,000 newlines: 5 s a call). Whitespace is
# collapsed after the markup is removed.
MARKUP = re.compile(r"\*\*|__|^#+\s+|^[^\S\n]*[*+-]\s+", re.M)


def strip_label(text: str, keep: Iterable[str] = ()) -> tuple[str, str | None]:
    """The text without a leaked "Titre :" style label, and the label removed (or None). A label
    in `keep` is the text's own ("Vulnérabilité : …", a heading naming its kind of event)."""
    match = LEAKED_LABEL.match(text)
    # Singular or plural alike: "Vulnérabilités : deux failles corrigées" names its kind too.
    if not match or match.group(2).casefold().removesuffix("s") in {k.casefold() for k in keep}:
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
