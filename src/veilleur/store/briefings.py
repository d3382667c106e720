"""Briefings in the store (`story_briefings`): a story's, written from the articles it covers, or
under the one-post-per-article policy one article's own (a row with its `entry_id`):
`store.briefings`. Each save replaces the previous one (its revision + 1) in one transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, not_, select
from sqlalchemy.engine import RowMapping

from veilleur.models import Article, Briefing, Intel, StoredEntry, StoryBriefing
from veilleur.store import schema
from veilleur.store.articles import ArticleRepository
from veilleur.store.db import Db, Repository
from veilleur.store.prepared import BRIEFING_REVISION, DELETE_BRIEFING, STORY_BRIEFING
from veilleur.store.rows import flagged, intel_of, mark, now_iso, stored_entry_of
from veilleur.store.stories import StoryRepository


class BriefingRepository(Repository):
    """`StoryBriefing` records, by story or by article; `record` gives the stored row."""

    def __init__(self, db: Db, stories: StoryRepository, articles: ArticleRepository) -> None:
        super().__init__(db)
        self._stories = stories
        self._articles = articles

    # ------------------------------------------------------------- a story's

    def pending_stories(self) -> list[tuple[int, StoryBriefing | None]]:
        """(story, its current briefing) for stories with articles the briefing has not
        considered yet (new stories, and stories an article joined since), oldest first."""
        m = schema.story_members
        query = (
            select(m.c.story_id)
            .where(m.c.covered.is_(False), self.db.story_filter(m.c.story_id))
            .distinct()
            .order_by(m.c.story_id)
        )
        with self.db.reader.connect() as conn:
            ids = [int(row.story_id) for row in conn.execute(query)]
        return [(story_id, self.of_story(story_id)) for story_id in ids]

    def save_story(
        self,
        story_id: int,
        covers: list[int],
        briefing: Briefing,
        status: str,
        report: str,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
    ) -> None:
        """Store the story's briefing, written from `covers` (marked covered); `report`: the
        guard's report (JSON)."""
        b = schema.story_briefings
        with self.db.tx() as conn:
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
            mark(conn, "covered", covers)

    def extend(self, story_id: int, covers: list[int]) -> None:
        """The new articles add no fact: the briefing stands and now covers them too."""
        with self.db.tx() as conn:
            mark(conn, "covered", covers)

    def of_story(self, story_id: int) -> StoryBriefing | None:
        with self.db.reader.connect() as conn:
            row = conn.execute(STORY_BRIEFING, {"b_story": story_id}).mappings().first()
            covers = flagged(conn, "covered", story_id) if row is not None else []
        if row is None:
            return None
        return StoryBriefing(
            story_id=story_id,
            covers=covers,
            briefing=Briefing.model_validate_json(row["data"]),
            record=dict(row),
        )

    # ------------------------------------------------------------- an article's own

    def pending_articles(self, again: bool = False) -> list[tuple[StoredEntry, Article, Intel]]:
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
            .where(
                i.c.relevant.is_(True), m.c.near_duplicate_of.is_(None), self.db.story_filter(m.c.story_id)
            )
            .order_by(e.c.id)
        )
        if not again:
            query = query.where(not_(exists().where(b.c.entry_id == e.c.id)))
        out = []
        with self.db.reader.connect() as conn:
            for row in conn.execute(query).mappings():
                intel = intel_of(row["intel_data"], row["id"])
                if intel is None:
                    continue  # unreadable, logged: the story's other articles are briefed
                article = self._articles.get(row["id"])
                assert article is not None
                out.append((stored_entry_of(row), article, intel))
        return out

    def save_article(
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
        with self.db.tx() as conn:
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

    def of_article(self, entry_id: int) -> StoryBriefing | None:
        """The article's own briefing, with the story it is in (its member row's) — None without."""
        row = self._article_row(entry_id)
        story_id = self._stories.of(entry_id) if row is not None else None
        if row is None or story_id is None:
            return None
        briefing = Briefing.model_validate_json(row["data"])
        return StoryBriefing(story_id, [entry_id], briefing, dict(row), entry_id=entry_id)

    def own(self, entry_id: int) -> Briefing | None:
        """The article's own briefing (the one-post-per-article policy), None without."""
        row = self._article_row(entry_id)
        return Briefing.model_validate_json(row["data"]) if row else None

    def record(self, entry_id: int) -> dict[str, Any] | None:
        """The stored briefing row (backend, status, report as JSON, tokens) that tells the
        article: its own, else that of the story it is in; None when neither is."""
        row = self._article_row(entry_id)
        if row:
            return dict(row)
        story_id = self._stories.of(entry_id)
        story = self.of_story(story_id) if story_id is not None else None
        return {**story.record, "entry_id": entry_id} if story else None

    def _article_row(self, entry_id: int) -> RowMapping | None:
        b = schema.story_briefings
        with self.db.reader.connect() as conn:
            return conn.execute(select(b).where(b.c.entry_id == entry_id)).mappings().first()
