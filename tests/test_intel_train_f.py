"""The incident draw f (bench/data/intel/labels-train-f1.jsonl, labels-train-f2.jsonl).

Samples f1 and f2 (70 pages each, drawn by select_train_f.py among pages whose title names an
incident) are labelled by reading to train the victim model. Their pages are exactly the draw, f1
and f2 never share a page, and no other label file or story part names one. A file not yet written
(or written in part) is checked for what it holds.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from conftest import shared_path
from labelcheck import CHECK_FIELDS, bench_script, check_record, lines, named

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "intel"
STORIES = ROOT / "bench" / "data" / "stories"
SAMPLES = ("f1", "f2")


def _select_f() -> ModuleType:
    return bench_script(DATA / "select_train_f.py", "intel_select_train_f")


@pytest.fixture(scope="module")
def draw() -> dict[str, list[tuple[str, str, str]]]:
    """sample → (url, outlet, sample) rows select_train_f.py draws from the real corpus, in its order."""
    select_f = _select_f()
    pages = select_f._C.load_titles(shared_path("corpus", "news-dev.jsonl.gz"))
    named_ = select_f.named_urls()
    return {sample: select_f.select_f(pages, named_, sample) for sample in SAMPLES}


def _labelled(sample: str) -> set[str]:
    path = DATA / f"labels-train-{sample}.jsonl"
    return named(path) if path.is_file() else set()


def test_incident_words_are_matched_in_four_languages_on_word_boundaries() -> None:
    incident = _select_f().incident
    for title in ("Hackers hit Acme", "Acme breached", "Ransomware attack on a town", "Cyber-attack at X",
                  "Piratage d'un hôpital", "Une cyberattaque paralyse la mairie", "Fuite de données chez Y",
                  "Datalek bij gemeente", "Cyberaanval op ziekenhuis", "Stadtwerke gehackt",
                  "Cyberangriff auf Stadtwerke", "Datenleck bei Firma", "Attacked by a gang"):  # fmt: skip
        assert incident(title), title
    for title in ("Shackleton's journey", "New attack surface tool", "The Pirate Bay returns",
                  "Leakage current in capacitors", "Release notes"):  # fmt: skip
        assert not incident(title), title


def test_select_f_is_seeded_parity_split_incident_only_and_leaves_out_named_pages() -> None:
    select_f = _select_f()
    feeds = ("The Register - Security", "Krebs on Security", "SAP Blogs", "TorrentFreak")
    titles = ("Hackers hit Acme {}", "Weekly recap {}")
    pages = {f"https://{f}/{i}": (f, titles[i % 2].format(i)) for f in feeds for i in range(400)}
    named_ = {f"https://The Register - Security/{i}" for i in range(0, 300, 2)} | {
        "https://Krebs on Security/0"
    }
    f1 = select_f.select_f(pages, named_, "f1")
    f2 = select_f.select_f(pages, named_, "f2")
    assert f1 == select_f.select_f(dict(reversed(pages.items())), named_, "f1")
    assert len(f1) == len(f2) == select_f.TOTAL
    urls1, urls2 = {u for u, _f, _s in f1}, {u for u, _f, _s in f2}
    assert not urls1 & urls2 and not named_ & (urls1 | urls2)
    assert all(select_f._C.parity(u) == 0 for u in urls1) and all(select_f._C.parity(u) == 1 for u in urls2)
    assert all(select_f.incident(pages[u][1]) for u in urls1 | urls2)
    per_feed = {feed: sum(f == feed for _u, f, _s in f1) for feed in feeds}
    assert per_feed["Krebs on Security"] > per_feed["The Register - Security"]
    assert f1 == sorted(f1, key=lambda r: (r[1], r[0]))


def test_the_draw_is_two_disjoint_samples_of_seventy_incident_pages(
    draw: dict[str, list[tuple[str, str, str]]],
) -> None:
    f1, f2 = ({u for u, _f, _s in draw[s]} for s in SAMPLES)
    assert len(f1) == len(f2) == _select_f().TOTAL == 70
    assert not f1 & f2
    assert all(s == sample for sample in SAMPLES for _u, _f, s in draw[sample])


def test_no_other_label_file_or_story_part_names_an_f_page(
    draw: dict[str, list[tuple[str, str, str]]],
) -> None:
    """Every intel label file but f's own (and their second reading), and every story record, names
    no f page (drawn or labelled)."""
    f_urls = {u for rows in draw.values() for u, _f, _s in rows}
    f_urls |= {url for sample in SAMPLES for url in _labelled(sample)}
    own = {*DATA.glob("labels-train-f*.jsonl"), *DATA.glob("second-reading-f*.jsonl")}
    others = [p for p in DATA.glob("*.jsonl") if p not in own]
    assert len(others) > 15
    for path in others:
        assert not f_urls & named(path), path.name
    stories = sorted(STORIES.glob("*.jsonl"))
    assert stories
    for path in stories:
        assert not f_urls & named(path), path.name


def test_only_f1_and_f2_files_exist() -> None:
    assert {p.name for p in DATA.glob("labels-train-f*.jsonl")} <= {
        f"labels-train-{s}.jsonl" for s in SAMPLES
    }


def _file(sample: str) -> Path:
    """The sample's label file, or skip: the labeller writes it during the session."""
    path = DATA / f"labels-train-{sample}.jsonl"
    if not path.is_file():
        pytest.skip(f"{path.name} not written yet")
    return path


@pytest.mark.parametrize("sample", SAMPLES)
def test_f_records_follow_the_guide(sample: str) -> None:
    path = _file(sample)
    for record in lines(path):
        assert set(record) == CHECK_FIELDS, record["url"]
        assert record["split"] == "train" and record["sample"] == sample, record["url"]
        check_record(record)


@pytest.mark.parametrize("sample", SAMPLES)
def test_f_pages_are_the_draw_in_its_order(sample: str, draw: dict[str, list[tuple[str, str, str]]]) -> None:
    """A file being written holds the draw's first pages; a finished one holds exactly the draw."""
    path = _file(sample)
    labelled = [(r["url"], r["feed_name"], r["sample"]) for r in lines(path)]
    assert len(labelled) == len(set(labelled)), path.name
    assert labelled == draw[sample][: len(labelled)]
    if len(labelled) >= _select_f().TOTAL:
        assert labelled == draw[sample]


def test_second_reading_of_f_is_drawn_pages_in_the_guide_vocabulary(
    draw: dict[str, list[tuple[str, str, str]]],
) -> None:
    """second-reading-f.jsonl, when present, is a blind second reading of f2 pages, then of f1 pages
    (once each, each sample in its draw's order; no impacts, no vuln) in the guide's vocabulary."""
    from labelcheck import CATEGORIES, SECTORS

    path = DATA / "second-reading-f.jsonl"
    if not path.is_file():
        pytest.skip("second-reading-f.jsonl not written yet")
    second = [(r["url"], r["feed_name"], r["sample"]) for r in lines(path)]
    assert second and len(second) == len(set(second))
    assert {sample for _u, _f, sample in second} <= set(SAMPLES)
    assert second == [row for sample in ("f2", "f1") for row in draw[sample] if row in second]
    for record in lines(path):
        assert record["category"] in CATEGORIES | {None}, record["url"]
        assert record["relevant"] or record["category"] is None, record["url"]
        assert not (record["promotional"] and record["relevant"]), record["url"]
        assert all(v["sector"] in SECTORS for v in record["victims"]), record["url"]
        assert record["cves"] == sorted(set(record["cves"])), record["url"]
        assert "impacts" not in record and "vuln" not in record
