"""The first-sight draws g, h, i, j and k (bench/data/intel/labels-check-{g,h,i,j,k}{1,2}.jsonl).

Each draw is 50 + 50 pages taken by its script (select_check_g.py, select_check_h.py,
select_check_i.py, select_check_j.py, select_check_k.py) in proportion to the corpus, so that it
reads like a day of real input, each after the previous draw's first sample had been tuned on; labelled blind before veilleur ran on
them and scored at first sight. Both samples are held out in the session that labels them; from the
session after, sample 1 is a development part (its errors listed; the victim model does not train on
it: a refit with g1 lowered victim precision everywhere) and sample 2 stays a guard: scored only,
no `--misses` writes its errors and no model trains on it. A draw's pages are exactly its script's,
its two samples never share a page, and no label file or story part that existed when it was drawn
names one. A file not yet written is skipped; one written in part is checked for what it holds.
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
# Draw → a label file of the draw before it, which its own pages must not be in.
DRAWS = {
    "g": "labels-check-e2.jsonl",
    "h": "labels-check-g1.jsonl",
    "i": "labels-check-h2.jsonl",
    "j": "labels-check-i2.jsonl",
    "k": "labels-check-j2.jsonl",
}
# Draws in the session that labels them: both samples held out, neither read.
FIRST_SIGHT: frozenset[str] = frozenset()

Rows = dict[str, list[tuple[str, str, str]]]


@pytest.fixture(scope="module")
def bench() -> Iterator[None]:
    """bench/ importable (its scripts import one another by name)."""
    sys.path.insert(0, str(ROOT / "bench"))
    yield
    sys.path.remove(str(ROOT / "bench"))


def _select(draw: str) -> ModuleType:
    return bench_script(DATA / f"select_check_{draw}.py", f"intel_select_check_{draw}")


def _samples(draw: str) -> tuple[str, str]:
    return f"{draw}1", f"{draw}2"


@pytest.fixture(scope="module")
def corpus() -> dict[str, tuple[str, str]]:
    """url → (outlet, title) of the real corpus."""
    return _select("g")._C.load_titles(shared_path("corpus", "news-dev.jsonl.gz"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module", params=sorted(DRAWS))
def drawn(request: pytest.FixtureRequest, corpus: dict[str, tuple[str, str]]) -> tuple[str, Rows]:
    """(draw, sample → (url, outlet, sample) rows its script draws from the real corpus, in order)."""
    draw: str = request.param
    select = _select(draw)
    named_urls = select.named_urls()
    pick = getattr(select, f"select_{draw}")
    return draw, {sample: pick(corpus, named_urls, sample) for sample in _samples(draw)}


def _labelled(sample: str) -> set[str]:
    path = DATA / f"labels-check-{sample}.jsonl"
    return named(path) if path.is_file() else set()


def _urls(draw: str, rows: Rows) -> set[str]:
    """Every page of the draw, drawn or labelled."""
    return {u for sample in rows.values() for u, _f, _s in sample} | {
        url for sample in _samples(draw) for url in _labelled(sample)
    }


def test_the_draw_is_two_disjoint_samples_of_fifty(drawn: tuple[str, Rows]) -> None:
    draw, rows = drawn
    first, second = ({u for u, _f, _s in rows[s]} for s in _samples(draw))
    assert len(first) == len(second) == _select(draw).TOTAL == 50
    assert not first & second
    assert all(s == sample for sample in _samples(draw) for _u, _f, s in rows[sample])


def test_the_draw_follows_the_corpus_not_the_least_labelled_outlets(
    drawn: tuple[str, Rows], corpus: dict[str, tuple[str, str]]
) -> None:
    """Drawn uniformly, the three largest outlets of the corpus give about their share of the 100
    pages (the c/d/e draws, which favour outlets least labelled, give them far less)."""
    _draw, rows = drawn
    volume = Counter(feed for feed, _t in corpus.values())
    largest = [feed for feed, _n in volume.most_common(3)]
    share = sum(volume[f] for f in largest) / sum(volume.values())
    counted = Counter(feed for sample in rows.values() for _u, feed, _s in sample)
    assert abs(sum(counted[f] for f in largest) / 100 - share) < 0.15


def test_no_label_file_or_story_part_of_the_draws_time_names_one_of_its_pages(
    drawn: tuple[str, Rows],
) -> None:
    """Every intel label file but the draw's own (and their second readings; the draw before it
    included), and every story record of a part that existed when it was drawn, names none of its
    pages."""
    draw, rows = drawn
    urls = _urls(draw, rows)
    own = {*DATA.glob(f"labels-check-{draw}*.jsonl"), *DATA.glob(f"second-reading-{draw}*.jsonl")}
    others = [p for p in DATA.glob("*.jsonl") if p not in own]
    assert len(others) > 20 and any(p.name == DRAWS[draw] for p in others)
    for path in others:
        assert not urls & named(path), path.name
    stories = sorted(STORIES.glob("*.jsonl"))
    assert stories
    before = getattr(_select(draw), f"STORY_SPLITS_BEFORE_{draw.upper()}")
    for path in stories:
        assert not urls & named(path, before), path.name


def test_the_records_follow_the_guide_and_are_the_draw_in_its_order(drawn: tuple[str, Rows]) -> None:
    draw, rows = drawn
    for sample in _samples(draw):
        path = DATA / f"labels-check-{sample}.jsonl"
        if not path.is_file():
            continue  # the labellers write it during the session that draws it
        records = list(lines(path))
        for record in records:
            assert set(record) == CHECK_FIELDS, record["url"]
            assert record["split"] == "check" and record["sample"] == sample, record["url"]
            check_record(record)
        assert [(r["url"], r["feed_name"], r["sample"]) for r in records] == rows[sample]


def test_sample_1_is_read_sample_2_is_held_out_neither_is_trained_on(
    bench: None, drawn: tuple[str, Rows]
) -> None:
    """The scorer reads each file as its part; sample 1 is a development part whose errors are
    listed (held out too in its draw's first-sight session, FIRST_SIGHT), sample 2 is held out; no training page is one of the draw's (drawn or labelled)."""
    import intel
    import train_relevance
    import train_victims

    draw, rows = drawn
    first, second = _samples(draw)
    read = draw not in FIRST_SIGHT
    assert f"check-{second}" in intel.HELD_OUT and (f"check-{first}" in intel.HELD_OUT) is not read
    assert (f"labels-check-{first}.jsonl" in intel.READ_CHECKS) is read
    assert f"labels-check-{second}.jsonl" not in intel.READ_CHECKS
    assert not {f"labels-check-{first}.jsonl", f"labels-check-{second}.jsonl"} & intel.TRAINED_CHECKS
    parts = ["tune", f"check-{first}", f"check-{second}"]
    scored = {p: {"misses": [f"{p} page: victim missed"]} for p in parts}
    listed = [f"[check-{first}] check-{first} page: victim missed"] if read else []
    assert intel.misses_text(parts, scored).splitlines() == ["[tune] tune page: victim missed", *listed]
    for sample in (first, second):
        assert {r["url"] for r in intel.load_labels(f"check-{sample}", 0)} == _labelled(sample)
        assert _labelled(sample) <= train_relevance.held_out_urls()
    trained = {r.get("url") for r in train_victims.training_records()}
    assert len(trained) > 500
    assert not _urls(draw, rows) & trained
