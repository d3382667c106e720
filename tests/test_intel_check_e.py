"""The first-sight draw e (bench/data/intel/labels-check-e1.jsonl, labels-check-e2.jsonl).

Samples e1 and e2 (50 pages each, drawn by select_check_e.py) are labelled blind, before veilleur
runs on them, and scored once at first sight. From the session after, `check-e1` is a development
part (its errors listed, the victim model trains on it, like `check-d1`) and `check-e2` stays held
out: scored only, no `--misses` writes its errors and the victim model never trains on it. Their pages are exactly the draw, e1 and e2
never share a page, and no label file or story part that existed when e was drawn names one. A file
not yet written (or written in part) is checked for what it holds.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from conftest import shared_path
from labelcheck import CHECK_FIELDS, bench_script, check_record, lines, named

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "intel"
STORIES = ROOT / "bench" / "data" / "stories"
SAMPLES = ("e1", "e2")
CHECK_FILES = sorted(DATA.glob("labels-check-e*.jsonl"))
FIELDS = CHECK_FIELDS


@pytest.fixture(scope="module")
def bench() -> Iterator[None]:
    """bench/ importable (its scripts import one another by name)."""
    sys.path.insert(0, str(ROOT / "bench"))
    yield
    sys.path.remove(str(ROOT / "bench"))


def _select_e() -> ModuleType:
    return bench_script(DATA / "select_check_e.py", "intel_select_check_e")


@pytest.fixture(scope="module")
def draw() -> dict[str, list[tuple[str, str, str]]]:
    """sample → (url, outlet, sample) rows select_check_e.py draws from the real corpus, in its order."""
    select_e = _select_e()
    pages = select_e._C.load_titles(shared_path("corpus", "news-dev.jsonl.gz"))
    named = select_e.named_urls()
    return {sample: select_e.select_e(pages, named, sample) for sample in SAMPLES}


def _labelled(sample: str) -> set[str]:
    path = DATA / f"labels-check-{sample}.jsonl"
    return named(path) if path.is_file() else set()


def test_the_draw_is_two_disjoint_samples_of_fifty(draw: dict[str, list[tuple[str, str, str]]]) -> None:
    e1, e2 = ({u for u, _f, _s in draw[s]} for s in SAMPLES)
    assert len(e1) == len(e2) == _select_e().TOTAL == 50
    assert not e1 & e2
    assert all(s == sample for sample in SAMPLES for _u, _f, s in draw[sample])


def test_no_label_file_or_story_part_of_the_draws_time_names_an_e_page(
    draw: dict[str, list[tuple[str, str, str]]],
) -> None:
    """Every intel label file but e's own (and their second reading), and every story record of a
    part that existed when e was drawn, names no e page (drawn or labelled)."""
    e_urls = {u for rows in draw.values() for u, _f, _s in rows}
    e_urls |= {url for sample in SAMPLES for url in _labelled(sample)}
    own = {*CHECK_FILES, *DATA.glob("second-reading-e*.jsonl")}
    others = [p for p in DATA.glob("*.jsonl") if p not in own]
    assert len(others) > 10
    for path in others:
        assert not e_urls & named(path), path.name
    stories = sorted(STORIES.glob("*.jsonl"))
    assert stories
    for path in stories:
        assert not e_urls & named(path, _select_e().STORY_SPLITS_BEFORE_E), path.name


def _file(sample: str) -> Path:
    """The sample's label file, or skip: the labeller writes it during the session."""
    path = DATA / f"labels-check-{sample}.jsonl"
    if not path.is_file():
        pytest.skip(f"{path.name} not written yet")
    return path


def test_only_e1_and_e2_files_exist() -> None:
    assert {p.name for p in CHECK_FILES} <= {f"labels-check-{s}.jsonl" for s in SAMPLES}


@pytest.mark.parametrize("sample", SAMPLES)
def test_e_records_follow_the_guide(sample: str) -> None:
    path = _file(sample)
    for record in lines(path):
        assert set(record) == FIELDS, record["url"]
        assert record["split"] == "check" and record["sample"] == sample, record["url"]
        check_record(record)


@pytest.mark.parametrize("sample", SAMPLES)
def test_e_pages_are_the_draw_in_its_order(sample: str, draw: dict[str, list[tuple[str, str, str]]]) -> None:
    """A file being written holds the draw's first pages; a finished one holds exactly the draw."""
    path = _file(sample)
    labelled = [(r["url"], r["feed_name"], r["sample"]) for r in lines(path)]
    assert len(labelled) == len(set(labelled)), path.name
    assert labelled == draw[sample][: len(labelled)]
    if len(labelled) >= _select_e().TOTAL:
        assert labelled == draw[sample]


