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
from typing import Any

import pytest
from conftest import shared_path
from labelcheck import CATEGORIES, SECTORS, check_record, lines

DATA = Path(__file__).resolve().parents[1] / "bench" / "data" / "intel"
FIELDS = {
    "url", "feed_name", "split", "sample", "relevant", "promotional", "category", "victims",
    "threat_actors", "malware", "cves", "impacts", "vuln", "notes",
}  # fmt: skip
TRAIN_FILES = sorted(DATA.glob("labels-train-*.jsonl"))


SAMPLES_AB = [p for p in TRAIN_FILES if p.stem in ("labels-train-a", "labels-train-b")]
SAMPLES_C = [p for p in TRAIN_FILES if p.stem.startswith("labels-train-c")]


def _load(name: str, label: str) -> ModuleType:
    # by path: "select" would shadow the standard library module of that name
    spec = importlib.util.spec_from_file_location(label, DATA / name)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _select() -> ModuleType:
    return _load("select.py", "intel_select")


def _select_c() -> ModuleType:
    return _load("select_train_c.py", "intel_select_train_c")


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


@pytest.mark.parametrize("path", SAMPLES_AB, ids=lambda p: p.name)
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
    # samples a and b were read twice (REREAD.md); the c samples came later
    train = {r["url"]: r for path in SAMPLES_AB for r in lines(path)}
    assert sorted(r["url"] for r in second) == sorted(train)
    for record in second:
        assert record["sample"] == train[record["url"]]["sample"], record["url"]
        assert record["category"] in CATEGORIES | {None}, record["url"]
        assert record["relevant"] or record["category"] is None, record["url"]
        assert all(v["sector"] in SECTORS for v in record["victims"]), record["url"]
        assert record["cves"] == sorted(set(record["cves"])), record["url"]
        assert "impacts" not in record and "vuln" not in record  # not read again: see REREAD.md
        assert len(record["notes"]) <= 300


SECOND_C = DATA / "second-reading-c.jsonl"


