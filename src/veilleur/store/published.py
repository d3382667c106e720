"""Briefed stories with their post (when the site carries one), in one query: what feeds,
digests and alerts read. Under the one-post-per-article policy each briefed article of a story is
such an item with its own post (`PublishedRow.entry_id`), read by a second query of the same
shape; an article a story's post lists is that post's (a store that changed policy), not an item."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine, Select, func, select

from veilleur.models import Briefing, Intel, PostState, PublishedRow, StoredEntry
from veilleur.store import schema
from veilleur.store.rows import intel_of, parse_dt, stored_entry_of
from veilleur.store.story_days import first_day


def _query(posted_only: bool = False) -> Select[Any]:
    p, b, s = schema.posts, schema.story_briefings, schema.stories
    # A story without a post is dated by its first day (its articles', read only then).
    day = p.c.post_date if posted_only else func.coalesce(p.c.post_date, first_day(b.c.story_id))
    return (
        select(
            b.c.story_id,
            b.c.data,
            b.c.revision,
            b.c.briefed_at,
            day.label("day"),
            p.c.path,
            p.c.post_date,
            p.c.title,
            p.c.created_at,
            p.c.updated_at,
        )
        .join(s, s.c.id == b.c.story_id)
        .join(p, (p.c.story_id == b.c.story_id) & (p.c.state != PostState.PLANNED), isouter=not posted_only)
        .order_by(day.desc(), b.c.story_id.desc())
    )


def _article_query(posted_only: bool = False) -> Select[Any]:
    """The articles briefed alone, each with its own post: the rows of `_query`, with `entry_id`."""
    p, b, m, e = schema.posts, schema.story_briefings, schema.story_members, schema.entries
    own = (p.c.entry_id == b.c.entry_id) & p.c.story_id.is_(None) & (p.c.state != PostState.PLANNED)
    # An article without a post (held off the site) is dated by its own post date.
    day = p.c.post_date if posted_only else func.coalesce(p.c.post_date, e.c.post_date)
    joined = (
        b.join(m, m.c.entry_id == b.c.entry_id)
        .join(e, e.c.id == b.c.entry_id)
        .join(p, own, isouter=not posted_only)
    )
    return (
        select(
            m.c.story_id,
            b.c.entry_id,
            b.c.data,
            b.c.revision,
            b.c.briefed_at,
            day.label("day"),
            p.c.path,
            p.c.post_date,
            p.c.title,
            p.c.created_at,
            p.c.updated_at,
        )
        .select_from(joined)
        .where(m.c.listed.is_(False), m.c.near_duplicate_of.is_(None))
        .order_by(day.desc(), m.c.story_id.desc(), b.c.entry_id.desc())
    )


def _order(row: PublishedRow) -> tuple[date, int, int]:
    return (row.post_date, row.story_id, row.entry_id or 0)


def _row(row: Any) -> PublishedRow:
    briefed = parse_dt(row.briefed_at)
    assert briefed is not None
    created = parse_dt(row.created_at) or briefed
    return PublishedRow(
        story_id=int(row.story_id),
        path=row.path or "",
        post_date=date.fromisoformat(row.day),
        title=row.title or "",
        created=created,
        updated=max(parse_dt(row.updated_at) or created, briefed, created),
        briefing=Briefing.model_validate_json(row.data),
        revision=int(row.revision),
        entry_id=getattr(row, "entry_id", None),  # only the articles' rows have one
    )


def published_rows(engine: Engine, since: date | None = None) -> list[PublishedRow]:
    """Briefed stories whose post date (or first day) is `since` or later, newest first. A story
    whose post is only planned (not written yet) has no post here."""
    p, b, e = schema.posts, schema.story_briefings, schema.entries
    query, articles = _query(), _article_query()
    if since is not None:
        query = query.where(func.coalesce(p.c.post_date, first_day(b.c.story_id)) >= since.isoformat())
        articles = articles.where(func.coalesce(p.c.post_date, e.c.post_date) >= since.isoformat())
    with engine.connect() as conn:
        rows = [_row(row) for row in conn.execute(query)]
        alone = [_row(row) for row in conn.execute(articles)]
    if not alone:
        return rows
    return sorted(rows + alone, key=_order, reverse=True)


def newest_rows(engine: Engine, count: int, posted_only: bool = False) -> tuple[list[PublishedRow], bool]:
    """The `count` briefed stories (and articles briefed alone) updated last (`PublishedRow.updated`,
    then story id, then article, newest first; with `posted_only`, those whose post is written),
    and whether that is all of them.

    Reads about 3 × `count` rows of each kind whatever the history: an item's `updated` is the
    latest of its post's rewrite, its post's creation and its briefing, so the `count` last
    updated are among the `count` last by each of those three columns (indexed, schema 12). The
    timestamps are ISO strings of one format (`rows.now_iso`): their order as text is their order
    in time."""
    p, b = schema.posts, schema.story_briefings
    story_posts = b.join(
        p, (p.c.story_id == b.c.story_id) & (p.c.state != PostState.PLANNED), isouter=not posted_only
    )
    own = (p.c.entry_id == b.c.entry_id) & p.c.story_id.is_(None) & (p.c.state != PostState.PLANNED)
    article_posts = b.join(p, own, isouter=not posted_only)
    with engine.connect() as conn:
        # A kind the store has none of is not searched: its queries would walk the other kind's
        # whole history in the order of each column, finding nothing.
        stories, complete = _last_updated(conn, b.c.story_id, story_posts, count)
        articles, alone = _last_updated(conn, b.c.entry_id, article_posts, count)
        rows: list[PublishedRow] = []
        for start in range(0, len(stories), 500):  # bound the size of the IN list
            query = _query(posted_only).where(b.c.story_id.in_(stories[start : start + 500]))
            rows.extend(_row(row) for row in conn.execute(query))
        for start in range(0, len(articles), 500):
            query = _article_query(posted_only).where(b.c.entry_id.in_(articles[start : start + 500]))
            rows.extend(_row(row) for row in conn.execute(query))
    rows.sort(key=lambda r: (r.updated, r.story_id, r.entry_id or 0), reverse=True)
    return rows[:count], complete and alone


def _last_updated(conn: Any, key: Any, joined: Any, count: int) -> tuple[list[int], bool]:
    """The `key`s (a story's, or an article's briefed alone) of the `count` last by each of the
    three columns an item's `updated` is the latest of, and whether those were all of them."""
    p, b = schema.posts, schema.story_briefings
    chosen: set[int] = set()
    complete = True
    if conn.execute(select(key).where(key.is_not(None)).limit(1)).first() is None:
        return [], complete  # by the key's unique index: none of this kind at all
    for column in (p.c.updated_at, p.c.created_at, b.c.briefed_at):
        query = (
            select(key)
            .select_from(joined)
            .where(column.is_not(None), key.is_not(None))
            .order_by(column.desc(), key.desc())
            .limit(count)
        )
        found = [int(item) for item in conn.execute(query).scalars()]
        chosen.update(found)
        complete = complete and len(found) < count
    return sorted(chosen), complete


