"""Extraction and enrichment on every core give exactly what one core gives."""

from __future__ import annotations

import gzip
import itertools
import json
from datetime import UTC, datetime
from pathlib import Path

from conftest import shared_path
from sqlalchemy import text

from veilleur.config import load_settings
from veilleur.parallel import CpuPool
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store

NOW = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)


def _run(
    tmp_path: Path, captures: Path, workers: int
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
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
    with store.engine.connect() as conn:
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
    return [tuple(row) for row in articles], [tuple(row) for row in intel]


def test_two_workers_give_what_one_gives(tmp_path: Path) -> None:
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
    assert two == one


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
