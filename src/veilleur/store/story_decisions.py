"""The merges and splits users decided (the console, `veilleur stories merge|split`), and their
record: `store.decisions`. The caller decides (`veilleur.decisions`: which article leads what
stays, what the decision makes stale); this saves it, each decision in one transaction."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, func, select, update

from veilleur.models import StoryInvalidation, StoryPost
from veilleur.store import schema
from veilleur.store.db import Db, Repository
from veilleur.store.posts import PostRepository
from veilleur.store.rows import now_iso


class DecisionRepository(Repository):
    """Merges and splits of stories, and their record (`story_decisions` rows as dicts)."""

    def __init__(self, db: Db, posts: PostRepository) -> None:
        super().__init__(db)
        self._posts = posts

    def merge(self, target: int, others: list[int], stale: StoryInvalidation) -> list[StoryPost]:
        """Move every article of `others` into `target`, invalidating what `stale` says (the
        merged-away stories, their briefings and posts are deleted); returns the posts of the
        merged-away stories, which the caller removes from the site (their story is now told by
        target's)."""
        s, m, b, p = schema.stories, schema.story_members, schema.story_briefings, schema.posts
        removed = [post for post in (self._posts.of_story(other) for other in others) if post is not None]
        with self.db.tx() as conn:
            for other in others:
                moved = update(m).where(m.c.story_id == other)
                conn.execute(moved.values(story_id=target, method="merge", **_moved(stale)))
                conn.execute(b.delete().where(b.c.story_id == other))
                conn.execute(p.delete().where(p.c.story_id == other))
                conn.execute(s.delete().where(s.c.id == other))
            _invalidate_kept(conn, target, stale)
            conn.execute(
                schema.story_decisions.insert().values(
                    action="merge",
                    story_id=target,
                    detail=json.dumps({"merged": others}),
                    decided_at=now_iso(),
                )
            )
        return removed

    def split(self, story_id: int, entry_ids: list[int], lead: int, stale: StoryInvalidation) -> int:
        """Move `entry_ids` out of their story into a new one, invalidating what `stale` says;
        returns the new story's id. The story's post stays with it, led by `lead` (an article that
        stays); both chosen by the caller (`decisions.split_story`). Raises ValueError when none of
        `entry_ids` is in the story or `lead` is not one that stays (nothing is then changed)."""
        s, m, p = schema.stories, schema.story_members, schema.posts
        with self.db.tx() as conn:
            moving = conn.execute(
                select(func.count()).where(m.c.story_id == story_id, m.c.entry_id.in_(entry_ids))
            ).scalar()
            if not moving:
                raise ValueError(f"none of {entry_ids} is an article of story {story_id}")
            result = conn.execute(s.insert().values(created_at=now_iso()))
            key = result.inserted_primary_key
            assert key is not None
            new_id = int(key[0])
            conn.execute(
                update(m)
                .where(m.c.story_id == story_id, m.c.entry_id.in_(entry_ids))
                .values(story_id=new_id, method="split", **_moved(stale))
            )
            _invalidate_kept(conn, story_id, stale)
            # The post stays with the story, led by the article the caller chose.
            a = schema.articles
            leader = conn.execute(
                select(a.c.entry_id, a.c.canonical_url, a.c.content_hash)
                .join(m, m.c.entry_id == a.c.entry_id)
                .where(a.c.entry_id == lead, m.c.story_id == story_id)
            ).first()
            if leader is None:
                raise ValueError(f"article {lead} does not stay in story {story_id}")
            conn.execute(
                update(p)
                .where(p.c.story_id == story_id)
                .values(
                    entry_id=leader.entry_id,
                    canonical_url=leader.canonical_url,
                    content_hash=leader.content_hash,
                )
            )
            conn.execute(
                schema.story_decisions.insert().values(
                    action="split",
                    story_id=new_id,
                    detail=json.dumps({"from": story_id, "entries": entry_ids}),
                    decided_at=now_iso(),
                )
            )
        return new_id

    def all(self) -> list[dict[str, Any]]:
        d = schema.story_decisions
        with self.db.reader.connect() as conn:
            rows = conn.execute(select(d).order_by(d.c.id)).mappings()
            return [{**row, "detail": json.loads(row["detail"])} for row in rows]


def _moved(stale: StoryInvalidation) -> dict[str, object]:
    """The member columns `stale` resets on the articles that change story."""
    values: dict[str, object] = {}
    if stale.moved_uncovered:
        values["covered"] = False
    if stale.moved_unlisted:
        values["listed"] = False
    if stale.moved_unlinked:
        values.update(joined_with=None, near_duplicate_of=None)
    return values


def _invalidate_kept(conn: Connection, story_id: int, stale: StoryInvalidation) -> None:
    """What `stale` resets on the story that remains: its members' coverage, its post's revision,
    its briefing."""
    m, p, b = schema.story_members, schema.posts, schema.story_briefings
    if stale.kept_uncovered:
        conn.execute(update(m).where(m.c.story_id == story_id).values(covered=False))
    if stale.post_revision_reset:
        conn.execute(update(p).where(p.c.story_id == story_id).values(revision=0))
    if stale.briefing_dropped:
        conn.execute(b.delete().where(b.c.story_id == story_id))
