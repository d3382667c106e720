"""Priority 0–100, with the reasons: how bad the event is, whether it is exploited, who is hit,
where, and what of the user's watchlist it touches."""

from __future__ import annotations

import re

from veilleur.config import WatchlistConfig
from veilleur.enrich.category_shapes import REPORT
from veilleur.models import Category, Intel, PriorityReason, ReasonCode, Sector
from veilleur.text.prefilter import screened
from veilleur.text.study_words import says_it_is_a_study

BASE = {
    Category.RANSOMWARE: 40, Category.DATA_BREACH: 30, Category.VULNERABILITY: 30,
    Category.APT_ESPIONAGE: 30, Category.MALWARE_CAMPAIGN: 25, Category.DDOS: 20,
    Category.FRAUD_PHISHING: 20, Category.LAW_ENFORCEMENT: 10, Category.POLICY_REGULATION: 10,
    Category.RESEARCH_TOOLING: 10, Category.OTHER: 5,
}  # fmt: skip
_EXPLOITED = screened(
    r"exploited in the wild|actively exploited|under active exploitation|exploitation active|"
    r"activement exploitée?s?|exploitée?s? dans la nature|zero-day|0-day|(?-i:\bKEV\b)|actief misbruikt|"
    r"aktiv ausgenutzt",
    re.I,
)
_CRITICAL = screened(r"CVSS[^.]{0,20}?(?:9\.\d|10\.0)|\bcritical\b|\bcritique\b|kritiek|kritisch", re.I)
_HUMAN_IMPACTS = {"emergency_diverted", "patients_transferred", "surgeries_cancelled"}
CRITICAL_SECTORS = {
    Sector.HEALTHCARE,
    Sector.ENERGY,
    Sector.UTILITIES,
    Sector.GOVERNMENT,
    Sector.TRANSPORTATION,
    Sector.TELECOMMUNICATIONS,
}
WATCH_POINTS = 15
NOT_RELEVANT_CAP = 10  # a page not about cybersecurity ranks no higher


def _mentions(words: list[str], text: str) -> list[str]:
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)]


def watch_hits(intel: Intel, text: str, watchlist: WatchlistConfig) -> list[tuple[str, str]]:
    """What of the watchlist the article touches, as (kind, value) pairs: ("vendor", "Fortinet")."""
    hits = [("vendor", w) for w in _mentions(watchlist.vendors, text)]
    hits += [("product", w) for w in _mentions(watchlist.products, text)]
    hits += [("keyword", w) for w in _mentions(watchlist.keywords, text)]
    hits += [("sector", s) for s in watchlist.sectors if s in intel.sectors]
    hits += [("country", c) for c in watchlist.countries if c.upper() in intel.countries]
    names = {
        n.casefold()
        for actor in intel.threat_actors + intel.malware
        for n in [actor.canonical, *actor.aliases]
    }
    hits += [("actor", a) for a in watchlist.actors if a.casefold() in names]
    return hits


def watchlist_matches(intel: Intel, text: str, watchlist: WatchlistConfig) -> list[str]:
    """What of the watchlist the article touches, as "kind: value" lines."""
    return [f"{kind}: {value}" for kind, value in watch_hits(intel, text, watchlist)]


_INCIDENT_CATEGORIES = {Category.RANSOMWARE, Category.DATA_BREACH, Category.DDOS}


def _incident_stated(intel: Intel) -> bool:
    return bool(intel.victims or intel.impacts or intel.response or intel.attack or intel.law_enforcement)


# A page that says it is a report or a study in its headline (the shapes the category rules read as
# research, and a report's own names): only such a page is lowered when it states no incident.
# Victims are found on about a third of unseen pages, so "no fact found" alone demoted real attacks
# (campaigns, a gang's new technique, a record DDoS blocked): 31 of 204 labelled attack pages.
def _says_it_is_a_study(text: str) -> bool:
    headline = text.split("\n", 1)[0]
    return says_it_is_a_study(headline) or bool(REPORT.search(headline))


def prioritise(
    intel: Intel, text: str, watchlist: WatchlistConfig | None = None
) -> tuple[int, list[PriorityReason]]:
    score = BASE.get(intel.category, 5)
    reasons = [PriorityReason(code=ReasonCode.CATEGORY, values=(intel.category,), points=score)]
    if intel.category in _INCIDENT_CATEGORIES and not _incident_stated(intel) and _says_it_is_a_study(text):
        # A year-end report or a study about ransomware is not a ransomware attack: no victim,
        # impact, attack fact, response or police action stated, it ranks as a study does, below
        # a town hall's DDoS.
        lowered = score - BASE[Category.RESEARCH_TOOLING]
        score -= lowered
        reasons.append(PriorityReason(code=ReasonCode.NO_INCIDENT, points=-lowered))
    if _EXPLOITED.search(text):
        score += 20
        reasons.append(PriorityReason(code=ReasonCode.EXPLOITED, points=20))
    if _CRITICAL.search(text):
        score += 10
        reasons.append(PriorityReason(code=ReasonCode.CRITICAL_SEVERITY, points=10))
    kinds = {impact.kind for impact in intel.impacts}
    if kinds & _HUMAN_IMPACTS:
        score += 15
        reasons.append(PriorityReason(code=ReasonCode.CARE_DISRUPTED, points=15))
    if "data_stolen" in kinds:
        score += 10
        reasons.append(PriorityReason(code=ReasonCode.DATA_STOLEN, points=10))
    if set(intel.sectors) & CRITICAL_SECTORS:
        score += 10
        critical = tuple(sorted(set(intel.sectors) & CRITICAL_SECTORS))
        reasons.append(PriorityReason(code=ReasonCode.CRITICAL_SECTOR, values=critical, points=10))
    if watchlist is not None:
        for hit in watch_hits(intel, text, watchlist):
            score += WATCH_POINTS
            reasons.append(PriorityReason(code=ReasonCode.WATCHLIST, values=hit, points=WATCH_POINTS))
    if not intel.relevant:
        score = min(score, NOT_RELEVANT_CAP)
        reasons.append(PriorityReason(code=ReasonCode.NOT_RELEVANT, values=(str(NOT_RELEVANT_CAP),)))
    return max(0, min(100, score)), reasons
