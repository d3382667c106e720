"""What a run reads to publish does not grow with the history: the feed reads its few last updated
stories through indexes, and gives the same stories, in the same order, as sorting them all."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from veilleur.clock import ENV
from veilleur.config import Settings
from veilleur.models import Article, Briefing, Entry, Source, SourceKind, Tlp
from veilleur.publishing.outbound import published_stories
from veilleur.store import Store

START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def _at(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
    monkeypatch.setenv(ENV, moment.isoformat())  # what the store stamps its writes with


def _history(store: Store, stories: int, monkeypatch: pytest.MonkeyPatch, seed: int = 7) -> None:
    """`stories` briefed stories of two articles each, one a day; most have a written post, some
    a post rewritten later, some only a planned post or none; the red source's are TLP:RED."""
    rng = random.Random(seed)
    for name in ("gazette", "secret"):
        url = f"https://{name}.example/f"
        store.sources.save(Source(name=name, kind=SourceKind.FEED, url=url, tag="veille", title=name.title()))
    for n in range(stories):
        day = (START + timedelta(days=n)).date()
        moment = START + timedelta(days=n, minutes=rng.randrange(600))
        _at(monkeypatch, moment)
        ids = []
        for k, outlet in enumerate(("gazette", "secret" if n % 7 == 3 else "gazette")):
            url = f"https://{outlet}.example/{n}/{k}"
            entry = Entry(url=url, canonical_url=url, source=outlet, title=f"Attack {n}")
            entry_id = store.entries.add(entry, day, moment)
            assert entry_id is not None
            article = Article(url=url, canonical_url=url, title=f"Attack {n}", text=f"text {n} {k} " * 40)
            store.articles.save(entry_id, article, f"{n}-{k}")
            ids.append(entry_id)
        story = store.stories.start(ids[0], day)
        store.stories.join(ids[1], story, day, ids[0], 0.9, ["title"])
        # Briefed, posted and rewritten at times that do not follow the story's order.
        _at(monkeypatch, moment + timedelta(minutes=rng.randrange(3000)))
        store.briefings.save_story(story, ids, Briefing(heading=f"Attaque {n}", summary="Résumé."), "x", "{}")
        if n % 5 == 4:
            continue  # briefed, no post
        _at(monkeypatch, moment + timedelta(minutes=rng.randrange(3000)))
        lead = store.stories.articles(story)[0]
        post = store.posts.plan(story, lead, f"_posts/{day}-attack-{n}.md", "T", day)
        assert post is not None
        if n % 5 == 3:
            continue  # planned, not written
        _at(monkeypatch, moment + timedelta(minutes=rng.randrange(6000)))
        store.posts.record_written(post.id, ids, [], 1)


@contextmanager
def sqlite_steps(store: Store) -> Iterator[list[int]]:
    """Counts the SQLite virtual machine's steps (in hundreds) of what runs inside: the work of
    the queries, which grows with the rows they scan whatever the machine's speed."""
    seen = [0]

    def step() -> int:
        seen[0] += 1
        return 0

    def install(connection: Any, _record: Any) -> None:
        connection.set_progress_handler(step, 100)

    store.engine.dispose()
    event.listen(store.engine, "connect", install)
    try:
        yield seen
    finally:
        event.remove(store.engine, "connect", install)
        store.engine.dispose()


def _settings(tmp_path: Path) -> Settings:
    return Settings.model_validate(
        {"store_url": f"sqlite:///{tmp_path / 'store.db'}", "sources": [
            {"name": "secret", "kind": "feed", "url": "https://secret.example/f", "tlp": "red"}]}
    )  # fmt: skip


def _sorted_all(store: Store, settings: Settings, **filters: Any) -> list[int]:
    every = published_stories(store, settings, **filters)
    return [s.story_id for s in sorted(every, key=lambda s: (s.updated, s.story_id), reverse=True)]


def test_the_newest_stories_are_those_of_sorting_them_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _settings(tmp_path)
    store = Store(settings.store_url)
    _history(store, 120, monkeypatch)
    for filters in ({}, {"posted_only": True}, {"posted_only": True, "max_tlp": Tlp.CLEAR}):
        expected = _sorted_all(store, settings, **filters)
        for newest in (1, 7, 50, 60, 200):
            got = [s.story_id for s in published_stories(store, settings, newest=newest, **filters)]
            assert got == expected[:newest], (filters, newest)
    # Filters that leave few stories make it read further back, up to the whole history.
    approved = published_stories(store, settings, newest=200, approved_only=True)
    assert approved == []
    store.close()