def _differs(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether two readings of one page differ on a field the second reading read."""
    reading = _second_reading()
    if any(first[f] != second[f] for f in ("relevant", "promotional", "category")):
        return True
    if reading.victims(first, True) != reading.victims(second, True):
        return True
    return any(
        reading.names(f)(first) != reading.names(f)(second) for f in ("threat_actors", "malware", "cves")
    )


def test_second_reading_of_the_c_samples_covers_each_read_sample_whole() -> None:
    """second-reading-c.jsonl is the blind reading of whole c samples (c1 first), in the vocabulary."""
    second = lines(SECOND_C)
    samples = {r["sample"] for r in second}
    assert "c1" in samples and samples <= {p.stem.removeprefix("labels-train-") for p in SAMPLES_C}
    for sample in samples:
        labels = {r["url"]: r for r in lines(DATA / f"labels-train-{sample}.jsonl")}
        read = [r for r in second if r["sample"] == sample]
        assert sorted(r["url"] for r in read) == sorted(labels), sample  # whole sample, once each
        for record in read:
            assert record["feed_name"] == labels[record["url"]]["feed_name"], record["url"]
            assert record["category"] in CATEGORIES | {None}, record["url"]
            assert record["relevant"] or record["category"] is None, record["url"]
            assert not (record["promotional"] and record["relevant"]), record["url"]
            assert all(v["sector"] in SECTORS for v in record["victims"]), record["url"]
            assert record["cves"] == sorted(set(record["cves"])), record["url"]
            assert "impacts" not in record and "vuln" not in record  # not read again: see REREAD.md
            assert len(record["notes"]) <= 300


def test_every_c_disagreement_and_correction_is_decided_in_reread() -> None:
    """Each page where the c labels and their second reading differ, and each corrected record
    (notes 'reread:'), has its decision in REREAD.md (by url)."""
    decided = (DATA / "REREAD.md").read_text(encoding="utf-8")
    second = {r["url"]: r for r in lines(SECOND_C)}
    pending = []
    for sample in {r["sample"] for r in second.values()}:
        for first in lines(DATA / f"labels-train-{sample}.jsonl"):
            changed = "reread:" in first["notes"]
            if (changed or _differs(first, second[first["url"]])) and first["url"] not in decided:
                pending.append(first["url"])
    assert not pending, pending


def test_differs_sees_each_field_the_second_reading_read() -> None:
    base = {"relevant": True, "promotional": False, "category": "ransomware", "cves": [],
            "victims": [{"name": "Acme", "sector": "retail", "country": "GB"}],
            "threat_actors": ["Qilin"], "malware": ["Qilin"]}  # fmt: skip
    assert not _differs(base, {**base, "threat_actors": ["qilin"], "impacts": ["data_stolen"]})
    assert _differs(base, {**base, "victims": [{"name": "Acme", "sector": "retail", "country": None}]})
    assert _differs(base, {**base, "malware": []}) and _differs(base, {**base, "category": "malware"})


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


def test_train_pages_are_apart_from_every_held_out_part() -> None:
    """No train page is a page scored only when a change is finished (aside, blogs-check)."""
    held = {r["url"] for r in lines(DATA / "labels.jsonl") if r["split"] == "aside"}
    held |= {r["url"] for r in lines(DATA / "labels-blogs.jsonl") if r["split"] == "blogs-check"}
    assert held
    for path in TRAIN_FILES:
        assert not held & {r["url"] for r in lines(path)}, path.name


def test_select_train_c_is_seeded_split_by_url_hash_and_leaves_out_named_pages() -> None:
    select_c = _select_c()
    feeds = ("The Register - Security", "Krebs on Security", "SAP Blogs", "TorrentFreak")
    pages = {f"https://{feed}/{i}": (feed, f"title {feed} {i}") for feed in feeds for i in range(200)}
    # Krebs has few pages labelled, The Register many: Krebs must get more of the draw
    named = {f"https://The Register - Security/{i}" for i in range(150)} | {"https://Krebs on Security/1"}
    c1 = select_c.select_c(pages, named, "c1")
    c2 = select_c.select_c(pages, named, "c2")
    assert c1 == select_c.select_c(dict(reversed(pages.items())), named, "c1")
    assert len(c1) == len(c2) == select_c.TOTAL
    urls1, urls2 = {u for u, _f, _s in c1}, {u for u, _f, _s in c2}
    assert not urls1 & urls2 and not named & (urls1 | urls2)
    assert all(select_c.parity(u) == 0 for u in urls1) and all(select_c.parity(u) == 1 for u in urls2)
    per_feed = {feed: sum(f == feed for _u, f, _s in c1) for feed in feeds}
    assert per_feed["Krebs on Security"] > per_feed["The Register - Security"]
    # the non-security feeds keep the corpus' share of pages (here half of them)
    assert per_feed["SAP Blogs"] + per_feed["TorrentFreak"] == select_c.TOTAL // 2
    # a page stored under a second url with a labelled page's title is not drawn again, when every
    # other eligible page of its outlet is (fewer pages than the draw)
    even = [u for i in range(99) if select_c.parity(u := f"https://Krebs on Security/x{i}") == 0]
    small = {even[0]: ("Krebs on Security", "Title Seen"), even[1]: ("Krebs on Security", "other"),
             "https://Krebs on Security/seen": ("Krebs on Security", "title seen")}  # fmt: skip
    drawn = {u for u, _f, _s in select_c.select_c(small, {"https://Krebs on Security/seen"}, "c1")}
    assert drawn == {even[1]}


@pytest.fixture(scope="module")
def selected_c() -> set[tuple[str, str, str]]:
    """(url, outlet, sample) of the pages select_train_c.py chooses for c1 and c2 on the real corpus."""
    select_c = _select_c()
    pages = select_c.load_titles(shared_path("corpus", "news-dev.jsonl.gz"))
    named = select_c.named_urls()
    return set(select_c.select_c(pages, named, "c1")) | set(select_c.select_c(pages, named, "c2"))


@pytest.mark.parametrize("path", SAMPLES_C, ids=lambda p: p.name)
def test_c_labels_are_selected_pages_in_no_earlier_label_file(
    path: Path, selected_c: set[tuple[str, str, str]]
) -> None:
    labelled = {(r["url"], r["feed_name"], r["sample"]) for r in lines(path)}
    assert labelled <= selected_c
    earlier = _select_c().named_urls()
    assert not earlier & {url for url, _f, _s in labelled}
