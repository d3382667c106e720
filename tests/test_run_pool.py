"""How a run uses its worker processes: one pool for enrichment, clustering and briefing (forked
once), the later stages' loads made between extraction's batches, articles placed in stories as
each batch of features comes back — with the same results as one worker."""

from __future__ import annotations

import gzip
import itertools
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_path
from sqlalchemy import text
from test_parallel import NOW, STORY_TABLES

from veilleur import brief_stage, cluster_stage, parallel, preload
from veilleur import extract_stage as extraction
from veilleur.cluster.features import Features, Input, features_of
from veilleur.config import load_settings
from veilleur.models import Article, Category, Entry, Intel, StoredEntry
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store


def _captures(tmp_path: Path, count: int) -> Path:
    corpus = shared_path("corpus", "news-dev.jsonl.gz")
    captures = tmp_path / "captures"
    captures.mkdir()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(itertools.islice(handle, count)):
            record = json.loads(line)
            body = f"URL: {record['url']}\n\n# {record.get('title') or ''}\n\n{record['markdown']}"
            (captures / f"{number:03d}.md").write_text(body, encoding="utf-8")
    return captures


def _pipeline(tmp_path: Path, captures: Path, workers: int) -> Pipeline:
    folder = tmp_path / f"w{workers}"
    folder.mkdir()
    config = folder / "veilleur.toml"
    config.write_text(
        f'store_url = "sqlite:///{folder / "store.db"}"\ncatalogue = false\n'
        f'[publish]\nout_dir = "{folder / "site"}"\ngit_commit = false\n'
        f"[limits]\ncpu_workers = {workers}\n"
        f'[[sources]]\nname = "captures"\nkind = "files"\nurl = "{captures}"\ntag = "veille"\n'
    )
    settings = load_settings(config)
    store = Store(settings.store_url)
    sync_sources(store, settings)
    return Pipeline(settings, store, now=lambda: NOW)


def _outputs(pipeline: Pipeline) -> tuple[object, ...]:
    with pipeline.store.engine.connect() as conn:
        tables = [
            [tuple(row) for row in conn.execute(text(f"SELECT {columns} FROM {table} ORDER BY 1"))]
            for table, columns in STORY_TABLES.items()
        ]
        intel = conn.execute(
            text(
                "SELECT e.local_path, i.relevant, i.score, i.category, i.data FROM intel i "
                "JOIN entries e ON e.id = i.entry_id ORDER BY e.local_path"
            )
        ).all()
    site = Path(pipeline.settings.publish.out_dir)
    posts = {path.name: path.read_text(encoding="utf-8") for path in sorted(site.rglob("*.md"))}
    return [tuple(row) for row in intel], *tables, posts


def test_a_run_forks_one_pool_for_the_stages_after_extraction_and_gives_what_one_worker_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captures = _captures(tmp_path, 40)
    made: list[int] = []

    class Counted(parallel.ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            made.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Counted)
    monkeypatch.setattr(cluster_stage, "BATCH", 4)  # several batches of features
    monkeypatch.setattr(brief_stage, "JOBS_AHEAD", 3)  # and of briefings
    one = _pipeline(tmp_path, captures, 1)
    one.run()
    assert made == []  # one worker: everything in this process
    two = _pipeline(tmp_path, captures, 2)
    two.run()
    # Extraction's pool, then one for enrichment, clustering and briefing (four pools before).
    assert len(made) == 2
    expected, got = _outputs(one), _outputs(two)
    intel, stories, _members, features, briefings, posts = expected
    assert len(intel) > 10 and len(stories) > 3 and len(features) > 12 and len(briefings) == len(stories)
    assert len(posts) >= len(stories)
    for number, (left, right) in enumerate(zip(expected, got, strict=True)):
        assert right == left, ("intel", *STORY_TABLES, "posts")[number]
    one.store.close()
    two.store.close()


def _recorder(log: list[int], pipeline: Pipeline, fails: bool = False) -> Callable[[], None]:
    def step() -> None:
        log.append(pipeline.summary.extracted)  # articles saved when the step is made
        if fails:
            raise RuntimeError("a model that cannot load")

    return step


def test_extraction_makes_the_later_stages_loads_between_its_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captures = _captures(tmp_path, 40)
    monkeypatch.setattr(extraction, "BATCH", 7)  # 6 batches
    log: list[int] = []
    pipeline = _pipeline(tmp_path, captures, 2)
    steps = [_recorder(log, pipeline), _recorder(log, pipeline, fails=True), _recorder(log, pipeline)]
    monkeypatch.setattr(preload, "steps", lambda languages: list(steps))
    pipeline.collect()
    pipeline.fetch()
    pipeline.extract()
    # One step before each batch's saves (the workers have it and the next one), a failing step
    # left aside: its load is the stage's own, met again where it is needed.
    assert log == [0, 7, 14]
    assert pipeline.summary.extracted == 40
    pipeline.store.close()


