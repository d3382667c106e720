"""The first-sight draw d (bench/data/intel/labels-check-d1.jsonl, labels-check-d2.jsonl).

Samples d1 and d2 (100 pages each, drawn by select_train_d.py after every rule of the c samples)
were labelled blind and scored once at first sight. From the session after, d1 (`check-d1`) is a
development part: the victim model trains on it, the outlet benches read it and `--misses` writes
its errors. d2 (`check-d2`) stays never read: scored only, no training or tuning tool reads it (the
victim model's training pages, the category model's and the outlet benches' development parts, the
topic model's training set) and no `--misses` writes it. Their pages are exactly the draw, d1 and d2
never share a page and no other label file names one. Files not yet written are an empty part.
"""

from __future__ import annotations

import importlib
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
CHECK_FILES = sorted(DATA.glob("labels-check-d*.jsonl"))
# Files that may name the d pages: their labels and their second reading.
D_FILES = {*CHECK_FILES, DATA / "second-reading-d.jsonl"}
FIELDS = CHECK_FIELDS


@pytest.fixture(scope="module")
def bench() -> Iterator[None]:
    """bench/ importable (its scripts import one another by name)."""
    sys.path.insert(0, str(ROOT / "bench"))
    yield
    sys.path.remove(str(ROOT / "bench"))


def _select_d() -> ModuleType:
    return bench_script(DATA / "select_train_d.py", "intel_select_train_d")


@pytest.fixture(scope="module")
def draw() -> dict[str, list[tuple[str, str, str]]]:
    """sample → (url, outlet, sample) rows select_train_d.py draws from the real corpus, in its order."""
    select_d = _select_d()
    pages = select_d._C.load_titles(shared_path("corpus", "news-dev.jsonl.gz"))
    named = select_d.named_urls()
    return {sample: select_d.select_d(pages, named, sample) for sample in ("d1", "d2")}


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: p.name)
def test_check_records_follow_the_guide(path: Path) -> None:
    sample = path.stem.removeprefix("labels-check-")
    for record in lines(path):
        assert set(record) == FIELDS, record["url"]
        assert record["split"] == "check" and record["sample"] == sample, record["url"]
        check_record(record)


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: p.name)
def test_check_pages_are_the_draw_in_its_order(
    path: Path, draw: dict[str, list[tuple[str, str, str]]]
) -> None:
    """A file being written holds the draw's first pages; a finished one holds exactly the draw."""
    sample = path.stem.removeprefix("labels-check-")
    labelled = [(r["url"], r["feed_name"], r["sample"]) for r in lines(path)]
    assert len(labelled) == len(set(labelled)), path.name
    assert labelled == draw[sample][: len(labelled)]
    if len(labelled) >= _select_d().TOTAL:
        assert labelled == draw[sample]


def test_d1_and_d2_never_share_a_page(draw: dict[str, list[tuple[str, str, str]]]) -> None:
    d1, d2 = ({u for u, _f, _s in draw[s]} for s in ("d1", "d2"))
    assert len(d1) == len(d2) == _select_d().TOTAL
    assert not d1 & d2
    files = [{r["url"] for r in lines(p)} for p in CHECK_FILES]
    for i, urls in enumerate(files):
        for other in files[i + 1 :]:
            assert not urls & other


def test_no_other_label_file_names_a_d_page(draw: dict[str, list[tuple[str, str, str]]]) -> None:
    d_urls = {u for rows in draw.values() for u, _f, _s in rows}
    d_urls |= {url for path in CHECK_FILES for url in named(path)}
    others = [p for p in [*DATA.glob("*.jsonl"), *STORIES.glob("*.jsonl")] if p not in D_FILES]
    assert len(others) > 10
    for path in others:
        assert not d_urls & named(path), path.name


def _labelled(sample: str) -> set[str]:
    path = DATA / f"labels-check-{sample}.jsonl"
    return named(path) if path.is_file() else set()


