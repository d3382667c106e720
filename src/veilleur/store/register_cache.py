"""The incident register's memory: each story's signature and the register entry built from it.

A story's entry depends on its articles (their intel never changes once stored), its days, its
post and its outlets' names: the signature is a hash of exactly those, read in one query of small
columns for the stories that may have changed since the last build (register_changes). Only
stories whose signature changed have their intel read and merged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, select

from veilleur.store import schema
from veilleur.store.register_changes import MARK_ROW, Mark
from veilleur.store.story_days import first_day, last_day


def signatures(engine: Engine, only: Collection[int] | None = None) -> dict[int, tuple[str, date, date]]:
    """Every story that has articles (of `only`, when given) → (the signature of what its register
    entry is built from, its first day, its last day)."""
    st, m, e, s, p = schema.stories, schema.story_members, schema.entries, schema.sources, schema.posts
    a, i, own = schema.articles, schema.intel, schema.posts.alias("own_posts")
    query = (
        select(
            st.c.id,
            first_day(st.c.id).label("first_day"),
            last_day(st.c.id).label("last_day"),
            m.c.entry_id,
            e.c.title,
            e.c.url,
            e.c.post_date,
            s.c.title.label("outlet"),
            e.c.source,
            p.c.path,
            p.c.title.label("post_title"),
            p.c.post_date.label("post_day"),
            i.c.enriched_at,  # an article enriched later (after a failure) changes the entry
            own.c.path.label("own_path"),  # the article's own post (one post per article)
            own.c.title.label("own_title"),
            own.c.post_date.label("own_day"),
        )
        .join(m, m.c.story_id == st.c.id)
        .join(e, e.c.id == m.c.entry_id)
        .join(a, a.c.entry_id == e.c.id, isouter=True)
        .join(i, i.c.entry_id == func.coalesce(a.c.duplicate_of, e.c.id), isouter=True)
        .join(s, s.c.name == e.c.source, isouter=True)
        .join(p, p.c.story_id == st.c.id, isouter=True)
        .join(own, (own.c.entry_id == e.c.id) & own.c.story_id.is_(None), isouter=True)
        .order_by(st.c.id, e.c.id)
    )
    parts: dict[int, list[str]] = {}
    days: dict[int, tuple[date, date]] = {}
    ids = sorted(only) if only is not None else None
    chunks = (
        [query]
        if ids is None
        else [query.where(st.c.id.in_(ids[k : k + 500])) for k in range(0, len(ids), 500)]
    )
    with engine.connect() as conn:
        for chunk in chunks:
            for row in conn.execute(chunk):
                # Without an article's own post, the row reads as it did before there were any:
                # the stories' signatures (and their cached entries) stand.
                values = row if row.own_path is not None else row[:-3]
                parts.setdefault(int(row.id), []).append("\x1f".join(str(value) for value in values))
                days[int(row.id)] = (date.fromisoformat(row.first_day), date.fromisoformat(row.last_day))
    return {
        story: (hashlib.sha256("\x1e".join(rows).encode()).hexdigest(), *days[story])
        for story, rows in parts.items()
    }


def cached(engine: Engine, only: Collection[int] | None = None) -> dict[int, tuple[str, str | None]]:
    """story → (signature, incident JSON or None) as last built (of `only`, when given). An
    incident cached without its escaped entry (before schema 13) has an empty signature: it is
    built again."""
    c = schema.register_cache
    query = select(c.c.story_id, c.c.signature, c.c.incident, c.c.escaped).where(c.c.story_id != MARK_ROW)
    ids = sorted(only) if only is not None else None
    chunks = (
        [query]
        if ids is None
        else [query.where(c.c.story_id.in_(ids[k : k + 500])) for k in range(0, len(ids), 500)]
    )
    with engine.connect() as conn:
        return {
            int(r.story_id): (r.signature if r.incident is None or r.escaped else "", r.incident)
            for chunk in chunks
            for r in conn.execute(chunk)
        }


@dataclass(frozen=True)
class Built:
    """A story's register entry as built from its `signature`: None for no incident."""

    signature: str
    incident: str | None = None  # the Incident as JSON
    last_reported: str | None = None  # ISO date
    escaped: str | None = None  # its entry of the data file (see publish.register.entry_text)


def remember(engine: Engine, built: dict[int, Built], gone: set[int], mark: Mark) -> None:
    """Store the entries built in this run, forget stories that no longer exist (merged), and
    the `mark` of the build's start (register_changes)."""
    c = schema.register_cache
    built = {**built, MARK_ROW: Built("mark", escaped=mark.dump())}
    with engine.begin() as conn:
        stale = set(built) | gone
        for start in range(0, len(stale), 500):
            chunk = sorted(stale)[start : start + 500]
            conn.execute(c.delete().where(c.c.story_id.in_(chunk)))
        if built:
            rows = [
                {"story_id": story, "signature": b.signature, "incident": b.incident,
                 "last_reported": b.last_reported, "escaped": b.escaped}
                for story, b in built.items()
            ]  # fmt: skip
            conn.execute(c.insert(), rows)


def entries(engine: Engine) -> list[str]:
    """The escaped entries of every incident, last reported first (then by story, newest)."""
    c = schema.register_cache
    query = (
        select(c.c.escaped)
        .where(c.c.last_reported.is_not(None), c.c.incident.is_not(None))
        .order_by(c.c.last_reported.desc(), c.c.story_id.desc())
    )
    with engine.connect() as conn:
        return [str(row.escaped) for row in conn.execute(query)]
