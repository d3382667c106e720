"""The first-sight check samples (bench/data/intel/labels-check-d*.jsonl) stay held out.

They measure recognition on pages nobody tuned on, so they must be drawn by select_train_d.py,
name no page of any other label file, follow the guide, and never be read by a training or
tuning tool: no ``glob`` pattern of the bench tools or of veilleur may match their file names
unless it names ``check`` on purpose. The draw is checked on a made-up corpus, and against the
labels on the real one when ../shared is present.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from conftest import shared_path
from labelcheck import check_record, lines

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "intel"
CHECK_FILES = sorted(DATA.glob("labels-check-d*.jsonl"))
FIELDS = {
    "url", "feed_name", "split", "sample", "relevant", "promotional", "category", "victims",
    "threat_actors", "malware", "cves", "impacts", "vuln", "notes",
}  # fmt: skip


def _select_d() -> ModuleType:
    spec = importlib.util.spec_from_file_location("intel_select_train_d", DATA / "select_train_d.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _named_by(path: Path) -> set[str]:
    """Every url a label file names (fields url, urls, a, b)."""
    urls: set[str] = set()
    for record in lines(path):
        urls.update(u for u in record.get("urls") or [] if isinstance(u, str))
        urls.update(record[k] for k in ("url", "a", "b") if isinstance(record.get(k), str))
    return urls


def _glob_patterns(path: Path) -> list[str]:
    """The string literals passed to ``.glob``/``.rglob`` calls in a Python file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("glob", "rglob")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(node.args[0].value)
    return found


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: p.name)
def test_check_records_follow_the_guide_and_say_check(path: Path) -> None:
    sample = path.stem.removeprefix("labels-check-")
    records = lines(path)
    assert records
    urls = [r["url"] for r in records]
    assert len(urls) == len(set(urls)), "a page labelled twice"
    for record in records:
        assert set(record) == FIELDS, record["url"]
        assert record["split"] == "check" and record["sample"] == sample, record["url"]
        check_record(record)


def test_check_pages_are_in_no_other_label_file() -> None:
    check = {u for path in CHECK_FILES for u in _named_by(path)}
    others = [p for p in sorted(DATA.glob("*.jsonl")) if p not in CHECK_FILES]
    others += sorted((DATA.parent / "stories").glob("*.jsonl"))
    assert others
    for path in others:
        assert not check & _named_by(path), path.name


def test_no_training_or_tuning_glob_reads_the_check_files() -> None:
    """A glob of bench/*.py or src/ that matched labels-check-d1.jsonl would feed it to a tool."""
    names = [p.name for p in CHECK_FILES] or ["labels-check-d1.jsonl"]
    sources = sorted((ROOT / "bench").glob("*.py")) + sorted((ROOT / "src").rglob("*.py"))
    assert sources
    for source in sources:
        for pattern in _glob_patterns(source):
            if "check" in pattern:
                continue  # names the check files on purpose (scoring them once)
            hits = [n for n in names if fnmatch.fnmatch(n, pattern)]
            assert not hits, (source.relative_to(ROOT), pattern, hits)


def test_the_glob_scan_sees_a_pattern_that_would_match(tmp_path: Path) -> None:
    tool = tmp_path / "tool.py"
    tool.write_text('paths = LABELS.glob("labels-*.jsonl")\nother = x.rglob(name)\n', encoding="utf-8")
    assert _glob_patterns(tool) == ["labels-*.jsonl"]
    assert fnmatch.fnmatch("labels-check-d1.jsonl", "labels-*.jsonl")


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


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: p.name)
def test_check_labels_are_the_whole_draw_in_its_order(path: Path) -> None:
    select_d = _select_d()
    pages = select_d._C.load_titles(shared_path("corpus", "news-dev.jsonl.gz"))
    sample = path.stem.removeprefix("labels-check-")
    drawn = select_d.select_d(pages, select_d.named_urls(), sample)
    assert [(r["url"], r["feed_name"]) for r in lines(path)] == [(u, f) for u, f, _s in drawn]