def test_with_more_steps_than_batches_the_last_batch_makes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captures = _captures(tmp_path, 40)
    monkeypatch.setattr(extraction, "BATCH", 25)  # 2 batches
    log: list[int] = []
    pipeline = _pipeline(tmp_path, captures, 2)
    monkeypatch.setattr(preload, "steps", lambda languages: [_recorder(log, pipeline) for _ in range(4)])
    pipeline.collect()
    pipeline.fetch()
    pipeline.extract()
    assert log == [0, 25, 25, 25]
    pipeline.store.close()


@pytest.mark.parametrize(("workers", "pages"), [(1, 40), (2, extraction.WARM_AT - 1)])
def test_no_loads_during_extraction_on_one_worker_or_for_few_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int, pages: int
) -> None:
    captures = _captures(tmp_path, pages)
    log: list[int] = []
    pipeline = _pipeline(tmp_path, captures, workers)
    monkeypatch.setattr(preload, "steps", lambda languages: [_recorder(log, pipeline)])
    pipeline.collect()
    pipeline.fetch()
    pipeline.extract()
    assert log == [] and pipeline.summary.extracted == pages
    pipeline.store.close()


def test_the_languages_step_reads_the_articles_extracted_by_then(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captures = _captures(tmp_path, 40)
    monkeypatch.setattr(extraction, "BATCH", 10)
    seen: list[list[str]] = []
    pipeline = _pipeline(tmp_path, captures, 2)

    def steps(languages: Callable[[], list[str]]) -> list[Callable[[], None]]:
        return [lambda: seen.append(list(languages())) for _ in range(3)]

    monkeypatch.setattr(preload, "steps", steps)
    pipeline.collect()
    pipeline.fetch()
    pipeline.extract()
    with pipeline.store.engine.connect() as conn:
        usable = [
            row[0] for row in conn.execute(text("SELECT lang FROM articles WHERE usable ORDER BY entry_id"))
        ]
    assert seen[0] == []
    assert 0 < len(seen[2]) <= 20 and seen[2] == usable[: len(seen[2])]
    pipeline.store.close()


def _entry(tmp_path: Path, store: Store, number: int) -> tuple[StoredEntry, Article, Intel]:
    url = f"https://example.org/{number}"
    entry = Entry(url=url, canonical_url=url, source="s", title=f"Ransomware hits Firm{number} Corp")
    entry_id = store.entries.add(entry, date(2026, 3, 10))
    assert entry_id is not None
    stored = store.entries.get(entry_id)
    assert stored is not None
    article = Article(
        url=url, canonical_url=url, title=entry.title, text=f"Firm{number} Corp was hit.", lang="en"
    )
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.RANSOMWARE)
    store.articles.save(entry_id, article, f"hash-{number}")
    store.intel.save(entry_id, intel)
    return stored, article, intel


def test_articles_are_placed_as_each_batch_of_features_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setattr(cluster_stage, "BATCH", 3)  # features computed 3 at a time
    monkeypatch.setattr(cluster_stage, "PLACED_TOGETHER", 3)  # and placed 3 at a time
    pending = [(_entry(tmp_path, store, number)[0], None) for number in range(7)]
    events: list[str] = []

    def describer(batches: list[list[Input]]) -> Iterator[Callable[[], list[Features]]]:
        def compute(number: int, batch: list[Input]) -> list[Features]:
            events.append(f"features {number}")
            return [features_of(item.id, item.day, item.title, item.text, item.source) for item in batch]

        return (lambda n=n, b=b: compute(n, b) for n, b in enumerate(batches))

    started, joined = cluster_stage.assign_stories(
        store, pending, advance=lambda: events.append("placed"), describer=describer
    )
    assert started + joined == 7
    placed = ["placed"] * 3
    assert events == ["features 0", *placed, "features 1", *placed, "features 2", "placed"]
    store.close()


def test_the_next_briefings_are_made_while_the_workers_write_these(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captures = _captures(tmp_path, 40)
    monkeypatch.setattr(brief_stage, "JOBS_AHEAD", 2)
    pipeline = _pipeline(tmp_path, captures, 2)
    pipeline.collect()
    pipeline.fetch()
    pipeline.extract()
    pipeline.enrich()
    pipeline.cluster()
    events: list[str] = []
    make, settle = pipeline._story_job, pipeline._settle

    def made(story_id: int, current: Any) -> Any:
        events.append("made")
        return make(story_id, current)

    def settled(job: Any, result: Any) -> None:
        events.append("settled")
        settle(job, result)

    monkeypatch.setattr(pipeline, "_story_job", made)
    monkeypatch.setattr(pipeline, "_settle", settled)
    pipeline.brief_pending()
    count = events.count("settled")
    assert count > 4 and count == pipeline.summary.briefed
    # Two made, then two more before the first two are saved, and so on.
    expected = ["made"] * 2
    for start in range(0, count, 2):
        expected += ["made"] * min(2, count - start - 2) + ["settled"] * min(2, count - start)
    assert events == expected
    pipeline.store.close()
