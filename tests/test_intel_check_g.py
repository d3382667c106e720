"""The first-sight draw g (bench/data/intel/labels-check-g1.jsonl, labels-check-g2.jsonl).

Samples g1 and g2 (50 pages each, drawn by select_check_g.py in proportion to the corpus) are
labelled blind, before veilleur runs on them, and scored at first sight. In the session that labels
them both parts are held out; from the session after, g1 is a development part (its errors listed; the
victim model does not train on it: a refit with it lowered victim precision everywhere) and g2 stays
held out: scored only, no `--misses` writes its errors and no model trains on it. Their pages are exactly the draw, g1 and g2 never share a page, and no label file or story part
that existed when g was drawn names one. A file not yet written (or written in part) is checked for
what it holds.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from conftest import shared_path
from labelcheck import CHECK_FIELDS, bench_script, check_record, lines, named

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "intel"
STORIES = ROOT / "bench" / "data" / "stories"
SAMPLES = ("g1", "g2")


@pytest.fixture(scope="module")
def bench() -> Iterator[None]:
    """bench/ importable (its scripts import one another by name)."""
    sys.path.insert(0, str(ROOT / "bench"))
    yield
    sys.path.remove(str(ROOT / "bench"))


def _select_g() -> ModuleType:
    return bench_script(DATA / "select_check_g.py", "intel_select_check_g")


@pytest.fixture(scope="module")
def corpus() -> dict[str, tuple[str, str]]:
    """url → (outlet, title) of the real corpus."""
    return _select_g()._C.load_titles(shared_path("corpus", "news-dev.jsonl.gz"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def draw(corpus: dict[str, tuple[str, str]]) -> dict[str, list[tuple[str, str, str]]]:
    """sample → (url, outlet, sample) rows select_check_g.py draws from the real corpus, in its order."""
    select_g = _select_g()
    named_urls = select_g.named_urls()
    return {sample: select_g.select_g(corpus, named_urls, sample) for sample in SAMPLES}


def _labelled(sample: str) -> set[str]:
    path = DATA / f"labels-check-{sample}.jsonl"
    return named(path) if path.is_file() else set()


def test_the_draw_is_two_disjoint_samples_of_fifty(draw: dict[str, list[tuple[str, str, str]]]) -> None:
    g1, g2 = ({u for u, _f, _s in draw[s]} for s in SAMPLES)
    assert len(g1) == len(g2) == _select_g().TOTAL == 50
    assert not g1 & g2
    assert all(s == sample for sample in SAMPLES for _u, _f, s in draw[sample])
    assert all(rows == sorted(rows, key=lambda r: (r[1], r[0])) for rows in draw.values())


def test_the_draw_follows_the_corpus_not_the_least_labelled_outlets(
    draw: dict[str, list[tuple[str, str, str]]], corpus: dict[str, tuple[str, str]]
) -> None:
    """Drawn uniformly, the three largest outlets of the corpus give about their share of the 100
    pages (the c/d/e draws, which favour outlets least labelled, give them far less)."""
    volume = Counter(feed for feed, _t in corpus.values())
    largest = [feed for feed, _n in volume.most_common(3)]
    share = sum(volume[f] for f in largest) / sum(volume.values())
    drawn = Counter(feed for rows in draw.values() for _u, feed, _s in rows)
    assert abs(sum(drawn[f] for f in largest) / 100 - share) < 0.15


def test_no_label_file_or_story_part_of_the_draws_time_names_a_g_page(
    draw: dict[str, list[tuple[str, str, str]]],
) -> None:
    """Every intel label file but g's own (and their second reading), and every story record of a
    part that existed when g was drawn, names no g page (drawn or labelled)."""
    g_urls = {u for rows in draw.values() for u, _f, _s in rows}
    g_urls |= {url for sample in SAMPLES for url in _labelled(sample)}
    own = {*DATA.glob("labels-check-g*.jsonl"), *DATA.glob("second-reading-g*.jsonl")}
    others = [p for p in DATA.glob("*.jsonl") if p not in own]
    assert len(others) > 20
    for path in others:
        assert not g_urls & named(path), path.name
    stories = sorted(STORIES.glob("*.jsonl"))
    assert stories
    for path in stories:
        assert not g_urls & named(path, _select_g().STORY_SPLITS_BEFORE_G), path.name


def _file(sample: str) -> Path:
    """The sample's label file, or skip: the labellers write it during the session."""
    path = DATA / f"labels-check-{sample}.jsonl"
    if not path.is_file():
        pytest.skip(f"{path.name} not written yet")
    return path


@pytest.mark.parametrize("sample", SAMPLES)
def test_g_records_follow_the_guide_and_are_the_draw_in_its_order(
    sample: str, draw: dict[str, list[tuple[str, str, str]]]
) -> None:
    path = _file(sample)
    records = list(lines(path))
    for record in records:
        assert set(record) == CHECK_FIELDS, record["url"]
        assert record["split"] == "check" and record["sample"] == sample, record["url"]
        check_record(record)
    labelled = [(r["url"], r["feed_name"], r["sample"]) for r in records]
    assert labelled == draw[sample]


def test_g1_is_read_g2_is_held_out_neither_is_trained_on(
    bench: None, draw: dict[str, list[tuple[str, str, str]]]
) -> None:
    """The scorer reads each g file as its part; g1 is a development part whose errors are listed, g2
    is held out; no training page is one of g's (drawn or labelled)."""
    import intel
    import train_relevance
    import train_victims

    assert "check-g2" in intel.HELD_OUT and "check-g1" not in intel.HELD_OUT
    assert "labels-check-g1.jsonl" in intel.READ_CHECKS
    assert "labels-check-g2.jsonl" not in intel.READ_CHECKS
    assert not {"labels-check-g1.jsonl", "labels-check-g2.jsonl"} & intel.TRAINED_CHECKS
    for sample in SAMPLES:
        assert {r["url"] for r in intel.load_labels(f"check-{sample}", 0)} == _labelled(sample)
        assert _labelled(sample) <= train_relevance.held_out_urls()
    trained = {r.get("url") for r in train_victims.training_records()}
    assert len(trained) > 500
    g_urls = {u for rows in draw.values() for u, _f, _s in rows} | _labelled("g1") | _labelled("g2")
    assert not g_urls & trained


def test_misses_are_written_for_g1_never_for_g2(bench: None) -> None:
    import intel

    scored = {p: {"misses": [f"{p} page: victim missed"]} for p in ("tune", "check-g1", "check-g2")}
    assert intel.misses_text(["tune", "check-g1", "check-g2"], scored).splitlines() == [
        "[tune] tune page: victim missed",
        "[check-g1] check-g1 page: victim missed",
    ]
