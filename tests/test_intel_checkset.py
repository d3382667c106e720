"""select_train_d.py, which draws the first-sight check samples (labels-check-d*.jsonl), on made-up
data: the draw is seeded, split by url hash, apart from every named page and from the c draw, and
the named pages are read from every field of the files that existed when d was drawn. The files
themselves (shape, the real draw, d2 held out of training, d1 read) are tests/test_intel_check_d.py's.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parents[1] / "bench" / "data" / "intel"


def _select_d() -> ModuleType:
    spec = importlib.util.spec_from_file_location("intel_select_train_d", DATA / "select_train_d.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_select_d_is_seeded_split_by_url_hash_and_apart_from_named_pages() -> None:
    select_d = _select_d()
    feeds = ("The Register - Security", "Krebs on Security", "SAP Blogs", "TorrentFreak")
    pages = {f"https://{feed}/{i}": (feed, f"title {feed} {i}") for feed in feeds for i in range(200)}
    named = {f"https://The Register - Security/{i}" for i in range(150)}
    d1 = select_d.select_d(pages, named, "d1")
    d2 = select_d.select_d(pages, named, "d2")
    assert d1 == select_d.select_d(dict(reversed(pages.items())), named, "d1")
    assert len(d1) == len(d2) == select_d.TOTAL
    urls1, urls2 = {u for u, _f, _s in d1}, {u for u, _f, _s in d2}
    assert not urls1 & urls2 and not named & (urls1 | urls2)
    parity = select_d._C.parity
    assert all(parity(u) == 0 for u in urls1) and all(parity(u) == 1 for u in urls2)
    assert {s for _u, _f, s in d1} == {"d1"}
    # d never repeats the c draw made from the same pages (its seeds differ)
    c1 = {u for u, _f, _s in select_d._C.select_c(pages, named, "c1")}
    assert urls1 != c1


def test_named_urls_reads_every_field_and_skips_later_story_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_d = _select_d()
    intel = tmp_path / "labels.jsonl"
    intel.write_text(json.dumps({"url": "https://a.example/1"}) + "\n\n", encoding="utf-8")
    stories = tmp_path / "stories"
    stories.mkdir()
    groups = stories / "groups.jsonl"
    groups.write_text(
        json.dumps({"split": "dev3", "urls": ["https://b.example/1"]})
        + "\n"
        + json.dumps({"split": "dev9", "a": "https://c.example/1", "b": "https://c.example/2"})
        + "\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(select_d, "STORIES", stories)
    monkeypatch.setattr(select_d, "EXCLUDE", (intel, groups, tmp_path / "absent.jsonl"))
    assert select_d.named_urls() == {"https://a.example/1", "https://b.example/1"}