def test_no_training_or_tuning_part_holds_a_d2_page(
    bench: None, draw: dict[str, list[tuple[str, str, str]]]
) -> None:
    import held_outlets
    import intel
    import intel_outlets
    import learned_category
    import train_relevance
    import train_victims

    labelled = _labelled("d2")
    d2_urls = {u for u, _f, _s in draw["d2"]} | labelled
    development = ("tune", "train", "blogs-tune", "fr", "train-c", "check-d1")
    trained = [r.get("url") for r in train_victims.training_records()]
    trained += [r.get("url") for r in learned_category.training_records()]
    trained += [r.get("url") for p in development for r in held_outlets.records_of(p)]
    trained += [r.get("url") for p in ("pool", "train-c", "check-d1") for r in intel_outlets.records_of(p)]
    trained += [r.get("url") for p in development if p != "train-c" for r in intel.load_labels(p, 0)]
    assert len(trained) > 1000
    assert not d2_urls & set(trained)
    assert labelled <= train_relevance.held_out_urls()
    # the scorers read exactly d2's file as `check-d2`, and it is a held-out part
    assert {r["url"] for r in intel.load_labels("check-d2", 0)} == labelled
    assert {r["url"] for r in intel_outlets.records_of("check-d2")} == labelled
    assert {r["url"] for r in held_outlets.records_of("check-d2")} == labelled
    assert "check-d2" in intel.HELD_OUT


def test_d1_is_a_development_part_the_victim_model_trains_on(bench: None) -> None:
    """Sample d1 is read from the session after its first-sight scoring: the victim model trains on
    its pages, the scorers and outlet benches read exactly its file as `check-d1`, outside the pool."""
    import held_outlets
    import intel
    import intel_outlets
    import train_victims

    labelled = _labelled("d1")
    if not labelled:
        pytest.skip("labels-check-d1.jsonl not written")
    assert labelled <= {r.get("url") for r in train_victims.training_records()}
    assert {r["url"] for r in intel.load_labels("check-d1", 0)} == labelled
    assert {r["url"] for r in intel_outlets.records_of("check-d1")} == labelled
    assert {r["url"] for r in held_outlets.records_of("check-d1")} == labelled
    assert not labelled & {r.get("url") for r in intel_outlets.records_of("pool")}
    assert "check-d1" not in intel.HELD_OUT


