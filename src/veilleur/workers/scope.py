"""The store as one job sees it: the pending queries answer for the job's own entries or story.

A worker job runs the same stage code as the in-process runner (`veilleur.pipeline`), over the
same store; only the question "what is pending?" is narrowed to the job's item. The conditions
are the store's own (`store.entries.pending_fetch`, `store.articles.pending`, `store.intel.pending`,
`store.briefings.pending_stories`, `pending_articles`, `store.posts.pending_articles`) with the
item's id added (`store.db.Db.fork`), so one job reads one row, not every pending row.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy import and_, func, not_, or_, select, text

from veilleur.store import Store, schema
from veilleur.store.failures import FailureRepository


class _ScopedFailures(FailureRepository):
    """The failure records of a scope's items only (`entry:ID`, `story:ID`)."""

    def states(self, stage: str) -> dict[str, str]:
        f = schema.failures
        entries, stories = self.db.only_entries or [], self.db.only_stories or []
        items = [f"entry:{n}" for n in entries] + [f"story:{n}" for n in stories]
        query = select(f.c.item, f.c.state).where(f.c.stage == stage, f.c.item.in_(items))
        with self.db.reader.connect() as conn:
            return {row.item: row.state for row in conn.execute(query)}


class Scope(Store):
    """`store` narrowed to `entries` (fetch, extract, enrich) and `stories` (brief).

    Shares the store's engine (no second connection pool, no migration); its own `batch()`
    transaction, so jobs running on threads of one worker do not share one."""

    def __init__(self, store: Store, entries: Collection[int] = (), stories: Collection[int] = ()) -> None:
        self.url, self.engine, self.reader, self.version = (
            store.url,
            store.engine,
            store.reader,
            store.version,
        )
        self._attach(store.db.fork(entries, stories))
        self.failures = _ScopedFailures(self.db)


def unfinished_entries(store: Store, source: str | None = None) -> list[int]:
    """Entries (of `source`, or all) that still wait for a fetch, an extraction or an
    enrichment: the items of the per-entry jobs, oldest first."""
    e, a, i = schema.entries, schema.articles, schema.intel
    enrichable = and_(a.c.usable.is_(True), a.c.duplicate_of.is_(None), i.c.entry_id.is_(None))
    query = (
        select(e.c.id)
        .select_from(e.outerjoin(a, a.c.entry_id == e.c.id).outerjoin(i, i.c.entry_id == e.c.id))
        .where(or_(e.c.fetch_state == "pending", a.c.entry_id.is_(None), enrichable))
        .order_by(e.c.id)
    )
    if source is not None:
        query = query.where(e.c.source == source)
    with store.reader.connect() as conn:
        return [int(row[0]) for row in conn.execute(query)]


def unbriefed_stories(store: Store, per_article: bool = False) -> list[int]:
    """Stories with an article their briefing has not considered yet, oldest first; with
    `per_article` (the one-post-per-article policy), with a relevant article that has no briefing
    of its own (`store.briefings.pending_articles`)."""
    m, i, b = schema.story_members, schema.intel, schema.story_briefings
    query = select(m.c.story_id).where(m.c.covered.is_(False)).distinct().order_by(m.c.story_id)
    if per_article:
        query = (
            select(m.c.story_id)
            .join(i, i.c.entry_id == m.c.entry_id)
            .where(i.c.relevant.is_(True), m.c.near_duplicate_of.is_(None))
            .where(not_(select(b.c.entry_id).where(b.c.entry_id == m.c.entry_id).exists()))
            .distinct()
            .order_by(m.c.story_id)
        )
    with store.reader.connect() as conn:
        return [int(row[0]) for row in conn.execute(query)]


# Collect and entry jobs waiting or running: the articles still to come to the clustering.
_ENTRY_JOBS = text(
    "SELECT count(*) FROM procrastinate_jobs WHERE queue_name IN ('collect', 'entry')"
    " AND status IN ('todo', 'doing')"
)


def cluster_backlog(store: Store, window_days: int) -> tuple[int, int, int]:
    """(collect and entry jobs waiting or running, relevant articles in no story, story members
    from `window_days` days before the oldest of those on): whether a clustering pass is worth
    its reading of the window now, or better left until more articles are enriched."""
    e, i, m = schema.entries, schema.intel, schema.story_members
    pending = (
        select(func.count(), func.min(e.c.post_date))
        .select_from(e.join(i, i.c.entry_id == e.c.id))
        .where(i.c.relevant.is_(True))
        .where(not_(select(m.c.entry_id).where(m.c.entry_id == e.c.id).exists()))
    )
    with store.reader.connect() as conn:
        jobs = int(conn.execute(_ENTRY_JOBS).scalar_one())
        count, oldest = conn.execute(pending).one()
        members = 0
        if count:
            since = date.fromisoformat(oldest) - timedelta(days=window_days)
            window = select(func.count()).select_from(m).where(m.c.day >= since.isoformat())
            members = int(conn.execute(window).scalar_one())
    return jobs, int(count), members
