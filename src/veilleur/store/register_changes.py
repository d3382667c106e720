"""Which stories' register entries may have changed since the register was last built, read
through indexes: what a build checks instead of every story of the history.

A story's entry is built from its articles (members joined: `story_members.added_at`; their
intel: `intel.enriched_at`, a copy's being its original's), its post or its articles' own
(`posts.created_at`, `posts.updated_at`), its days (moved only by a joining article, a merge or
a split) and its outlets' names. Merges, splits and corrections are `story_decisions` rows,
numbered. So the stories that may have changed are those touched at or after the last build's
start, or named by a decision since, and every story when the sources' names changed, when the
clock went back, or when there is no record of a last build (a new cache, or one emptied by hand).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine, func, select

from veilleur import clock
from veilleur.store import schema

MARK_ROW = 0  # register_cache's row for the mark (story ids start at 1)
# A build's mark is set this far before its start. A row's time is taken before its transaction
# commits, and workers on other machines write with their own clocks: a story a worker touched
# just before a build, committed after the build read the store, is still newer than the mark.
# Re-checking the stories of the last minutes costs a signature each.
SETTLE = timedelta(minutes=10)


@dataclass(frozen=True)
class Mark:
    """What the store looked like when a build began."""

    at: str  # as rows.now_iso(), SETTLE earlier: timestamps of one format compare as text
    decision: int  # the last story decision's id
    sources: str  # digest of the sources' names and titles (an entry names its outlets)

    def dump(self) -> str:
        return json.dumps([self.at, self.decision, self.sources])


def mark_now(engine: Engine) -> Mark:
    d, s = schema.story_decisions, schema.sources
    with engine.connect() as conn:
        decision = conn.execute(select(func.max(d.c.id))).scalar() or 0
        names = [
            [row.name, row.title] for row in conn.execute(select(s.c.name, s.c.title).order_by(s.c.name))
        ]
    at = (clock.now() - SETTLE).isoformat(timespec="seconds")  # as rows.now_iso() writes times
    return Mark(at, int(decision), hashlib.sha256(json.dumps(names).encode()).hexdigest())


def last_mark(engine: Engine) -> Mark | None:
    c = schema.register_cache
    with engine.connect() as conn:
        row = conn.execute(select(c.c.escaped, c.c.signature).where(c.c.story_id == MARK_ROW)).first()
    # The mark is kept in the row's text column: it is longer than a signature's 64 characters,
    # which PostgreSQL enforces (SQLite does not, and read it from `signature` before).
    value = (row.escaped or row.signature) if row else None
    try:
        at, decision, sources = json.loads(value) if value else (None, 0, "")
    except ValueError:
        return None
    return Mark(str(at), int(decision), str(sources)) if at else None


def changed_since(engine: Engine, last: Mark | None, now: Mark) -> set[int] | None:
    """The stories whose entry may have changed since `last` was marked; None: check them all."""
    if last is None or last.sources != now.sources or now.at < last.at:
        return None
    m, p, i, a, d = schema.story_members, schema.posts, schema.intel, schema.articles, schema.story_decisions
    enriched = select(i.c.entry_id).where(i.c.enriched_at >= last.at)
    own = (p.c.entry_id == m.c.entry_id) & p.c.story_id.is_(None)
    queries = [
        select(m.c.story_id).where(m.c.added_at >= last.at),
        select(p.c.story_id).where(p.c.created_at >= last.at, p.c.story_id.is_not(None)),
        select(p.c.story_id).where(p.c.updated_at >= last.at, p.c.story_id.is_not(None)),
        # An article's own post (one post per article) stands for its story's.
        select(m.c.story_id).join(p, own).where(p.c.created_at >= last.at),
        select(m.c.story_id).join(p, own).where(p.c.updated_at >= last.at),
        select(m.c.story_id).where(m.c.entry_id.in_(enriched)),
        select(m.c.story_id).join(a, a.c.entry_id == m.c.entry_id).where(a.c.duplicate_of.in_(enriched)),
    ]
    stories: set[int] = set()
    with engine.connect() as conn:
        for query in queries:
            stories.update(int(story) for story in conn.execute(query).scalars())
        decided = select(d.c.story_id, d.c.detail).where(d.c.id > last.decision)
        for row in conn.execute(decided):
            stories.add(int(row.story_id))
            detail = json.loads(row.detail)
            named = detail.get("merged", []) if isinstance(detail, dict) else []
            if isinstance(detail, dict) and isinstance(detail.get("from"), int):
                named = [*named, detail["from"]]
            stories.update(int(story) for story in named if isinstance(story, int))
    stories.discard(MARK_ROW)
    return stories
