"""A story's briefing and its post in the store: what is still to brief or to publish, the
briefing written from which articles, the post planned then recorded — the one planner of every
post, a story's or (the one-post-per-article policy, `store.article_outputs`) one article's.
Mixed into `Store`; every write is one transaction."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Engine, or_, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError

from veilleur.models import Briefing, PostRow, PostState, StoryArticle, StoryBriefing, StoryPost
from veilleur.store import schema
from veilleur.store.prepared import (
    BRIEFING_REVISION,
    DELETE_BRIEFING,
    FLAGGED,
    MARK,
    POST_WRITTEN,
    STORY_BRIEFING,
    STORY_POST,
)
from veilleur.store.rows import now_iso, story_post_of


class StoryOutputQueries:
    engine: Engine
    reader: Engine  # reads: no transaction on PostgreSQL (Store.reader)

    def _tx(self) -> Any:
        return self.engine.begin()

    # ------------------------------------------------------------- briefings

    def pending_story_briefs(self) -> list[tuple[int, StoryBriefing | None]]:
        """(story, its current briefing) for stories with articles the briefing has not
        considered yet (new stories, and stories an article joined since), oldest first."""
        m = schema.story_members
        query = select(m.c.story_id).where(m.c.covered.is_(False)).distinct().order_by(m.c.story_id)
        with self.reader.connect() as conn:
            ids = [int(row.story_id) for row in conn.execute(query)]
        return [(story_id, self.story_briefing(story_id)) for story_id in ids]

    def save_story_briefing(
        self,
        story_id: int,
        covers: list[int],
        briefing: Briefing,
        status: str,
        report: str,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
    ) -> None:
        b = schema.story_briefings
        with self._tx() as conn:
            revision = conn.execute(BRIEFING_REVISION, {"b_story": story_id}).scalar() or 0
            conn.execute(DELETE_BRIEFING, {"b_story": story_id})
            conn.execute(
                b.insert(),
                {
                    "story_id": story_id,
                    "revision": revision + 1,
                    "backend": briefing.backend,
                    "data": briefing.model_dump_json(),
                    "status": status,
                    "report": report,
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "briefed_at": now_iso(),
                },
            )
            _mark(conn, "covered", covers)

    def extend_story_briefing(self, story_id: int, covers: list[int]) -> None:
        """The new articles add no fact: the briefing stands and now covers them too."""
        with self._tx() as conn:
            _mark(conn, "covered", covers)

    def story_briefing(self, story_id: int) -> StoryBriefing | None:
        with self.reader.connect() as conn:
            row = conn.execute(STORY_BRIEFING, {"b_story": story_id}).mappings().first()
            covers = _flagged(conn, "covered", story_id) if row is not None else []
        if row is None:
            return None
        return StoryBriefing(
            story_id=story_id,
            covers=covers,
            briefing=Briefing.model_validate_json(row["data"]),
            record=dict(row),
        )

    # ------------------------------------------------------------- posts

    def pending_story_posts(self) -> list[tuple[int, StoryBriefing, StoryPost | None]]:
        """Briefed stories with no post, a post not yet written, a post that does not list all
        its articles, or one showing an older briefing."""
        b, p, m = schema.story_briefings, schema.posts, schema.story_members
        unlisted = select(m.c.entry_id).where(m.c.story_id == b.c.story_id, m.c.listed.is_(False)).exists()
        query = (
            select(b.c.story_id)
            .join(p, p.c.story_id == b.c.story_id, isouter=True)
            .where(b.c.story_id.is_not(None))  # not an article's own briefing
            .where(
                or_(p.c.id.is_(None), p.c.state == PostState.PLANNED, p.c.revision < b.c.revision, unlisted)
            )
            .order_by(b.c.story_id)
        )
        with self.reader.connect() as conn:
            ids = [int(row.story_id) for row in conn.execute(query)]
        out = []
        for story_id in ids:
            briefing = self.story_briefing(story_id)
            assert briefing is not None
            out.append((story_id, briefing, self.story_post(story_id)))
        return out

    def story_post(self, story_id: int) -> StoryPost | None:
        with self.reader.connect() as conn:
            row = conn.execute(STORY_POST, {"b_story": story_id}).mappings().first()
            return story_post_of(row, _flagged(conn, "listed", story_id)) if row else None

    def plan_story_post(
        self, story_id: int | None, lead: StoryArticle, path: str, title: str, post_date: date
    ) -> StoryPost | None:
        """Reserve the story's post before its file is written. When its first article already has
        a post of its own, that post is adopted; None when its content is published elsewhere.
        `story_id` None: the post of `lead` alone (the one-post-per-article policy)."""
        p = schema.posts
        try:
            with self._tx() as conn:
                conn.execute(
                    p.insert(),
                    {
                        "entry_id": lead.stored.id,
                        "canonical_url": lead.article.canonical_url or lead.stored.entry.canonical_url,
                        "content_hash": lead.content_hash,
                        "path": path,
                        "post_date": post_date.isoformat(),
                        "title": title,
                        "tag": lead.tag,
                        "state": PostState.PLANNED,
                        "created_at": now_iso(),
                        "story_id": story_id,
                    },
                )
        except IntegrityError:
            if story_id is None:  # its URL or text is published under another entry
                return None
            return self._adopt_post(story_id, lead.stored.id)
        return self.story_post(story_id) if story_id is not None else self.article_post(lead.stored.id)

    def article_post(self, entry_id: int) -> StoryPost | None:
        """The article's own post (the one-post-per-article policy), not a story's it leads."""
        p = schema.posts
        with self.reader.connect() as conn:
            query = select(p).where(p.c.entry_id == entry_id, p.c.story_id.is_(None))
            row = conn.execute(query).mappings().first()
        return story_post_of(row, [entry_id]) if row else None

    def post_for_entry(self, entry_id: int) -> PostRow | None:
        """The post whose first article is `entry_id`: its own, or the story's it leads."""
        p = schema.posts
        with self.reader.connect() as conn:
            row = conn.execute(select(p).where(p.c.entry_id == entry_id)).mappings().first()
        return _post_row(row) if row else None

    def path_taken(self, path: str) -> bool:
        p = schema.posts
        with self.reader.connect() as conn:
            return conn.execute(select(p.c.id).where(p.c.path == path)).first() is not None

    def set_post_state(self, post_ids: list[int], state: str) -> None:
        if not post_ids:
            return
        p = schema.posts
        with self._tx() as conn:
            conn.execute(update(p).where(p.c.id.in_(post_ids)).values(state=state))

    def posts(self, state: str | None = None) -> list[PostRow]:
        """Every post, stories' and articles', oldest first (`state`: only those)."""
        p = schema.posts
        query = select(p).order_by(p.c.id)
        if state:
            query = query.where(p.c.state == state)
        with self.reader.connect() as conn:
            return [_post_row(row) for row in conn.execute(query).mappings()]

    def _adopt_post(self, story_id: int, entry_id: int) -> StoryPost | None:
        """A post published for the story's first article alone (per-article mode, or a store
        from before stories) becomes the story's post, so that it is updated, not repeated."""
        p = schema.posts
        with self._tx() as conn:
            adopted = conn.execute(
                update(p).where(p.c.entry_id == entry_id, p.c.story_id.is_(None)).values(story_id=story_id)
            ).rowcount
            if adopted:
                _mark(conn, "listed", [entry_id])  # its file lists its own article
        return self.story_post(story_id) if adopted else None

    def record_story_post(
        self, post_id: int, members: list[int], updates: list[dict[str, Any]], revision: int
    ) -> None:
        """The file now lists `members` and shows `updates`: written, to be committed. (An
        article's own post marks no member listed: `listed` is what a story's post lists.)"""
        with self._tx() as conn:
            conn.execute(
                POST_WRITTEN,
                {
                    "b_post": post_id,
                    "b_updates": json.dumps(updates, ensure_ascii=False),
                    "b_updated_at": now_iso(),
                    "b_revision": revision,
                },
            )
            _mark(conn, "listed", members)


def _post_row(row: RowMapping) -> PostRow:
    return PostRow(
        id=int(row["id"]),
        entry_id=int(row["entry_id"]),
        path=row["path"],
        post_date=date.fromisoformat(row["post_date"]),
        state=row["state"],
    )


def _mark(conn: Any, flag: str, entry_ids: list[int]) -> None:
    conn.execute(MARK[flag], {"b_entries": entry_ids})


def _flagged(conn: Any, flag: str, story_id: int) -> list[int]:
    """The story's articles with `flag` (covered: its briefing was written from them; listed: its
    post's file lists them), in entry order: what the briefing covers, what the post lists."""
    # Read by the story index, the flag tested here (its own index would read every such article).
    return [int(row.entry_id) for row in conn.execute(FLAGGED[flag], {"b_story": story_id}) if row[1]]
