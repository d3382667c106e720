"""Articles → Intel: relevance, category, victims with sectors and countries, actors, malware,
CVEs, IOCs, impacts and priority. One concern per module; this one puts them together."""

from __future__ import annotations

from veilleur.brief.sentences import split_sentences
from veilleur.config import DEFAULT_MIN_RELEVANCE, WatchlistConfig
from veilleur.enrich.actors import find_threats
from veilleur.enrich.category import categorise
from veilleur.enrich.cves import find_cves
from veilleur.enrich.geo import find_countries
from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.iocs import find_indicators
from veilleur.enrich.priority import prioritise, watchlist_matches
from veilleur.enrich.relevance import relevance_score
from veilleur.enrich.response import find_response
from veilleur.enrich.victims import find_victims, sectors_of, victim_sectors
from veilleur.models import Article, CveMentionRecord, ImpactRecord, Intel, Victim

__all__ = ["enrich"]


def _cve_sentences(text: str) -> list[CveMentionRecord]:
    records: dict[str, CveMentionRecord] = {}
    for sentence in split_sentences(text):
        for mention in find_cves(sentence):
            records.setdefault(mention.cve, CveMentionRecord(id=mention.cve, sentence=sentence))
    return list(records.values())


def enrich(
    article: Article, min_relevance: float = DEFAULT_MIN_RELEVANCE, watchlist: WatchlistConfig | None = None
) -> Intel:
    text = f"{article.title}\n{article.text}"
    score = relevance_score(article.title, article.text)
    countries = find_countries(text)
    victims = []
    for name in find_victims(text):
        victims.append(Victim(name=name, sectors=victim_sectors(name, text), countries=countries[:1]))
    sectors = list(dict.fromkeys(s for v in victims for s in v.sectors))
    if not sectors:
        # Without a named victim, the article's dominant sector, if it clearly has one.
        found = sectors_of(text)
        sectors = found[:1] if found and len(sectors_of(article.title)) else []
    actors, malware = find_threats(text)
    intel = Intel(
        relevant=score >= min_relevance,
        relevance_score=score,
        category=categorise(article.title, article.text),
        cves=_cve_sentences(text),
        victims=victims,
        sectors=sectors,
        countries=countries,
        threat_actors=actors,
        malware=malware,
        iocs=find_indicators(article.text, [article.url, article.canonical_url]),
        impacts=[ImpactRecord(kind=i.kind, sentence=i.sentence, amount=i.amount) for i in find_impacts(text)],
        response=find_response(article.text),
    )
    if watchlist is not None:
        intel.watchlist = watchlist_matches(intel, text, watchlist)
    intel.priority, intel.priority_reasons = prioritise(intel, text, watchlist)
    return intel
