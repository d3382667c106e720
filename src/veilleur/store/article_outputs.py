"""The one-post-per-article policy over the story tables: each relevant article of a story briefed
alone (a `story_briefings` row with its `entry_id`) and posted alone (a `posts` row with no story,
planned and recorded by `story_outputs`, the one planner). Its pending articles are found through
their stories' members, so a job narrowed to a story (`workers.scope.Scope`) finds its own; an
exact or near copy is told by the article it copies. Mixed into `Store`; every write is one
transaction."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import Engine, and_, exists, not_, or_, select, true
from sqlalchemy.engine import RowMapping

from veilleur.models import (
    Article,
    Briefing,
    Intel,
    PostState,
    StoredEntry,
    StoryArticle,
    StoryBriefing,
    StoryPost,
)
from veilleur.store import schema
from veilleur.store.rows import now_iso, stored_entry_of, story_post_of


class ArticleOutputQueries:
    engine: Engine
    reader: Engine  # reads: no transaction on PostgreSQL (Store.reader)
    # Of the other parts of `Store`:
    article: Callable[[int], Article | None]
    story_of: Callable[[int], int | None]
    story_articles: Callable[[int], list[StoryArticle]]
    story_briefing: Callable[[int], StoryBriefing | None]
    article_post: Callable[[int], StoryPost | None]

    def _tx(self) -> Any:
        return self.engine.begin()

    def _story_filter(self, story_id: Any) -> Any:
        """Every story (a job's `Scope` narrows it to its own)."""
        return true()

    # ----------------------------------------------------------------- briefings

    def pending_article_briefs(self, again: bool = False) -> list[tuple[StoredEntry, Article, Intel]]:
        """The relevant articles of stories that have no briefing of their own (every one with
        `again`), first one first; never a copy."""
        e, a, i, b, m = (
            schema.entries,
            schema.articles,
            schema.intel,
            schema.story_briefings,
            schema.story_members,
        )
        query = (
            select(e, i.c.data.label("intel_data"))
            .join(m, m.c.entry_id == e.c.id)
            .join(a, a.c.entry_id == e.c.id)
            .join(i, i.c.entry_id == e.c.id)
            .where(i.c.relevant.is_(True), m.c.near_duplicate_of.is_(None), self._story_filter(m.c.story_id))
            .order_by(e.c.id)
        )
        if not again:
            query = query.where(not_(exists().where(b.c.entry_id == e.c.id)))
        out = []
        with self.reader.connect() as conn:
            for row in conn.execute(query).mappings():
                article = self.article(row["id"])
                assert article is not None
                out.append((stored_entry_of(row), article, Intel.model_validate_json(row["intel_data"])))
        return out

    def save_article_briefing(
        self,
        entry_id: int,
        briefing: Briefing,
        status: str = "extractive",
        report: str = "{}",
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
    ) -> None:
        """Store (or replace: its revision + 1) the article's own briefing, with the guard's
        report (JSON)."""
        b = schema.story_briefings
        with self._tx() as conn:
            revision = conn.execute(select(b.c.revision).where(b.c.entry_id == entry_id)).scalar() or 0
            conn.execute(b.delete().where(b.c.entry_id == entry_id))
            conn.execute(
                b.insert().values(
                    entry_id=entry_id,
                    revision=revision + 1,
                    backend=briefing.backend,
                    data=briefing.model_dump_json(),
                    briefed_at=now_iso(),
                    status=status,
                    report=report,
                    prompt_tokens=prompt_tokens,
                    completion_tokens=completion_tokens,
                )
            )

    def _article_briefing_row(self, entry_id: int) -> RowMapping | None:
        b = schema.story_briefings
        with self.reader.connect() as conn:
            return conn.execute(select(b).where(b.c.entry_id == entry_id)).mappings().first()

    def article_briefing(self, entry_id: int) -> StoryBriefing | None:
        """The article's own briefing, with the story it is in (its member row's) — None without."""
        row = self._article_briefing_row(entry_id)
        story_id = self.story_of(entry_id) if row is not None else None
        if row is None or story_id is None:
            return None
        briefing = Briefing.model_validate_json(row["data"])
        return StoryBriefing(story_id, [entry_id], briefing, dict(row), entry_id=entry_id)

    def briefing_record(self, entry_id: int) -> dict[str, Any] | None:
        """The stored briefing row: backend, status, report (JSON), tokens — the article's own, or
        that of its story when posts are made by story."""
        row = self._article_briefing_row(entry_id)
        if row:
            return dict(row)
        story_id = self.story_of(entry_id)
        story = self.story_briefing(story_id) if story_id is not None else None
        return {**story.record, "entry_id": entry_id} if story else None

    def briefing(self, entry_id: int) -> Briefing | None:
        """The article's own briefing (the one-post-per-article policy), None without."""
        row = self._article_briefing_row(entry_id)
        return Briefing.model_validate_json(row["data"]) if row else None

    # ----------------------------------------------------------------- posts

    def pending_article_posts(self) -> list[tuple[StoryArticle, StoryBriefing, StoryPost | None]]:
        """The briefed articles of stories with no post of their own, a post not written yet or
        showing an older briefing of theirs, as (article, its briefing, its post), first one first.
        Copies are told by the article they copy; an article a story's post lists is told."""
        b, p, m = schema.story_briefings, schema.posts, schema.story_members
        own = and_(p.c.entry_id == m.c.entry_id, p.c.story_id.is_(None))
        due = or_(p.c.state == PostState.PLANNED, p.c.revision < b.c.revision)
        query = (
            select(m.c.entry_id, m.c.story_id)
            .join(b, b.c.entry_id == m.c.entry_id)
            .where(m.c.near_duplicate_of.is_(None), m.c.listed.is_(False), self._story_filter(m.c.story_id))
            .where(or_(not_(exists().where(p.c.entry_id == m.c.entry_id)), exists().where(own, due)))
            .order_by(m.c.entry_id)
        )
        with self.reader.connect() as conn:
            pending = [(int(row.entry_id), int(row.story_id)) for row in conn.execute(query)]
        stories: dict[int, dict[int, StoryArticle]] = {}
        out = []
        for entry_id, story_id in pending:
            if story_id not in stories:
                stories[story_id] = {item.stored.id: item for item in self.story_articles(story_id)}
            item = stories[story_id].get(entry_id)
            briefing = self.article_briefing(entry_id)
            if item is None or briefing is None:
                continue  # moved or re-briefed since the query: the next run has it
            out.append((item, briefing, self.article_post(entry_id)))
        return out

    def article_posts(self, story_ids: Collection[int] | None = None) -> dict[int, list[StoryPost]]:
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
        with self.reader.connect() as conn:
            for row in conn.execute(query).mappings():
                post = story_post_of(row, [int(row["entry_id"])])
                out.setdefault(int(row["member_of"]), []).append(post)
        return out
