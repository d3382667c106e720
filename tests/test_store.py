"""The store: migrations on open, uniqueness that makes duplicates impossible, SQLite and a real
PostgreSQL alike."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from veilleur.demo import DemoServer, demo_settings
from veilleur.models import Article, Entry
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store
from veilleur.store.migrations import head, version

POSTS_V3_COLUMNS = (
    "id, entry_id, canonical_url, content_hash, path, post_date, slug, title, tag, state, created_at"
)
POSTS_V3 = """CREATE TABLE posts (
    id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL UNIQUE REFERENCES entries (id),
    canonical_url TEXT NOT NULL UNIQUE, content_hash VARCHAR(64) NOT NULL UNIQUE, path TEXT NOT NULL UNIQUE,
    post_date VARCHAR(10) NOT NULL, slug TEXT NOT NULL, title TEXT NOT NULL, tag VARCHAR(100) NOT NULL,
    state VARCHAR(10) NOT NULL, created_at VARCHAR(40) NOT NULL)"""


def entry(url: str) -> Entry:
    return Entry(url=url, canonical_url=url, source="s", title="t")


def article(url: str, body: str) -> Article:
    return Article(url=url, canonical_url=url, title="t", text=body)


def check_store(store: Store) -> None:
    assert store.version == version(head())
    first = store.entries.add(entry("https://a.example/1"), date(2026, 11, 22))
    assert first is not None
    assert store.entries.add(entry("https://a.example/1"), date(2026, 11, 23)) is None  # same URL, later day
    second = store.entries.add(entry("https://b.example/copy"), date(2026, 11, 22))
    assert second is not None
    assert store.articles.save(first, article("https://a.example/1", "same words"), "h1") is None
    # Same content under another URL: kept as a duplicate of the first, never published.
    assert store.articles.save(second, article("https://b.example/copy", "same words"), "h1") == first
    assert [entry_id for entry_id, _ in store.intel.pending()] == [first]


def test_sqlite_store_migrates_and_refuses_duplicates(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'deep' / 'folder' / 'v.db'}"
    check_store(Store(url))
    reopened = Store(url)  # migrations are idempotent
    with reopened.engine.connect() as conn:
        revisions = conn.execute(text("select version_num from alembic_version")).scalars().all()
    assert revisions == [head()]


def test_a_store_from_before_stories_upgrades_and_keeps_its_posts(
    tmp_path: Path, fixed_now: datetime
) -> None:
    """A schema-3 store with published per-article posts: opening it adds the story tables, and
    the next run makes each post its story's post instead of publishing the article again."""
    site = tmp_path / "site"
    with DemoServer() as server:
        settings = demo_settings(site, server.base)
        settings.publish.group = "article"
        store = Store(settings.resolved_store_url())
        sync_sources(store, settings)
        Pipeline(settings, store).run()
        store.close()
        before = {p.name: p.read_text(encoding="utf-8") for p in (site / "_posts").glob("*.md")}
        # Back to schema 3: what schema 4 added is removed, as a store of the previous release.
        engine = create_engine(settings.resolved_store_url())
        with engine.begin() as conn:
            # Schema 3 kept each article's briefing in a table of its own (revision 17 moves them).
            conn.execute(
                text(
                    "CREATE TABLE briefings AS SELECT entry_id, backend, data, briefed_at, status, report,"
                    " prompt_tokens, completion_tokens FROM story_briefings WHERE entry_id IS NOT NULL"
                )
            )
            for table in ("story_briefings", "story_decisions", "story_members", "stories"):
                conn.execute(text(f"DROP TABLE {table}"))
            # SQLite cannot drop a UNIQUE column: the posts table is rebuilt as schema 3 had it.
            conn.execute(text("ALTER TABLE posts RENAME TO posts_v4"))
            conn.execute(text(POSTS_V3))
            # Schema 3 stored the slug its path holds (revision 16 drops it again).
            copied = POSTS_V3_COLUMNS.replace("slug", "substr(path, 19, length(path) - 21)")
            conn.execute(text(f"INSERT INTO posts SELECT {copied} FROM posts_v4"))
            conn.execute(text("DROP TABLE posts_v4"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
        engine.dispose()

        settings.publish.group = "story"
        store = Store(settings.resolved_store_url())
        assert store.version == version(head())
        pipeline = Pipeline(settings, store)
        pipeline.run()
        after = {p.name: p.read_text(encoding="utf-8") for p in (site / "_posts").glob("*.md")}
        assert set(after) == set(before)  # no article published a second time
        assert len(store.posts.of_stories()) == len(before)  # each post now belongs to its story
        store.close()


def test_postgresql_store_runs_the_whole_pipeline(
    postgres_url: str, tmp_path: Path, fixed_now: datetime
) -> None:
    store = Store(postgres_url)
    with store.engine.begin() as conn:  # a clean database for this test
        for table in ("posts", "story_briefings", "intel", "articles", "documents", "entries", "sources"):
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
