"""Articles → Intel: relevance, category, CVEs. One concern per module."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.enrich.cves import unique_cves
from veilleur.enrich.relevance import relevance_score
from veilleur.models import Article, Intel

__all__ = ["enrich"]


def enrich(article: Article, min_relevance: float = 0.5) -> Intel:
    score = relevance_score(article.title, article.text)
    return Intel(
        relevant=score >= min_relevance,
        relevance_score=score,
        category=categorise(article.title, article.text),
        cves=unique_cves(f"{article.title}\n{article.text}"),
    )
