"""The blog-outlet label set (bench/data/intel/labels-blogs.jsonl) stays well-formed and apart.

Its pages (Malwarebytes, Graham Cluley, Krebs on Security) are a development set nobody tuned on:
no page may be in another label file of bench/data/intel/, each must be one select_blogs.py
chooses (with the split it drew), and every value must be in the guide's closed vocabularies.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
from pathlib import Path
from types import ModuleType
from typing import Any

from conftest import shared_path

from veilleur.models import Category

DATA = Path(__file__).resolve().parents[1] / "bench" / "data" / "intel"
BLOGS = DATA / "labels-blogs.jsonl"
CATEGORIES = {kind.value for kind in Category}  # the guide's names (CIRCL's terms), as in the other files
SECTORS = {
    "healthcare", "government", "education", "finance", "energy", "telecommunications",
    "manufacturing", "retail", "technology", "transportation", "media", "hospitality", "legal",
    "defense", "non-profit", "individuals", "other",
}  # fmt: skip
IMPACTS = {
    "systems_down", "emergency_diverted", "surgeries_cancelled", "patients_transferred",
    "data_stolen", "ransom_demanded", "service_disrupted", "service_restored", "financial_loss",
    "arrests", "none",
}  # fmt: skip
FIELDS = {
    "url", "feed_name", "split", "relevant", "promotional", "category", "victims",
    "threat_actors", "malware", "cves", "impacts", "vuln", "notes",
}  # fmt: skip


def _lines(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def _select() -> ModuleType:
    spec = importlib.util.spec_from_file_location("intel_select_blogs", DATA / "select_blogs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_blog_records_follow_the_guide() -> None:
    for record in _lines(BLOGS):
        assert set(record) == FIELDS, record["url"]
        assert record["split"] in {"blogs-tune", "blogs-check"}, record["url"]
        assert record["category"] in CATEGORIES | {None}, record["url"]
        if record["promotional"]:
            assert not record["relevant"], record["url"]
        if not record["relevant"]:
            assert record["category"] is None and record["vuln"] is None, record["url"]
            assert not record["victims"] and not record["impacts"], record["url"]
        else:
            assert record["category"] is not None, record["url"]
        for victim in record["victims"]:
            assert set(victim) == {"name", "sector", "country"} and victim["name"], record["url"]
            assert victim["sector"] in SECTORS, (record["url"], victim)
            assert victim["country"] is None or re.fullmatch(r"[A-Z]{2}", victim["country"]), victim
        assert set(record["impacts"]) <= IMPACTS, record["url"]
        assert record["cves"] == sorted(set(record["cves"])), record["url"]
        assert all(re.fullmatch(r"CVE-\d{4}-\d{4,}", cve) for cve in record["cves"]), record["url"]
        for field in ("threat_actors", "malware"):
            assert len(record[field]) == len(set(record[field])), (record["url"], field)
        if record["vuln"] is not None:
            assert set(record["vuln"]) == {"vendor", "product", "fixed_version", "cvss", "exploited"}
        assert len(record["notes"]) <= 300  # our words, never article text


def test_blog_pages_are_in_no_other_label_file() -> None:
    urls = [r["url"] for r in _lines(BLOGS)]
    assert len(urls) == len(set(urls))
    for path in DATA.glob("*.jsonl"):
        if path != BLOGS:
            others = {r.get("url") for r in _lines(path)}
            assert not others & set(urls), path.name


def test_select_blogs_draws_one_page_per_date_bin() -> None:
    select = _select()
    pool = [{"url": f"u{i}", "date": f"2024-01-{i + 1:02d}"} for i in range(12)]
    chosen = select._draw(pool, 4, random.Random(1))
    assert [int(p["url"][1:]) // 3 for p in chosen] == [0, 1, 2, 3]
    assert select._draw(pool[:3], 4, random.Random(1)) == pool[:3]


def test_blog_labels_are_the_selected_pages_with_their_drawn_split() -> None:
    select = _select()
    rows = {(url, feed, split) for url, feed, _kind, split in select.select(
        shared_path("corpus", "news-dev.jsonl.gz"))}  # fmt: skip
    labelled = {(r["url"], r["feed_name"], r["split"]) for r in _lines(BLOGS)}
    assert labelled == rows  # every chosen page is labelled, with the split drawn for it
