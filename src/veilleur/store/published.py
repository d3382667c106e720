"""Briefed stories with their post (when the site carries one), in one query: what feeds,
digests and alerts read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select

from veilleur.models import Briefing
from veilleur.store import schema
from veilleur.store.rows import parse_dt


@dataclass(frozen=True)
class PublishedRow:
    story_id: int
    path: str  # the post, relative to the site folder (`_posts/2026-11-29-slug.md`); "" if none
    post_date: date  # the post's date, else the story's first day
    title: str  # the post's front-matter title (its first article's); "" without a post
    created: datetime  # UTC: when the post was planned, else when the story was first briefed
    updated: datetime  # UTC: the latest of the post's rewrite and the briefing's
    briefing: Briefing
    revision: int  # of the story's briefing


def published_rows(engine: Engine, since: date | None = None) -> list[PublishedRow]:
    """Briefed stories whose post date (or first day) is `since` or later, newest first. A story
    whose post is only planned (not written yet) has no post here."""
    p, b, s = schema.posts, schema.story_briefings, schema.stories
    day = func.coalesce(p.c.post_date, s.c.first_day)
    query = (
        select(
            b.c.story_id,
            b.c.data,
            b.c.revision,
            b.c.briefed_at,
            s.c.first_day,
            p.c.path,
            p.c.post_date,
            p.c.title,
            p.c.created_at,
            p.c.updated_at,
        )
        .join(s, s.c.id == b.c.story_id)
        .join(p, (p.c.story_id == b.c.story_id) & (p.c.state != "planned"), isouter=True)
        .order_by(day.desc(), b.c.story_id.desc())
    )
    if since is not None:
        query = query.where(day >= since.isoformat())
    rows = []
    with engine.connect() as conn:
        for row in conn.execute(query):
            briefed = parse_dt(row.briefed_at)
            assert briefed is not None
            created = parse_dt(row.created_at) or briefed
            rows.append(
                PublishedRow(
                    story_id=int(row.story_id),
                    path=row.path or "",
                    post_date=date.fromisoformat(row.post_date or row.first_day),
                    title=row.title or "",
                    created=created,
                    updated=max(parse_dt(row.updated_at) or created, briefed, created),
                    briefing=Briefing.model_validate_json(row.data),
                    revision=int(row.revision),
                )
            )
    return rows
