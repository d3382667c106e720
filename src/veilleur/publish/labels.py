"""French wording of what enrichment records in English: priority reasons and watchlist matches
(`enrich/priority.py`), for the digest and the alerts. An unknown wording is kept as it is."""

from __future__ import annotations

import re

from veilleur.text.french import CATEGORY_HEADINGS

_KINDS = {
    "vendor": "éditeur",
    "product": "produit",
    "keyword": "mot-clé",
    "sector": "secteur",
    "country": "pays",
    "actor": "acteur",
}
_FIXED = {
    "exploited in the wild": "exploitée activement",
    "critical severity": "gravité critique",
    "care or public service disrupted": "soins ou service public perturbés",
    "data stolen": "données volées",
    "not about cybersecurity (capped at 10)": "hors cybersécurité (plafonnée à 10)",
}
_POINTS = re.compile(r"^(?P<what>.*?)(?P<points> \(\+\d+\))?$")


def watch_match(match: str) -> str:
    """`keyword: Fictiveville` → `mot-clé : Fictiveville`."""
    kind, sep, value = match.partition(": ")
    return f"{_KINDS[kind]} : {value}" if sep and kind in _KINDS else match


def reason(text: str) -> str:
    """`critical sector: government (+10)` → `secteur critique : government (+10)`."""
    found = _POINTS.match(text)
    assert found is not None  # the pattern matches any text
    what, points = found.group("what"), found.group("points") or ""
    if text in _FIXED:
        return _FIXED[text]
    if what in _FIXED:
        return _FIXED[what] + points
    if what in CATEGORY_HEADINGS:
        return CATEGORY_HEADINGS[what] + points
    if what.startswith("critical sector: "):
        return "secteur critique : " + what.removeprefix("critical sector: ") + points
    if what.startswith("watchlist "):
        return "liste de veille, " + watch_match(what.removeprefix("watchlist ")) + points
    return text
