"""A household name's country when the article's own words name none (labelling guide: "country
only from the article body or common knowledge of a household name: Santander → ES, Acer → TW"),
and never over the country its own sentence gives. The texts are fictional."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.models import Article


def _countries(title: str, lead: str, name: str) -> list[str]:
    url = "https://news.example/2026/01/story"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=lead, lang="en"))
    found = [v for v in intel.victims if v.name == name]
    assert found, intel.victims
    return found[0].countries


def test_a_household_name_gets_its_country() -> None:
    title = "Samsung confirms data breach after hackers stole customer records"
    lead = "Samsung confirmed that hackers stole the names and addresses of customers in a breach last month."
    assert _countries(title, lead, "Samsung") == ["KR"]


def test_the_victims_own_sentence_comes_first() -> None:
    title = "Vodafone Spain hit by ransomware"
    lead = "Ransomware hit the Spanish unit of Vodafone in Madrid, disrupting stores across Spain."
    assert _countries(title, lead, "Vodafone Spain") != ["GB"]
