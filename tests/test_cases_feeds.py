"""The feed cases of ../shared/cases (rebuilt from public bug reports of other feed readers), each
served by the cases' own `serve.py` and run on its own configuration, with the right value."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from casefeeds import posts, run_case
from conftest import shared_path

from veilleur.enrich import enrich
from veilleur.extract import extract_article
from veilleur.models import Article, Document, Entry
from veilleur.store import Store


def articles(store_url: str) -> list[tuple[Entry, Article | None]]:
    store = Store(store_url)
    try:
        found = []
        for entry_id in range(1, store.counts()["entries"] + 1):
            stored = store.entries.get(entry_id)
            assert stored is not None
            found.append((stored.entry, store.articles.get(entry_id)))
        return found
    finally:
        store.close()


def test_same_guid_on_every_item_still_gives_each_article(tmp_path: Path) -> None:
    settings, (summary,) = run_case("same-guid-all-items", tmp_path)
    titles = [entry.title for entry, _ in articles(settings.store_url)]
    assert titles == [
        "Patched: critical flaw in the fictional Quillon VPN gateway",
        "Ransomware hits the fictional Brackmoor city council",
        "Phishing campaign targets customers of the fictional Tellbank",
    ]
    assert summary.sources["case"].new == 3
    assert len(posts(settings)) == 3


def test_links_differing_by_anchor_are_three_advisories_each_from_its_section(tmp_path: Path) -> None:
    settings, _ = run_case("fragment-only-links", tmp_path)
    found = articles(settings.store_url)
    assert [entry.canonical_url.rsplit("#", 1)[1] for entry, _ in found] == [
        "AVIS-2026-101",
        "AVIS-2026-102",
        "AVIS-2026-103",
    ]
    cves = [sorted(set(re.findall(r"CVE-\d{4}-\d+", article.text))) for _, article in found if article]
    assert cves == [["CVE-2026-41234"], ["CVE-2026-42001", "CVE-2026-42002"], ["CVE-2026-43310"]]
    assert all(article and article.usable and article.method == "page-section" for _, article in found)
    published = posts(settings)
    assert len(published) == 3
    for text, ids in zip(published, cves, strict=True):
        listed = re.findall(r"\*\*(CVE-\d{4}-\d+) :\*\*", text)
        assert listed == ids  # each post tells its own advisory, not the whole page


def test_a_slash_date_is_today_not_the_first_of_the_month(tmp_path: Path) -> None:
    settings, _ = run_case("slash-date-format", tmp_path)
    ((entry, _),) = articles(settings.store_url)
    store = Store(settings.store_url)
    stored = store.entries.get(1)
    store.close()
    assert entry.published is not None and stored is not None
    # serve.py writes "now minus one hour" as YYYY/MM/DD HH:MM:SS (UTC); the run collected it "now"
    assert abs(stored.collected_at - timedelta(hours=1) - entry.published) < timedelta(minutes=5)
    assert len(posts(settings)) == 1


def test_an_edited_article_with_a_new_guid_and_title_is_one_post(tmp_path: Path) -> None:
    settings, (day1, day2) = run_case("updated-article-refetched", tmp_path, ("web-day1", "web-day2"))
    assert len(day1.published) == 1 and day2.published == []
    assert len(posts(settings)) == 1


def test_latin1_feed_served_as_text_xml_keeps_its_accents(tmp_path: Path) -> None:
    settings, _ = run_case("text-xml-latin1-feed", tmp_path)
    ((entry, article),) = articles(settings.store_url)
    assert entry.title == "Cyberattaque : l'hôpital fictif de Valbréon déclenche son plan blanc"
    assert article is not None and "Valbréon" in article.text
    (post,) = posts(settings)
    assert "Valbréon" in post and "Ã" not in post


def test_entry_level_xml_base_is_honoured(tmp_path: Path) -> None:
    settings, _ = run_case("atom-xml-base-relative-links", tmp_path)
    ((entry, article),) = articles(settings.store_url)
    assert entry.url.endswith("/when/2026/11/Brackmoor-Council-Ransomware")
    assert article is not None and article.usable and article.method == "trafilatura"


def test_comments_stay_out_and_the_page_date_is_the_articles() -> None:
    html = shared_path("cases", "comments-leak-into-article", "page.html").read_text(encoding="utf-8")
    url = "http://127.0.0.1/harrowfield"
    document = Document(url=url, final_url=url, status=200, content_type="text/html", text=html)
    article = extract_article(document, Entry(url=url, canonical_url=url, source="case"))
    assert article.usable and "Harrowfield general hospital" in article.text
    assert "2 million patient records" not in article.text and "LockBit" not in article.text
    # The article states no date; 24 Nov 2026 is the first comment's.
    assert article.published is None
    intel = enrich(article, 0.3)
    assert not intel.threat_actors and not intel.malware


def test_an_anchor_naming_no_part_of_the_page_is_the_page_itself() -> None:
    html = shared_path("cases", "fragment-only-links", "web", "avis.html").read_text(encoding="utf-8")
    url = "http://127.0.0.1/avis.html"
    document = Document(url=url, final_url=url, status=200, content_type="text/html", text=html)
    found = extract_article(
        document, Entry(url=f"{url}#AVIS-2026-102", canonical_url=f"{url}#AVIS-2026-102", source="c")
    )
    assert found.canonical_url == f"{url}#AVIS-2026-102" and "CVE-2026-42001" in found.text
    assert "CVE-2026-41234" not in found.text
    missing = extract_article(document, Entry(url=f"{url}#gone", canonical_url=f"{url}#gone", source="c"))
    assert (
        missing.canonical_url == url and "CVE-2026-41234" in missing.text and missing.method == "trafilatura"
    )
