"""The first-sight draw i (bench/data/intel/labels-check-i1.jsonl, labels-check-i2.jsonl).

Drawn as h was (select_check_i.py: 50 + 50 pages in proportion to the corpus) after h1 had become a
development part and every guard had been scored at each change, and labelled blind, before
veilleur runs on them. Both were held out in the session that labelled them (scored only, no
`--misses` wrote their errors); from the next, i1 is a development part (its errors are listed, no
model trains on it) and i2 stays a guard. The pages are exactly the draw, i1 and i2 never share a
page, and no label file or story part that existed when i was drawn names one. A file not yet
written is skipped; one written in part is checked for what it holds.
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
SAMPLES = ("i1", "i2")


@pytest.fixture(scope="module")
def bench() -> Iterator[None]:
    """bench/ importable (its scripts import one another by name)."""
    sys.path.insert(0, str(ROOT / "bench"))
    yield
    sys.path.remove(str(ROOT / "bench"))


def _select_i() -> ModuleType:
    return bench_script(DATA / "select_check_i.py", "intel_select_check_i")


@pytest.fixture(scope="module")
def draw() -> dict[str, list[tuple[str, str, str]]]:
    """sample → (url, outlet, sample) rows select_check_i.py draws from the real corpus, in its order."""
    select_i = _select_i()
    corpus = select_i._C.load_titles(shared_path("corpus", "news-dev.jsonl.gz"))
    named_urls = select_i.named_urls()
    return {sample: select_i.select_i(corpus, named_urls, sample) for sample in SAMPLES}


def _labelled(sample: str) -> set[str]:
    path = DATA / f"labels-check-{sample}.jsonl"
    return named(path) if path.is_file() else set()


def test_the_draw_is_two_disjoint_samples_of_fifty(draw: dict[str, list[tuple[str, str, str]]]) -> None:
    i1, i2 = ({u for u, _f, _s in draw[s]} for s in SAMPLES)
    assert len(i1) == len(i2) == _select_i().TOTAL == 50
    assert not i1 & i2
    assert all(s == sample for sample in SAMPLES for _u, _f, s in draw[sample])


def test_no_label_file_or_story_part_of_the_draws_time_names_an_i_page(
    draw: dict[str, list[tuple[str, str, str]]],
) -> None:
    """Every intel label file but i's own (h's included), and every story record of a part that
    existed when i was drawn, names no i page (drawn or labelled)."""
    i_urls = {u for rows in draw.values() for u, _f, _s in rows}
    i_urls |= {url for sample in SAMPLES for url in _labelled(sample)}
    own = {*DATA.glob("labels-check-i*.jsonl"), *DATA.glob("second-reading-i*.jsonl")}
    others = [p for p in DATA.glob("*.jsonl") if p not in own]
    assert any(p.name == "labels-check-h2.jsonl" for p in others)
    for path in others:
        assert not i_urls & named(path), path.name
    for path in sorted(STORIES.glob("*.jsonl")):
        assert not i_urls & named(path, _select_i().STORY_SPLITS_BEFORE_I), path.name


@pytest.mark.parametrize("sample", SAMPLES)
def test_i_records_follow_the_guide_and_are_the_draw_in_its_order(
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


def test_i2_is_held_out_i1_read_and_neither_trained_on(bench: None) -> None:
    import intel
    import train_victims

    assert "check-i2" in intel.HELD_OUT and "check-i1" not in intel.HELD_OUT
    assert all(f"check-{sample}" in intel.CHECK_D for sample in SAMPLES)
    assert "labels-check-i1.jsonl" in intel.READ_CHECKS
    assert "labels-check-i2.jsonl" not in intel.READ_CHECKS
    assert not {"labels-check-i1.jsonl", "labels-check-i2.jsonl"} & intel.TRAINED_CHECKS
    parts = ["check-h1", "check-i1", "check-i2"]
    scored = {p: {"misses": [f"{p} page: victim missed"]} for p in parts}
    assert intel.misses_text(parts, scored).splitlines() == [
        "[check-h1] check-h1 page: victim missed",
        "[check-i1] check-i1 page: victim missed",
    ]
    trained = {r.get("url") for r in train_victims.training_records()}
    assert not trained & (_labelled("i1") | _labelled("i2"))
