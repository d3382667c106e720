"""A list whose members are named with their relation ("X and parent company Y", "X and its
subsidiary Y"): each is a victim with the other, as in any list of names that share a verb."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_model import _BETWEEN
from veilleur.models import Article


def _victims(title: str, text: str) -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang="en")
    return [v.name for v in enrich(article).victims]


def test_a_parent_or_subsidiary_joins_a_list() -> None:
    assert _BETWEEN.fullmatch(" and parent company ")
    assert _BETWEEN.fullmatch(" and its subsidiary ")
    assert _BETWEEN.fullmatch(", Brelford and sister company ")
    assert not _BETWEEN.fullmatch(" and researchers at ")


def test_a_utility_and_its_parent_company_are_both_victims() -> None:
    found = _victims(
        "Coastal utility Marrowind Power and parent company Ostrava suffered a cyberattack",
        "Coastal utility Marrowind Power and parent company Ostrava are facing a cyberattack that "
        "disrupted their IT systems and networks. Ostrava said it isolated the affected servers.",
    )
    assert "Marrowind Power" in found and "Ostrava" in found
