"""Posts in the store: a story's, or under the one-post-per-article policy one article's own (a
row with no story), planned before its file is written, then recorded as written with the
articles it lists and the updates it shows: `store.posts`. Which post a story gets (a new one, or
its first article's adopted) is the publish step's choice (`publishing.story_posts`)."""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, not_, or_, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError

from veilleur.models import PostRow, PostState, StoryArticle, StoryBriefing, StoryPost
from veilleur.store import schema
from veilleur.store.briefings import BriefingRepository
from veilleur.store.db import Db, Repository
from veilleur.store.prepared import POST_WRITTEN, STORY_POST
from veilleur.store.rows import flagged, mark, now_iso, story_post_of
from veilleur.store.stories import StoryRepository


class PostRepository(Repository):
    """`StoryPost` records (a story's or an article's own) and `PostRow` summaries."""

    def __init__(self, db: Db, stories: StoryRepository, briefings: BriefingRepository) -> None:
        super().__init__(db)
        self._stories = stories
        self._briefings = briefings

    def pending_stories(self) -> list[tuple[int, StoryBriefing, StoryPost | None]]:
        """Briefed stories with no post, a post not yet written, a post that does not list all
        its articles, or one showing an older briefing: (story, briefing, post), by story."""
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
        with self.db.reader.connect() as conn:
            ids = [int(row.story_id) for row in conn.execute(query)]
        out = []
        for story_id in ids:
            briefing = self._briefings.of_story(story_id)
            assert briefing is not None
            out.append((story_id, briefing, self.of_story(story_id)))
        return out

    def pending_articles(self) -> list[tuple[StoryArticle, StoryBriefing, StoryPost | None]]:
        """The briefed articles of stories with no post of their own, a post not written yet or
        showing an older briefing of theirs, as (article, its briefing, its post), first one first.
        Copies are told by the article they copy; an article a story's post lists is told."""
        b, p, m = schema.story_briefings, schema.posts, schema.story_members
        own = and_(p.c.entry_id == m.c.entry_id, p.c.story_id.is_(None))
        due = or_(p.c.state == PostState.PLANNED, p.c.revision < b.c.revision)
        query = (
            select(m.c.entry_id, m.c.story_id)
            .join(b, b.c.entry_id == m.c.entry_id)
            .where(m.c.near_duplicate_of.is_(None), m.c.listed.is_(False), self.db.story_filter(m.c.story_id))
            .where(or_(not_(exists().where(p.c.entry_id == m.c.entry_id)), exists().where(own, due)))
            .order_by(m.c.entry_id)
        )
        with self.db.reader.connect() as conn:
            pending = [(int(row.entry_id), int(row.story_id)) for row in conn.execute(query)]
        stories: dict[int, dict[int, StoryArticle]] = {}
        out = []
        for entry_id, story_id in pending:
            if story_id not in stories:
                stories[story_id] = {item.stored.id: item for item in self._stories.articles(story_id)}
            item = stories[story_id].get(entry_id)
            briefing = self._briefings.of_article(entry_id)
            if item is None or briefing is None:
                continue  # moved or re-briefed since the query: the next run has it
            out.append((item, briefing, self.of_article(entry_id)))
        return out

    def of_story(self, story_id: int) -> StoryPost | None:
        with self.db.reader.connect() as conn:
            row = conn.execute(STORY_POST, {"b_story": story_id}).mappings().first()
            return story_post_of(row, flagged(conn, "listed", story_id)) if row else None

    def of_stories(self, story_ids: Collection[int] | None = None) -> dict[int, StoryPost]:
        """The posts of stories (of `story_ids` only, when given), by story."""
        p, m = schema.posts, schema.story_members
        query = select(p).where(p.c.story_id.is_not(None))
        # The flag is read, not filtered on: the query then goes by the story index, whatever the
        # history (an index on the flag would read every listed article).
        listed = select(m.c.story_id, m.c.entry_id, m.c.listed).order_by(m.c.story_id, m.c.entry_id)
        if story_ids is not None:
            query = query.where(p.c.story_id.in_(sorted(story_ids)))
            listed = listed.where(m.c.story_id.in_(sorted(story_ids)))
        with self.db.reader.connect() as conn:
            members: dict[int, list[int]] = {}
            for row in conn.execute(listed):
                if row.listed:
                    members.setdefault(int(row.story_id), []).append(int(row.entry_id))
            return {
                int(row["story_id"]): story_post_of(row, members.get(int(row["story_id"]), []))
                for row in conn.execute(query).mappings()
            }

    def of_article(self, entry_id: int) -> StoryPost | None:
        """The article's own post (the one-post-per-article policy), not a story's it leads."""
        p = schema.posts
        with self.db.reader.connect() as conn:
            query = select(p).where(p.c.entry_id == entry_id, p.c.story_id.is_(None))
            row = conn.execute(query).mappings().first()
        return story_post_of(row, [entry_id]) if row else None

    def of_articles(self, story_ids: Collection[int] | None = None) -> dict[int, list[StoryPost]]:
        """The articles' own posts by the story they are in, first article first (of `story_ids`
        only, when given): what stands for a story's post where the story has none (the
        incident register, the exports, the console)."""
        p, m = schema.posts, schema.story_members
        query = (
            select(p, m.c.story_id.label("member_of"))
            .join(m, m.c.entry_id == p.c.entry_id)
            .where(p.c.story_id.is_(None))
            .order_by(m.c.story_id, p.c.entry_id)
        )
        if story_ids is not None:
            query = query.where(m.c.story_id.in_(sorted(story_ids)))
        out: dict[int, list[StoryPost]] = {}
        with self.db.reader.connect() as conn:
            for row in conn.execute(query).mappings():
                post = story_post_of(row, [int(row["entry_id"])])
                out.setdefault(int(row["member_of"]), []).append(post)
        return out

    def plan(
        self, story_id: int | None, lead: StoryArticle, path: str, title: str, post_date: date
    ) -> StoryPost | None:
        """Reserve a post before its file is written, led by `lead` (`story_id` None: the post of
        `lead` alone). None when a key is taken — `lead` has a post already, or its URL or text is
        published under another entry (the unique keys of `posts`): nothing is then written."""
        p = schema.posts
        try:
            with self.db.tx() as conn:
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
            return None
        return self.of_story(story_id) if story_id is not None else self.of_article(lead.stored.id)

    def adopt(self, story_id: int, entry_id: int) -> StoryPost | None:
        """The article's own post becomes the story's (it then lists that article); None when the
        article has no post of its own."""
        p = schema.posts
        with self.db.tx() as conn:
            adopted = conn.execute(
                update(p).where(p.c.entry_id == entry_id, p.c.story_id.is_(None)).values(story_id=story_id)
            ).rowcount
            if adopted:
                mark(conn, "listed", [entry_id])  # its file lists its own article
        return self.of_story(story_id) if adopted else None

    def for_entry(self, entry_id: int) -> PostRow | None:
        """The post whose first article is `entry_id`: its own, or the story's it leads."""
        p = schema.posts
        with self.db.reader.connect() as conn:
            row = conn.execute(select(p).where(p.c.entry_id == entry_id)).mappings().first()
        return _post_row(row) if row else None

    def path_taken(self, path: str) -> bool:
        p = schema.posts
        with self.db.reader.connect() as conn:
            return conn.execute(select(p.c.id).where(p.c.path == path)).first() is not None

    def set_state(self, post_ids: list[int], state: PostState) -> None:
        if not post_ids:
            return
        p = schema.posts
        with self.db.tx() as conn:
            conn.execute(update(p).where(p.c.id.in_(post_ids)).values(state=state))

    def all(self, state: PostState | None = None) -> list[PostRow]:
        """Every post, stories' and articles', oldest first (`state`: only those)."""
        p = schema.posts
        query = select(p).order_by(p.c.id)
        if state:
            query = query.where(p.c.state == state)
        with self.db.reader.connect() as conn:
            return [_post_row(row) for row in conn.execute(query).mappings()]

    def record_written(
        self, post_id: int, members: list[int], updates: list[dict[str, Any]], revision: int
    ) -> None:
        """The file now lists `members` and shows `updates`: written, to be committed. (An
        article's own post marks no member listed: `listed` is what a story's post lists.)"""
        with self.db.tx() as conn:
            conn.execute(
                POST_WRITTEN,
                {
                    "b_post": post_id,
                    "b_updates": json.dumps(updates, ensure_ascii=False),
                    "b_updated_at": now_iso(),
                    "b_revision": revision,
                },
            )
            mark(conn, "listed", members)


def _post_row(row: RowMapping) -> PostRow:
    return PostRow(
        id=int(row["id"]),
        entry_id=int(row["entry_id"]),
        path=row["path"],
        post_date=date.fromisoformat(row["post_date"]),
        state=PostState(row["state"]),
    )