def members_of(
    engine: Engine, story_ids: list[int]
) -> dict[int, list[tuple[StoredEntry, str, Intel | None]]]:
    """The articles of these stories as (entry, outlet, intel), first one first, without texts:
    `store.stories.sources` for a chosen few stories (a feed's fifty, a day's digest)."""
    e, a, i, m, s = schema.entries, schema.articles, schema.intel, schema.story_members, schema.sources
    out: dict[int, list[tuple[StoredEntry, str, Intel | None]]] = {}
    with engine.connect() as conn:
        for start in range(0, len(story_ids), 500):  # bound the size of the IN list
            query = (
                select(e, m.c.story_id, i.c.data.label("intel_data"), s.c.title.label("source_title"))
                .join(m, m.c.entry_id == e.c.id)
                .join(a, a.c.entry_id == e.c.id)
                .join(i, i.c.entry_id == func.coalesce(a.c.duplicate_of, e.c.id), isouter=True)
                .join(s, s.c.name == e.c.source, isouter=True)
                .where(m.c.story_id.in_(story_ids[start : start + 500]))
                .order_by(m.c.story_id, e.c.id)
            )
            for row in conn.execute(query).mappings():
                intel = intel_of(row["intel_data"], row["id"])
                outlet = row["source_title"] or row["source"]
                out.setdefault(int(row["story_id"]), []).append((stored_entry_of(row), outlet, intel))
    return out
