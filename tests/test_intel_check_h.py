"""The first-sight draw h (bench/data/intel/labels-check-h1.jsonl, labels-check-h2.jsonl).

Drawn as g was (select_check_h.py: 50 + 50 pages in proportion to the corpus) after g1 had become a
development part, and labelled blind, before veilleur runs on them. Both were held out in the
session that drew them; from the next, h1 is a development part (its errors are listed, no model
trains on it) and h2 stays held out: scored only, no `--misses` writes its errors. Their pages are exactly the
draw, h1 and h2 never share a page, and no label file or story part that existed when h was drawn
names one. A file not yet written is skipped; one written in part is checked for what it holds.
"""

from __future__ import annotations

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
SAMPLES = ("h1", "h2")


@pytest.fixture(scope="module")
def bench() -> Iterator[None]:
    """bench/ importable (its scripts import one another by name)."""
    sys.path.insert(0, str(ROOT / "bench"))
    yield
    sys.path.remove(str(ROOT / "bench"))


def _select_h() -> ModuleType:
    return bench_script(DATA / "select_check_h.py", "intel_select_check_h")


@pytest.fixture(scope="module")
def draw() -> dict[str, list[tuple[str, str, str]]]:
    """sample → (url, outlet, sample) rows select_check_h.py draws from the real corpus, in its order."""
    select_h = _select_h()
    corpus = select_h._C.load_titles(shared_path("corpus", "news-dev.jsonl.gz"))
    named_urls = select_h.named_urls()
    return {sample: select_h.select_h(corpus, named_urls, sample) for sample in SAMPLES}


def _labelled(sample: str) -> set[str]:
    path = DATA / f"labels-check-{sample}.jsonl"
    return named(path) if path.is_file() else set()


def test_the_draw_is_two_disjoint_samples_of_fifty(draw: dict[str, list[tuple[str, str, str]]]) -> None:
    h1, h2 = ({u for u, _f, _s in draw[s]} for s in SAMPLES)
    assert len(h1) == len(h2) == _select_h().TOTAL == 50
    assert not h1 & h2
    assert all(s == sample for sample in SAMPLES for _u, _f, s in draw[sample])


def test_no_label_file_or_story_part_of_the_draws_time_names_an_h_page(
    draw: dict[str, list[tuple[str, str, str]]],
) -> None:
    """Every intel label file but h's own (g's included), and every story record of a part that
    existed when h was drawn, names no h page (drawn or labelled)."""
    h_urls = {u for rows in draw.values() for u, _f, _s in rows}
    h_urls |= {url for sample in SAMPLES for url in _labelled(sample)}
    own = {*DATA.glob("labels-check-h*.jsonl"), *DATA.glob("second-reading-h*.jsonl")}
    others = [p for p in DATA.glob("*.jsonl") if p not in own]
    assert any(p.name == "labels-check-g1.jsonl" for p in others)
    for path in others:
        assert not h_urls & named(path), path.name
    for path in sorted(STORIES.glob("*.jsonl")):
        assert not h_urls & named(path, _select_h().STORY_SPLITS_BEFORE_H), path.name


@pytest.mark.parametrize("sample", SAMPLES)
def test_h_records_follow_the_guide_and_are_the_draw_in_its_order(
    sample: str, draw: dict[str, list[tuple[str, str, str]]]
) -> None:
    path = DATA / f"labels-check-{sample}.jsonl"
    if not path.is_file():
        pytest.skip(f"{path.name} not written yet")
    records = list(lines(path))
    for record in records:
        assert set(record) == CHECK_FIELDS, record["url"]
        assert record["split"] == "check" and record["sample"] == sample, record["url"]
        check_record(record)
    labelled = [(r["url"], r["feed_name"], r["sample"]) for r in records]
    assert labelled == draw[sample]


def test_h2_is_held_out_h1_read_and_neither_trained_on(bench: None) -> None:
    import intel
    import train_victims

    assert "check-h2" in intel.HELD_OUT and "check-h1" not in intel.HELD_OUT
    assert "labels-check-h1.jsonl" in intel.READ_CHECKS
    assert "labels-check-h2.jsonl" not in intel.READ_CHECKS
    assert not {"labels-check-h1.jsonl", "labels-check-h2.jsonl"} & intel.TRAINED_CHECKS
    scored = {p: {"misses": [f"{p} page: victim missed"]} for p in ("tune", "check-h1", "check-h2")}
    assert intel.misses_text(["tune", "check-h1", "check-h2"], scored).splitlines() == [
        "[tune] tune page: victim missed",
        "[check-h1] check-h1 page: victim missed",
    ]
    trained = {r.get("url") for r in train_victims.training_records()}
    assert not trained & (_labelled("h1") | _labelled("h2"))
