"""Briefed stories with their post (when the site carries one), in one query: what feeds,
digests and alerts read."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine, Select, func, select

from veilleur.models import Briefing, Intel, PostState, PublishedRow, StoredEntry
from veilleur.store import schema
from veilleur.store.rows import parse_dt, stored_entry_of
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
    )


def published_rows(engine: Engine, since: date | None = None) -> list[PublishedRow]:
    """Briefed stories whose post date (or first day) is `since` or later, newest first. A story
    whose post is only planned (not written yet) has no post here."""
    p, b = schema.posts, schema.story_briefings
    query = _query()
    if since is not None:
        query = query.where(func.coalesce(p.c.post_date, first_day(b.c.story_id)) >= since.isoformat())
    with engine.connect() as conn:
        return [_row(row) for row in conn.execute(query)]


def newest_rows(engine: Engine, count: int, posted_only: bool = False) -> tuple[list[PublishedRow], bool]:
    """The `count` briefed stories updated last (`PublishedRow.updated`, then story id, newest
    first; with `posted_only`, those whose post is written), and whether that is all of them.

    Reads about 3 × `count` rows whatever the history: a story's `updated` is the latest of its
    post's rewrite, its post's creation and its briefing, so the `count` last updated are among
    the `count` last by each of those three columns (indexed, schema 12). The timestamps are ISO
    strings of one format (`rows.now_iso`): their order as text is their order in time."""
    p, b = schema.posts, schema.story_briefings
    joined = b.join(
        p, (p.c.story_id == b.c.story_id) & (p.c.state != PostState.PLANNED), isouter=not posted_only
    )
    chosen: set[int] = set()
    complete = True
    with engine.connect() as conn:
        for column in (p.c.updated_at, p.c.created_at, b.c.briefed_at):
            query = (
                select(b.c.story_id)
                .select_from(joined)
                .where(column.is_not(None), b.c.story_id.is_not(None))  # not an article's own briefing
                .order_by(column.desc(), b.c.story_id.desc())
                .limit(count)
            )
            found = [int(story) for story in conn.execute(query).scalars()]
            chosen.update(found)
            complete = complete and len(found) < count
        rows: list[PublishedRow] = []
        ids = sorted(chosen)
        for start in range(0, len(ids), 500):  # bound the size of the IN list
            query = _query(posted_only).where(b.c.story_id.in_(ids[start : start + 500]))
            rows.extend(_row(row) for row in conn.execute(query))
    rows.sort(key=lambda r: (r.updated, r.story_id), reverse=True)
    return rows[:count], complete


def members_of(
    engine: Engine, story_ids: list[int]
) -> dict[int, list[tuple[StoredEntry, str, Intel | None]]]:
    """The articles of these stories as (entry, outlet, intel), first one first, without texts:
    `Store.story_sources` for a chosen few stories (a feed's fifty, a day's digest)."""
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
                intel = Intel.model_validate_json(row["intel_data"]) if row["intel_data"] else None
                outlet = row["source_title"] or row["source"]
                out.setdefault(int(row["story_id"]), []).append((stored_entry_of(row), outlet, intel))
    return out
