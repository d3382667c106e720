"""French wording of what enrichment records in English: priority reasons and watchlist matches
(`enrich/priority.py`), for the digest and the alerts, and the incident register's codes for its
page. An unknown wording is kept as it is."""

from __future__ import annotations

import re

from veilleur.models import Category, Incident, Sector
from veilleur.text.french import CATEGORY_HEADINGS, IMPACT_NAMES, SECTOR_NAMES, country_name

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


def _sector_name(value: str) -> str:
    sector = Sector.parse(value)
    return SECTOR_NAMES[sector] if sector is not None else value


def watch_match(match: str) -> str:
    """`keyword: Fictiveville` → `mot-clé : Fictiveville`; `sector: healthcare` → `secteur : santé`."""
    kind, sep, value = match.partition(": ")
    if sep and kind == "sector":
        value = _sector_name(value)
    return f"{_KINDS[kind]} : {value}" if sep and kind in _KINDS else match


def reason(text: str) -> str:
    """`critical sector: government (+10)` → `secteur critique : secteur public (+10)`."""
    found = _POINTS.match(text)
    assert found is not None  # the pattern matches any text
    what, points = found.group("what"), found.group("points") or ""
    if text in _FIXED:
        return _FIXED[text]
    if what in _FIXED:
        return _FIXED[what] + points
    kind = Category.parse(what)  # the kind's own reason: `ransomware (+40)`, a former name too
    if kind is not None:
        return CATEGORY_HEADINGS[kind] + points
    if what.startswith("critical sector: "):
        named = [_sector_name(s) for s in what.removeprefix("critical sector: ").split(", ")]
        return "secteur critique : " + ", ".join(named) + points
    if what.startswith("watchlist "):
        return "liste de veille, " + watch_match(what.removeprefix("watchlist ")) + points
    return text


def impact(value: str) -> str:
    """`data_stolen (2 To)` → `données volées (2 To)`: an incident's impact, kind and amount."""
    kind, sep, amount = value.partition(" (")
    return f"{IMPACT_NAMES[kind]}{sep}{amount}" if kind in IMPACT_NAMES else value


def incident_labels(incident: Incident) -> dict[str, object]:
    """What the register's page shows readers for an incident's codes, in French, in the shape
    of the incident's own fields: {"sectors": [str], "countries": [str], "category": str,
    "impacts": [str]}. The data file keeps the codes; the page reads these (`incidents.md`).
    Raw text: the caller escapes it for the page."""
    return {
        "sectors": [_sector_name(str(s)) for s in incident.sectors],
        "countries": [country_name(c) for c in incident.countries],
        "category": CATEGORY_HEADINGS[incident.category],
        "impacts": [impact(i) for i in incident.impacts],
    }
