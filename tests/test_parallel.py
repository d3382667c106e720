"""Extraction, enrichment, story features and briefings on every core give exactly what one core
gives."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import shared_path
from sqlalchemy import text

from veilleur import cluster_stage as assign
from veilleur import extract_stage as extraction
from veilleur import pipeline as runner
from veilleur.config import load_settings
from veilleur.parallel import CpuPool
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store

NOW = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)


# Each table's columns but the wall-clock times of the writes.
STORY_TABLES = {
    "stories": "id",
    "story_members": "entry_id, story_id, day, joined_with, score, signals, near_duplicate_of, method, covered",
    "cluster_features": "entry_id, day, version, data, minhash, embedding",
    "story_briefings": "story_id, backend, data, status, report",
}


def _run(tmp_path: Path, captures: Path, workers: int) -> tuple[list[tuple[object, ...]], ...]:
    folder = tmp_path / f"w{workers}"
    folder.mkdir()
    config = folder / "veilleur.toml"
    config.write_text(
        f'store_url = "sqlite:///{folder / "store.db"}"\ncatalogue = false\n[limits]\ncpu_workers = {workers}\n'
        f'[[sources]]\nname = "captures"\nkind = "files"\nurl = "{captures}"\ntag = "veille"\n'
    )
    settings = load_settings(config)
    store = Store(settings.store_url)
    sync_sources(store, settings)
    pipeline = Pipeline(settings, store, now=lambda: NOW)
    pipeline.collect()
    pipeline.fetch()
    pipeline.extract()
    pipeline.enrich()
    pipeline.cluster_then_brief()  # features on the pool, then briefings on the pool
    with store.engine.connect() as conn:
        stories = [
            [tuple(row) for row in conn.execute(text(f"SELECT {columns} FROM {table} ORDER BY 1"))]
            for table, columns in STORY_TABLES.items()
        ]
        articles = conn.execute(
            text(
                "SELECT e.local_path, a.title, a.text, a.lang, a.published, a.usable, a.reason, a.method, "
                "a.content_hash, a.duplicate_of FROM articles a JOIN entries e ON e.id = a.entry_id "
                "ORDER BY e.local_path"
            )
        ).all()
        intel = conn.execute(
            text(
                "SELECT e.local_path, i.relevant, i.score, i.category, i.data FROM intel i "
                "JOIN entries e ON e.id = i.entry_id ORDER BY e.local_path"
            )
        ).all()
    store.close()
    return ([tuple(row) for row in articles], [tuple(row) for row in intel], *stories)


def test_two_workers_give_what_one_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assign, "BATCH", 4)  # several batches of features for the pool
    # Several batches of extraction (the next one's pages read while the workers extract) and of
    # enrichment's commits (every article handed to the workers at once).
    monkeypatch.setattr(runner, "BATCH", 7)
    monkeypatch.setattr(extraction, "BATCH", 7)
    corpus = shared_path("corpus", "news-dev.jsonl.gz")
    captures = tmp_path / "captures"
    captures.mkdir()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(itertools.islice(handle, 40)):
            record = json.loads(line)
            body = f"URL: {record['url']}\n\n# {record.get('title') or ''}\n\n{record['markdown']}"
            (captures / f"{number:03d}.md").write_text(body, encoding="utf-8")
    one = _run(tmp_path, captures, 1)
    two = _run(tmp_path, captures, 2)
    assert len(one[0]) == 40 and len(one[1]) > 10  # extracted, and enriched the usable ones
    stories, _members, features, briefings = one[2:]
    assert len(features) > 12 and len(stories) > 3 and len(briefings) == len(stories)
    for number, table in enumerate(("articles", "intel", *STORY_TABLES)):
        assert len(two[number]) == len(one[number]), table
        for row_two, row_one in zip(two[number], one[number], strict=True):
            assert row_two == row_one, f"{table}: {_first_difference(row_two, row_one)}"


def _first_difference(two: tuple[object, ...], one: tuple[object, ...]) -> str:
    """Which column of a row differs, and for JSON text which keys (pytest's diff of a whole row of
    bytes hides it)."""
    for column, (left, right) in enumerate(zip(two, one, strict=True)):
        if left == right:
            continue
        if isinstance(left, str) and isinstance(right, str) and left.startswith("{"):
            left_data, right_data = json.loads(left), json.loads(right)
            keys = sorted(
                k for k in left_data.keys() | right_data.keys() if left_data.get(k) != right_data.get(k)
            )
            return f"row {one[0]!r} column {column} keys {[(k, left_data.get(k), right_data.get(k)) for k in keys]}"
        return f"row {one[0]!r} column {column}"
    return "equal"


def _fails_on_three(value: int) -> int:
    if value == 3:
        raise ValueError("three")
    return value * 10


def test_the_pool_keeps_order_and_gives_each_item_its_own_error() -> None:
    with CpuPool(2) as pool:
        outcomes = list(pool.map(_fails_on_three, [(n,) for n in range(40)]))
    assert [o.value for o in outcomes if o.error is None] == [n * 10 for n in range(40) if n != 3]
    assert [str(o.error) for o in outcomes if o.error is not None] == ["three"]
    assert outcomes[3].error is not None


class _Odd(Exception):
    """An exception its pickle cannot rebuild (two arguments, one message)."""

    def __init__(self, code: int, where: str) -> None:
        super().__init__(f"code {code} at {where}")


def _odd_on_five(value: int) -> int:
    if value == 5:
        raise _Odd(7, "page")
    return value


def test_an_item_whose_exception_cannot_cross_processes_fails_alone() -> None:
    # Before, the parent could not read the chunk's results: BrokenProcessPool stopped the stage.
    with CpuPool(2) as pool:
        outcomes = list(pool.map(_odd_on_five, [(n,) for n in range(20)]))
    assert [o.value for o in outcomes if o.error is None] == [n for n in range(20) if n != 5]
    assert str(outcomes[5].error) == "_Odd: code 7 at page"


def _mark(path: str, gate: str, value: int) -> int:
    """Marks `value` in `path`; in a worker process, once `gate` exists (the first call, computed
    in the caller's process, marks at once)."""
    while value and not os.path.exists(gate):
        time.sleep(0.01)
    with open(path, "a", encoding="utf-8") as out:
        out.write(f"{value}\n")
    return value


def test_a_block_left_early_does_not_run_the_calls_still_queued(tmp_path: Path) -> None:
    # `map` hands every call to the workers at once: leaving the block (an error in the caller,
    # Ctrl-C) must not wait until all of them have run. The workers' calls wait until the pool's
    # shutdown has begun, whatever the machine's load: what runs then is what had been handed to a
    # worker process already, never the rest.
    marks, gate = tmp_path / "marks", tmp_path / "gate"
    calls = [(str(marks), str(gate), n) for n in range(300)]
    with pytest.raises(RuntimeError, match="stop"), CpuPool(2) as pool:
        outcomes = pool.map(_mark, calls, chunk=1)
        assert next(outcomes).value == 0
        executor = pool._executor

        def open_once_shutting_down() -> None:
            while not getattr(executor, "_shutdown_thread", True):
                time.sleep(0.01)
            gate.touch()

        threading.Thread(target=open_once_shutting_down, daemon=True).start()
        raise RuntimeError("stop")
    # The first call, the two running, the executor's call queue (workers + 1) and at most one
    # more the executor handed out before it saw the shutdown: all 300 before.
    assert 1 <= len(marks.read_text().split()) <= 10, marks.read_text().split()


def _pid_of(value: int) -> tuple[int, int]:
    return value, os.getpid()


def test_a_warm_up_replaces_the_first_call_here_and_every_call_goes_to_the_workers() -> None:
    warmed: list[int] = []
    with CpuPool(2) as pool:
        outcomes = list(pool.map(_pid_of, [(n,) for n in range(6)], chunk=1, warm=lambda: warmed.append(1)))
    assert warmed == [1]  # called once, in this process, before the workers were forked
    assert [outcome.get()[0] for outcome in outcomes] == list(range(6))  # in order
    assert os.getpid() not in {outcome.get()[1] for outcome in outcomes}
    # Without it, the first call runs here (it loads what the function loads lazily).
    with CpuPool(2) as pool:
        first = next(pool.map(_pid_of, [(n,) for n in range(6)], chunk=1))
    assert first.get() == (0, os.getpid())
