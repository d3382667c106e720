"""The countries a page gives the attackers are read once per page, not once per victim: a
tracker's page of thousands of claimed victims read the whole page for each one it kept (about a
hundred), most of a 19 s enrichment of 280 kB. The answers are the same; the pages are fictional."""

from __future__ import annotations

import pytest

import veilleur.enrich.victim_country as victim_country
from veilleur.enrich import enrich
from veilleur.models import Article


def _article(text: str) -> Article:
    url = "https://news.example/tracker"
    return Article(url=url, canonical_url=url, title="Ransomware claims", text=text, lang="en", usable=True)


def test_the_attackers_countries_are_read_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "".join(f"The Zorkon ransomware gang claims Quill{i} Hospital (Germany).\n" for i in range(60))
    text = f"Suspected Chinese hackers were also seen.\n{lines}"
    enrich(_article("Ransomware gang claims Quill Hospital (Germany)."))  # models loaded
    victim_country.attackers_countries.cache_clear()
    read = 0
    places = victim_country._places

    def counted(source: str, abbreviations: bool = True) -> list[tuple[str, int]]:
        nonlocal read
        read += source == text
        return places(source, abbreviations)

    monkeypatch.setattr(victim_country, "_places", counted)
    found = enrich(_article(text))
    assert read <= 1, read
    assert found.victims and all(v.countries in ([], ["DE"]) for v in found.victims), found.victims


def test_a_possessive_of_the_attackers_country_is_still_theirs() -> None:
    assert victim_country.attackers_countries("Suspected Chinese hackers hit the fictional Quillpage.") == {
        "CN"
    }
    assert victim_country.attackers_countries("The fictional Quillpage opened an office in China.") == set()
