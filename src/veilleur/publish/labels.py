"""French wording of what enrichment records as codes: priority reasons and watchlist matches
(`enrich/priority.py`), for the digest, the alerts and the console, and the incident register's
codes for its page. An unknown wording is kept as it is."""

from __future__ import annotations

from veilleur.models import Category, Incident, PriorityReason, ReasonCode, Sector
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
    ReasonCode.NO_INCIDENT: "aucun incident rapporté",
    ReasonCode.EXPLOITED: "exploitée activement",
    ReasonCode.CRITICAL_SEVERITY: "gravité critique",
    ReasonCode.CARE_DISRUPTED: "soins ou service public perturbés",
    ReasonCode.DATA_STOLEN: "données volées",
}


def _sector_name(value: str) -> str:
    sector = Sector.parse(value)
    return SECTOR_NAMES[sector] if sector is not None else value


def watch_match(match: str) -> str:
    """`keyword: Fictiveville` → `mot-clé : Fictiveville`; `sector: healthcare` → `secteur : santé`."""
    kind, sep, value = match.partition(": ")
    if sep and kind == "sector":
        value = _sector_name(value)
    return f"{_KINDS[kind]} : {value}" if sep and kind in _KINDS else match


def reason(said: PriorityReason) -> str:
    """A priority reason in French, from its code and values: `critical sector` (government, +10) →
    `secteur critique : secteur public (+10)`; a reason stored as text before the codes as written."""
    values = said.values
    if said.code == ReasonCode.CATEGORY:
        kind = Category.parse(values[0]) if values else None  # a former name too
        what = CATEGORY_HEADINGS[kind] if kind is not None else ", ".join(values)
    elif said.code == ReasonCode.CRITICAL_SECTOR:
        what = "secteur critique : " + ", ".join(_sector_name(s) for s in values)
    elif said.code == ReasonCode.WATCHLIST:
        what = "liste de veille, " + watch_match(": ".join(values))
    elif said.code == ReasonCode.NOT_RELEVANT:
        what = f"hors cybersécurité (plafonnée à {''.join(values)})"
    elif said.code == ReasonCode.WRITTEN:
        what = "".join(values)
    else:
        what = _FIXED[said.code]
    return what if said.points is None else f"{what} ({said.points:+d})"


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
