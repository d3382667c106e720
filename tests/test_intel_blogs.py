"""The blog-outlet label set (bench/data/intel/labels-blogs.jsonl) stays well-formed and apart.

Its pages (Malwarebytes, Graham Cluley, Krebs on Security) are a development set nobody tuned on:
no page may be in another label file of bench/data/intel/, each must be one select_blogs.py
chooses (with the split it drew), and every value must be in the guide's closed vocabularies.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from types import ModuleType

from conftest import shared_path
from labelcheck import check_record, lines

DATA = Path(__file__).resolve().parents[1] / "bench" / "data" / "intel"
BLOGS = DATA / "labels-blogs.jsonl"
FIELDS = {
    "url", "feed_name", "split", "relevant", "promotional", "category", "victims",
    "threat_actors", "malware", "cves", "impacts", "vuln", "notes",
}  # fmt: skip


def _select() -> ModuleType:
    spec = importlib.util.spec_from_file_location("intel_select_blogs", DATA / "select_blogs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_blog_records_follow_the_guide() -> None:
    for record in lines(BLOGS):
        assert set(record) == FIELDS, record["url"]
        assert record["split"] in {"blogs-tune", "blogs-check"}, record["url"]
        check_record(record)
        if not record["relevant"]:
            assert not record["impacts"], record["url"]


def test_blog_pages_are_in_no_other_label_file() -> None:
    urls = [r["url"] for r in lines(BLOGS)]
    assert len(urls) == len(set(urls))
    for path in DATA.glob("*.jsonl"):
        if path != BLOGS:
            others = {r.get("url") for r in lines(path)}
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
    labelled = {(r["url"], r["feed_name"], r["split"]) for r in lines(BLOGS)}
    assert labelled == rows  # every chosen page is labelled, with the split drawn for it
