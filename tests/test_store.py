"""The store: migrations on open, uniqueness that makes duplicates impossible, SQLite and a real
PostgreSQL alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from veilleur.demo import DemoServer, demo_settings
from veilleur.models import Article, Entry
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store
from veilleur.store.migrations import MIGRATIONS


def entry(url: str) -> Entry:
    return Entry(url=url, canonical_url=url, source="s", title="t")


def article(url: str, body: str) -> Article:
    return Article(url=url, canonical_url=url, title="t", text=body)


def check_store(store: Store) -> None:
    assert store.version == len(MIGRATIONS)
    first = store.add_entry(entry("https://a.example/1"), date(2026, 11, 22))
    assert first is not None
    assert store.add_entry(entry("https://a.example/1"), date(2026, 11, 23)) is None  # same URL, later day
    second = store.add_entry(entry("https://b.example/copy"), date(2026, 11, 22))
    assert second is not None
    assert store.save_article(first, article("https://a.example/1", "same words"), "h1") is None
    # Same content under another URL: kept as a duplicate of the first, never published.
    assert store.save_article(second, article("https://b.example/copy", "same words"), "h1") == first
    assert [entry_id for entry_id, _ in store.pending_enrich()] == [first]


def test_sqlite_store_migrates_and_refuses_duplicates(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'deep' / 'folder' / 'v.db'}"
    check_store(Store(url))
    reopened = Store(url)  # migrations are idempotent
    with reopened.engine.connect() as conn:
        versions = conn.execute(text("select count(*) from schema_version")).scalar()
    assert versions == len(MIGRATIONS)


def test_postgresql_store_runs_the_whole_pipeline(postgres_url: str, tmp_path: Path) -> None:
    store = Store(postgres_url)
    with store.engine.begin() as conn:  # a clean database for this test
        for table in ("posts", "briefings", "intel", "articles", "documents", "entries", "sources"):
            conn.execute(text(f"delete from {table}"))
    check_store(store)
    with DemoServer() as server:
        settings = demo_settings(tmp_path / "site", server.base)
        settings.store_url = postgres_url
        sync_sources(store, settings)
        runs = []
        for _ in range(2):
            pipeline = Pipeline(settings, store)
            runs.append(pipeline.run())
            pipeline.close()
    assert len(runs[0].published) == 6 and runs[1].published == []
    assert store.counts()["posts"] == 6


@pytest.mark.parametrize("bad", ["sqlite:////proc/forbidden/v.db"])
def test_unusable_store_url_is_a_clear_error(bad: str) -> None:
    with pytest.raises(Exception, match=r"(?i)permission|unable|no such|read-only|operational"):
        Store(bad)
