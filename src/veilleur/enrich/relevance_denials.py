"""The flaws a text names only to deny them (relevance.py reads the text without them): a sentence that
says there is no vulnerability, and a summary's section label alone on its line, state no flaw."""

from __future__ import annotations

import re

# A flaw named only to be denied ("Aucune vulnérabilité spécifique (CVE) n'est mentionnée", "a deployment
# problem rather than an exploited security flaw", "no CVE was assigned", "keine Schwachstelle") and a
# summary's section label alone on its line ("Vulnérabilités :", "Vulnerabilities:") state no flaw: a
# post on failing updates is not made security news by its template's "no vulnerability" section.
# The sentence goes, not its paragraph (a flaw's story keeps its other sentences).
_NO_FLAW = (
    r"(?:aucune?|pas de|sans) (?:\w+ )?(?:vulnérabilit\w*|failles?|cves?)\b|"
    r"(?:plutôt|plus) que (?:sur |de |d['’])?(?:une? |des )?(?:failles?|vulnérabilit\w*)|"
    r"\bno (?:specific |known |particular )?(?:vulnerabilit\w*|flaws?|cves?)\b(?! (?:fix|patch)\w*)|"
    r"rather than (?:on )?(?:an? )?(?:security )?(?:flaws?|vulnerabilit\w*)|"
    r"\bkeine (?:\w+ )?(?:schwachstellen?|sicherheitslücken?|cves?)\b|\bgeen (?:\w+ )?(?:kwetsbaarhe\w*|lekken|cves?)\b"
)
_DENIAL = re.compile(_NO_FLAW, re.I)
_FLAW_LABEL = re.compile(
    r"(?im)^\W{0,3}(?:vulnérabilités?|vulnerabilit(?:y|ies)|schwachstellen|kwetsbaarheden)\b[^\n.]{0,40}:\s*$"
)


def _sentence_bounds(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """The sentence around text[start:end] (not before `floor`): from the last stop or line break
    before it to its stop, which it keeps, or its line's end (found with str.find, never a regex
    scan from every position: a hostile text's stopless line stays linear)."""
    begin = max(floor, *(text.rfind(stop, floor, start) + 1 for stop in ".!?\n"))
    ends = [i for i in (text.find(stop, end) for stop in ".!?\n") if i >= 0]
    finish = min(ends, default=len(text))
    return begin, finish + 1 if finish < len(text) and text[finish] != "\n" else finish


def without_denied_flaws(text: str) -> str:
    """The text without its sentences that deny a flaw and its lines that only label a section."""
    kept: list[str] = []
    last = 0
    for denial in _DENIAL.finditer(text):
        if denial.start() < last:
            continue  # (inside a sentence already dropped)
        begin, finish = _sentence_bounds(text, denial.start(), denial.end(), last)
        kept += [text[last:begin], " "]
        last = finish
    return _FLAW_LABEL.sub(" ", "".join(kept) + text[last:])