def _work(store: Store, call: Callable[[], object]) -> int:
    with sqlite_steps(store) as seen:
        call()
    return seen[0]


def test_the_feed_reads_the_same_whatever_the_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = {}
    for size in (100, 300):
        settings = _settings(tmp_path / str(size))
        (tmp_path / str(size)).mkdir()
        store = Store(settings.store_url)
        _history(store, size, monkeypatch, seed=size)
        feed = partial(published_stories, store, settings, max_tlp=Tlp.CLEAR, posted_only=True, newest=20)
        assert len(feed()) == 20
        work[size] = _work(store, feed)
        store.close()
    # Three times the history, the same work. Counted in hundreds of steps, it may differ by one
    # or two with the histories' random times (since story_briefings is keyed by an id of its own,
    # a story's briefing is found through its story_id index, whose pages depend on the order the
    # rows came in); reading the history would add a few steps per story: hundreds of them here.
    assert abs(work[300] - work[100]) <= 2, work


def test_an_older_store_gets_the_feed_indexes(tmp_path: Path) -> None:
    from sqlalchemy import text

    from veilleur.store.migrations import head, version
    from veilleur.store.schema import FEED_INDEXES

    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store(url)
    with store.engine.begin() as conn:  # as a schema-11 store was
        for index in FEED_INDEXES:
            conn.execute(text(f"DROP INDEX {index.name}"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0011'"))
    store.close()
    upgraded = Store(url)
    assert upgraded.version == version(head())
    with upgraded.engine.connect() as conn:
        sql = "EXPLAIN QUERY PLAN SELECT story_id FROM story_briefings ORDER BY briefed_at DESC LIMIT 5"
        plan = " ".join(str(row[-1]) for row in conn.execute(text(sql)))
    assert "ix_story_briefings_briefed_at" in plan
    upgraded.close()


def test_the_register_checks_the_day_not_the_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A day's register build checks the stories the day touched: its SQLite work is the same
    after 100 and 300 stories (none of them incidents here: the data file itself lists them all)."""
    from veilleur.models import Intel, Victim
    from veilleur.publishing.register import register_json

    work = {}
    for size in (100, 300):
        settings = _settings(tmp_path / str(size))
        (tmp_path / str(size)).mkdir()
        store = Store(settings.store_url)
        _history(store, size, monkeypatch, seed=size)
        _at(monkeypatch, START + timedelta(days=size + 5))  # the last day's run, after the history
        assert register_json(store) == "[]\n"  # the first build checks every story
        _at(monkeypatch, START + timedelta(days=size + 10))  # the day: one attack reported
        url = "https://gazette.example/today"
        entry_id = store.entries.add(
            Entry(url=url, canonical_url=url, source="gazette", title="Today"), START.date()
        )
        assert entry_id is not None
        store.articles.save(
            entry_id, Article(url=url, canonical_url=url, title="Today", text="x " * 80), "today"
        )
        victim = [Victim(name="Valmont SA")]
        store.intel.save(
            entry_id, Intel(relevant=True, relevance_score=9, category="ransomware", victims=victim)
        )
        store.stories.start(entry_id, START.date())
        with sqlite_steps(store) as seen:
            data = register_json(store)
        assert data.count('"victim": "Valmont SA"') == 1
        work[size] = seen[0]
        store.close()
    assert work[300] == work[100], work


def test_the_newest_with_articles_briefed_alone_are_those_of_sorting_them_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store that published one post per article before (`[publish] group = "article"`) holds
    the articles' own briefings in `story_briefings` next to the stories' (story_id NULL): the
    newest items are still those of sorting every item (the stories, and the articles briefed
    alone that no story's post lists), with and without posted_only."""
    settings = _settings(tmp_path)
    store = Store(settings.store_url)
    _history(store, 30, monkeypatch)
    for story_id, _first, _last, _count in store.stories.all():
        lead = store.stories.articles(story_id)[0]
        _at(monkeypatch, START + timedelta(days=60, minutes=story_id))  # briefed after every story
        store.briefings.save_article(lead.stored.id, Briefing(heading="Article", summary="Résumé."))
    for filters in ({}, {"posted_only": True}):
        expected = _sorted_all(store, settings, **filters)
        assert expected
        for newest in (1, 7, 50):
            got = [s.story_id for s in published_stories(store, settings, newest=newest, **filters)]
            assert got == expected[:newest], (filters, newest)
    store.close()
