"""The intel train split (bench/data/intel/labels-train-*.jsonl) stays well-formed and apart.

Train labels are for training recognition models only: they must never hold a page of the
development set (labels.jsonl, scored by bench/intel.py), never hold a page twice, and use the
guide's closed vocabularies. The selection (select.py --train) is checked on a made-up corpus, and
against the labels on the real one when ../shared is present.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from conftest import shared_path
from labelcheck import CATEGORIES, SECTORS, check_record, lines

DATA = Path(__file__).resolve().parents[1] / "bench" / "data" / "intel"
FIELDS = {
    "url", "feed_name", "split", "sample", "relevant", "promotional", "category", "victims",
    "threat_actors", "malware", "cves", "impacts", "vuln", "notes",
}  # fmt: skip
TRAIN_FILES = sorted(DATA.glob("labels-train-*.jsonl"))


def _select() -> ModuleType:
    # "select" would shadow the standard library module of that name
    spec = importlib.util.spec_from_file_location("intel_select", DATA / "select.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_train_files_exist() -> None:
    assert TRAIN_FILES, "no labels-train-*.jsonl"


@pytest.mark.parametrize("path", TRAIN_FILES, ids=lambda p: p.name)
def test_train_records_follow_the_guide(path: Path) -> None:
    sample = path.stem.removeprefix("labels-train-")
    for record in lines(path):
        assert set(record) == FIELDS, record["url"]
        assert record["split"] == "train" and record["sample"] == sample, record["url"]
        check_record(record)


def test_train_pages_are_apart_from_the_scored_set_and_from_each_other() -> None:
    scored = lines(DATA / "labels.jsonl")
    assert {r["split"] for r in scored} <= {"tune", "aside"}  # bench/intel.py scores these only
    dev = {r["url"] for r in scored}
    seen: set[str] = set()
    for path in TRAIN_FILES:
        urls = [r["url"] for r in lines(path)]
        assert len(urls) == len(set(urls)), path.name
        assert not dev & set(urls), path.name
        assert not seen & set(urls), path.name
        seen |= set(urls)


def test_select_train_is_seeded_disjoint_and_leaves_out_labelled_pages() -> None:
    select = _select()
    titles = ["Hackers hit Acme", "Weekly recap", "Cyberangriff auf Stadtwerke", "Piratage d'un hôpital",
              "Datalek bij gemeente", "The Pirate Bay returns", "New feature"]  # fmt: skip
    pages = {
        f"https://{feed}/{i}": (feed, titles[i % len(titles)])
        for feed in ("The Register - Security", "The Hacker News", "SAP Blogs", "TorrentFreak")
        for i in range(120)
    }
    labelled = {"https://The Hacker News/0", "https://The Register - Security/7"}
    rows = select.select_train(pages, labelled)
    assert rows == select.select_train(dict(reversed(pages.items())), labelled)
    a = [u for u, _f, s in rows if s == "a"]
    b = [u for u, _f, s in rows if s == "b"]
    assert len(a) == select.TRAIN_A and len(b) == select.TRAIN_B
    assert not set(a) & set(b) and not labelled & set(a + b)
    quota = select.TRAIN_NON_SECURITY
    assert sum(pages[u][0] == "SAP Blogs" for u in a) == quota["SAP Blogs"]
    assert all(select.ATTACK_WORDS.search(pages[u][1]) for u in b)
    assert not select.ATTACK_WORDS.search("The Pirate Bay returns")


@pytest.fixture(scope="module")
def selected() -> set[tuple[str, str, str]]:
    """(url, outlet, sample) of every train page select.py --train chooses from the real corpus."""
    select = _select()
    dev = {r["url"] for r in lines(DATA / "labels.jsonl")}
    return set(select.select_train(select.load_titles(shared_path("corpus", "news-dev.jsonl.gz")), dev))


@pytest.mark.parametrize("path", TRAIN_FILES, ids=lambda p: p.name)
def test_train_labels_are_selected_pages(path: Path, selected: set[tuple[str, str, str]]) -> None:
    labelled = {(r["url"], r["feed_name"], r["sample"]) for r in lines(path)}
    assert labelled <= selected


@pytest.mark.parametrize("sample", ["a", "b"])
def test_sample_is_labelled_whole(selected: set[tuple[str, str, str]], sample: str) -> None:
    path = DATA / f"labels-train-{sample}.jsonl"
    labelled = {(r["url"], r["feed_name"], r["sample"]) for r in lines(path)}
    assert labelled == {row for row in selected if row[2] == sample}


def _second_reading() -> ModuleType:
    spec = importlib.util.spec_from_file_location("intel_second_reading", DATA / "second_reading.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_second_reading_of_the_train_split_covers_it_in_the_guide_vocabulary() -> None:
    second = lines(DATA / "second-reading-train.jsonl")
    train = {r["url"]: r for path in TRAIN_FILES for r in lines(path)}
    assert sorted(r["url"] for r in second) == sorted(train)
    for record in second:
        assert record["sample"] == train[record["url"]]["sample"], record["url"]
        assert record["category"] in CATEGORIES | {None}, record["url"]
        assert record["relevant"] or record["category"] is None, record["url"]
        assert all(v["sector"] in SECTORS for v in record["victims"]), record["url"]
        assert record["cves"] == sorted(set(record["cves"])), record["url"]
        assert "impacts" not in record and "vuln" not in record  # not read again: see REREAD.md
        assert len(record["notes"]) <= 300


def test_compare_leaves_out_the_fields_a_second_reading_did_not_read() -> None:
    compare = _second_reading().compare
    base = {"relevant": True, "promotional": False, "category": "ransomware", "victims": [],
            "threat_actors": ["Qilin"], "malware": ["Qilin"], "cves": []}  # fmt: skip
    first = [{"url": "u1", **base, "impacts": ["data_stolen"], "vuln": None}]
    without = compare(first, [{"url": "u1", **base, "malware": []}])
    assert "| impacts |" not in without and "vuln:" not in without
    assert "| malware | 0.000 | 0 | 1 | 0 |" in without
    assert "malware: -['qilin'] +[]" in without
    with_impacts = compare(first, [{"url": "u1", **base, "impacts": [], "vuln": None}])
    assert "| impacts | 0.000 | 0 | 1 | 0 |" in with_impacts and "vuln:" in with_impacts