def test_e1_is_read_and_trained_on_e2_is_held_out_and_never_trained_on(
    bench: None, draw: dict[str, list[tuple[str, str, str]]]
) -> None:
    """The scorer reads exactly each e file as its part; e1 is a development part the victim model
    trains on, e2 is held out and no training page is one of e2's (drawn or labelled)."""
    import intel
    import train_relevance
    import train_victims

    assert "check-e2" in intel.HELD_OUT and "check-e1" not in intel.HELD_OUT
    assert "labels-check-e1.jsonl" in intel.READ_CHECKS
    assert "labels-check-e2.jsonl" not in intel.READ_CHECKS
    for sample in SAMPLES:
        labelled = _labelled(sample)
        assert {r["url"] for r in intel.load_labels(f"check-{sample}", 0)} == labelled
        assert labelled <= train_relevance.held_out_urls()
    trained = {r.get("url") for r in train_victims.training_records()}
    assert len(trained) > 500
    e2_urls = {u for u, _f, _s in draw["e2"]} | _labelled("e2")
    assert not e2_urls & trained
    assert _labelled("e1") <= trained


def test_e_files_are_read_as_their_parts_e2_kept_out_of_training(
    bench: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With made-up e1 and e2 files each repeating a `tune` page, the scorer's `check-e1`/`check-e2`
    read exactly those files, and the victim model's training leaves e2's page out (whatever other
    file repeats it) and keeps e1's; absent files are empty parts."""
    import intel
    import train_victims

    for path in DATA.iterdir():
        (tmp_path / path.name).symlink_to(path)
    for path in CHECK_FILES:
        (tmp_path / path.name).unlink()
    tune = [r for r in lines(DATA / "labels.jsonl") if r["split"] == "tune" and r["relevant"]][:2]
    for record, sample in zip(tune, SAMPLES, strict=True):
        check = {**record, "split": "check", "sample": sample}
        (tmp_path / f"labels-check-{sample}.jsonl").write_text(json.dumps(check) + "\n", encoding="utf-8")
    monkeypatch.setattr(intel, "LABELS", tmp_path)
    monkeypatch.setattr(train_victims, "LABELS", tmp_path)
    assert [r["url"] for r in intel.load_labels("check-e1", 0)] == [tune[0]["url"]]
    assert [r["url"] for r in intel.load_labels("check-e2", 0)] == [tune[1]["url"]]
    trained = {r.get("url") for r in train_victims.training_records()}
    assert tune[0]["url"] in trained and tune[1]["url"] not in trained
    for sample in SAMPLES:
        (tmp_path / f"labels-check-{sample}.jsonl").unlink()
    assert intel.load_labels("check-e1", 0) == intel.load_labels("check-e2", 0) == []


def test_misses_are_written_for_e1_never_for_e2(bench: None) -> None:
    import intel

    scored = {p: {"misses": [f"{p} page: victim missed"]} for p in ("tune", "check-e1", "check-e2")}
    assert intel.misses_text(["tune", "check-e1", "check-e2"], scored).splitlines() == [
        "[tune] tune page: victim missed",
        "[check-e1] check-e1 page: victim missed",
    ]


def test_second_reading_of_e2_is_drawn_pages_in_the_guide_vocabulary(
    draw: dict[str, list[tuple[str, str, str]]],
) -> None:
    """second-reading-e2.jsonl, when present, is a blind second reading of e2 pages (once each, in
    the draw's order; no impacts, no vuln) in the guide's vocabulary."""
    from labelcheck import CATEGORIES, SECTORS

    path = DATA / "second-reading-e2.jsonl"
    if not path.is_file():
        pytest.skip("second-reading-e2.jsonl not written yet")
    second = [(r["url"], r["feed_name"], r["sample"]) for r in lines(path)]
    assert second and len(second) == len(set(second))
    assert second == [row for row in draw["e2"] if row in second]
    for record in lines(path):
        assert record["category"] in CATEGORIES | {None}, record["url"]
        assert record["relevant"] or record["category"] is None, record["url"]
        assert not (record["promotional"] and record["relevant"]), record["url"]
        assert all(v["sector"] in SECTORS for v in record["victims"]), record["url"]
        assert record["cves"] == sorted(set(record["cves"])), record["url"]
        assert "impacts" not in record and "vuln" not in record