def test_a_never_read_check_file_is_scored_and_held_out_d1_trained_on(
    bench: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With d2's file and another check file (d9) each repeating a `tune` page, every reader of the
    labels folder still keeps those pages out of training, and the scorer's `check-d2` part reads
    d2's file and nothing else; d1's file (a made-up page) is trained on and is `check-d1`."""
    import intel
    import train_relevance
    import train_victims

    for path in DATA.iterdir():
        (tmp_path / path.name).symlink_to(path)
    for path in CHECK_FILES:
        (tmp_path / path.name).unlink()
    tune = [r for r in lines(DATA / "labels.jsonl") if r["split"] == "tune" and r["relevant"]][:2]
    for record, sample in zip(tune, ("d2", "d9"), strict=True):
        check = {**record, "split": "check", "sample": sample}
        (tmp_path / f"labels-check-{sample}.jsonl").write_text(json.dumps(check) + "\n", encoding="utf-8")
    d1 = {**tune[0], "url": "https://news.example.org/2025/a-made-up-page", "split": "check", "sample": "d1"}
    (tmp_path / "labels-check-d1.jsonl").write_text(json.dumps(d1) + "\n", encoding="utf-8")
    monkeypatch.setattr(intel, "LABELS", tmp_path)
    monkeypatch.setattr(train_victims, "LABELS", tmp_path)
    assert [r["url"] for r in intel.load_labels("check-d2", 0)] == [tune[0]["url"]]
    assert [r["url"] for r in intel.load_labels("check-d1", 0)] == [d1["url"]]
    trained = {r.get("url") for r in train_victims.training_records()}
    assert d1["url"] in trained
    for record in tune:
        assert record["url"] not in {r["url"] for r in intel.load_labels("train", 0)}
        assert record["url"] not in trained
        assert record["url"] in train_relevance.held_out_urls(tmp_path)
    for sample in ("d1", "d2", "d9"):
        (tmp_path / f"labels-check-{sample}.jsonl").unlink()
    # absent files: empty parts
    assert intel.load_labels("check-d1", 0) == intel.load_labels("check-d2", 0) == []


def test_misses_are_written_for_development_parts_only(bench: None) -> None:
    """`--part all --misses F` scores the held-out parts but writes none of their errors (d1's are
    written: a development part)."""
    import intel

    parts = ["tune", "aside", "fr", "blogs-check", "check-d1", "check-d2"]
    scored = {p: {"misses": [f"{p} page: victim missed"]} for p in parts}
    text = intel.misses_text(parts, scored)
    assert text.splitlines() == [
        "[tune] tune page: victim missed",
        "[fr] fr page: victim missed",
        "[check-d1] check-d1 page: victim missed",
    ]
    assert intel.misses_text(["aside"], scored) == intel.misses_text(["check-d2"], scored) == "\n"


@pytest.mark.parametrize(
    ("script", "argv"),
    [
        ("held_outlets", ["--parts", "tune,check-d2"]),
        ("held_outlets", ["--parts", "check-d1,blogs-check"]),
        ("intel_outlets", ["--part", "check-d2", "--misses", "/dev/null"]),
        ("intel_outlets", ["--part", "blogs-check", "--misses", "/dev/null"]),
    ],
)
def test_the_outlet_benches_never_read_a_held_out_part(
    bench: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    script: str,
    argv: list[str],
) -> None:
    """check-d2 (and blogs-check) is never a development part of held_outlets and intel_outlets
    never writes its errors: refused before anything is read (for that reason, not as an option
    argparse does not know, which exits 2 as well)."""
    module = importlib.import_module(script)
    monkeypatch.setattr(sys, "argv", [script, "--shared", str(tmp_path), *argv])
    with pytest.raises(SystemExit) as refused:
        module.main()
    assert refused.value.code == 2
    said = capsys.readouterr().err.strip().splitlines()[-1]
    assert said.startswith(f"{script}: error: ") and "held-out" in said, said


def test_second_reading_covers_the_draw_once_in_the_guide_vocabulary(
    draw: dict[str, list[tuple[str, str, str]]],
) -> None:
    """second-reading-d.jsonl is the blind second reading of all 200 d pages (no impacts, no vuln)."""
    from labelcheck import CATEGORIES, SECTORS

    second = lines(DATA / "second-reading-d.jsonl")
    assert sorted((r["url"], r["feed_name"], r["sample"]) for r in second) == sorted(
        row for rows in draw.values() for row in rows
    )
    for record in second:
        assert record["category"] in CATEGORIES | {None}, record["url"]
        assert record["relevant"] or record["category"] is None, record["url"]
        assert not (record["promotional"] and record["relevant"]), record["url"]
        assert all(v["sector"] in SECTORS for v in record["victims"]), record["url"]
        assert record["cves"] == sorted(set(record["cves"])), record["url"]
        assert "impacts" not in record and "vuln" not in record


def test_every_d_disagreement_and_correction_is_decided_in_reread() -> None:
    """Each d page where the labels and their blind second reading differ (relevance, promotion,
    category, victims with sector and country, actors, malware, CVEs), and each corrected record
    (notes 'reread:'), has its decision in REREAD.md (by url)."""
    reading = bench_script(DATA / "second_reading.py", "intel_second_reading_d")
    decided = (DATA / "REREAD.md").read_text(encoding="utf-8")
    second = {r["url"]: r for r in lines(DATA / "second-reading-d.jsonl")}
    pending = []
    for path in CHECK_FILES:
        for first in lines(path):
            other = second[first["url"]]
            differs = any(first[f] != other[f] for f in ("relevant", "promotional", "category"))
            differs |= reading.victims(first, True) != reading.victims(other, True)
            differs |= any(
                reading.names(f)(first) != reading.names(f)(other)
                for f in ("threat_actors", "malware", "cves")
            )
            if (differs or "reread:" in first["notes"]) and first["url"] not in decided:
                pending.append(first["url"])
    assert not pending, pending
