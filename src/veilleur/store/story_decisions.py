"""The merges and splits users decided (the console, `veilleur stories merge|split`), and their
record: `store.decisions`. The caller decides (`veilleur.decisions`: which article leads what
stays); this saves it, each decision in one transaction."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select, update

from veilleur.models import StoryPost
from veilleur.store import schema
from veilleur.store.db import Db, Repository
from veilleur.store.posts import PostRepository
from veilleur.store.rows import now_iso


class DecisionRepository(Repository):
    """Merges and splits of stories, and their record (`story_decisions` rows as dicts)."""

    def __init__(self, db: Db, posts: PostRepository) -> None:
        super().__init__(db)
        self._posts = posts

    def merge(self, target: int, others: list[int]) -> list[StoryPost]:
        """Move every article of `others` into `target`; returns the posts of the merged-away
        stories, which the caller removes from the site (their story is now told by target's)."""
        s, m, b, p = schema.stories, schema.story_members, schema.story_briefings, schema.posts
        removed = [post for post in (self._posts.of_story(other) for other in others) if post is not None]
        with self.db.tx() as conn:
            for other in others:
                conn.execute(
                    update(m)
                    .where(m.c.story_id == other)
                    .values(story_id=target, method="merge", covered=False, listed=False)
                )
                conn.execute(b.delete().where(b.c.story_id == other))
                conn.execute(p.delete().where(p.c.story_id == other))
                conn.execute(s.delete().where(s.c.id == other))
            conn.execute(
                schema.story_decisions.insert().values(
                    action="merge",
                    story_id=target,
                    detail=json.dumps({"merged": others}),
                    decided_at=now_iso(),
                )
            )
        return removed

    def split(self, story_id: int, entry_ids: list[int], lead: int) -> int:
        """Move `entry_ids` out of their story into a new one; returns the new story's id. The
        story's post stays with it, led by `lead` (an article that stays, chosen by the caller:
        `decisions.split_story`). Raises ValueError when none of `entry_ids` is in the story or
        `lead` is not one that stays (nothing is then changed)."""
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
                .values(
                    story_id=new_id,
                    method="split",
                    joined_with=None,
                    near_duplicate_of=None,
                    covered=False,
                    listed=False,
                )
            )
            # What stays is briefed again, and its post rewritten from that briefing (a revision it
            # has not shown), so that it loses the departed sources.
            conn.execute(update(m).where(m.c.story_id == story_id).values(covered=False))
            conn.execute(update(p).where(p.c.story_id == story_id).values(revision=0))
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
            # Its briefing may state what only the departed articles said: it is written again.
            conn.execute(schema.story_briefings.delete().where(schema.story_briefings.c.story_id == story_id))
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
