"""An article's own briefing and post in the store (the one-post-per-article policy: a publish
policy over stories, whose pending articles are found through their stories' members), and the
model briefings cache. Mixed into `Store`; every write is one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Engine, and_, not_, or_, select, true, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError

from veilleur.models import (
    Article,
    Briefing,
    GuardReport,
    Intel,
    PostRow,
    PostState,
    PublishItem,
    StoredEntry,
    StoryBriefing,
)
from veilleur.store import schema
from veilleur.store.rows import now_iso, stored_entry_of


class EntryOutputQueries:
    engine: Engine
    # Of the other parts of `Store`:
    article: Callable[[int], Article | None]
    story_of: Callable[[int], int | None]
    story_briefing: Callable[[int], StoryBriefing | None]

    def _tx(self) -> Any:
        return self.engine.begin()

    # ----------------------------------------------------------------- briefings

    def pending_article_briefs(self, again: bool = False) -> list[tuple[StoredEntry, Article, Intel]]:
        """Under the one-post-per-article policy, the relevant articles of stories that have no
        briefing of their own (every one with `again`), first one first. An exact or near copy
        is told by the article it copies: it is none of them. Narrowed to a job's stories by
        `workers.scope.Scope` (`_story_filter`)."""
        e, a, i, b, m = schema.entries, schema.articles, schema.intel, schema.briefings, schema.story_members
        query = (
            select(e, i.c.data.label("intel_data"))
            .join(m, m.c.entry_id == e.c.id)
            .join(a, a.c.entry_id == e.c.id)
            .join(i, i.c.entry_id == e.c.id)
            .where(i.c.relevant.is_(True), m.c.near_duplicate_of.is_(None), self._story_filter(m.c.story_id))
            .order_by(e.c.id)
        )
        if not again:
            query = query.where(not_(select(b.c.entry_id).where(b.c.entry_id == e.c.id).exists()))
        out = []
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                article = self.article(row["id"])
                assert article is not None
                out.append((stored_entry_of(row), article, Intel.model_validate_json(row["intel_data"])))
        return out

    def _story_filter(self, story_id: Any) -> Any:
        """Every story (a job's `Scope` narrows it to its own)."""
        return true()

    def save_briefing(
        self,
        entry_id: int,
        briefing: Briefing,
        status: str = "extractive",
        report: str = "{}",
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
    ) -> None:
        """Store (or replace) the briefing of an entry with the guard's report (JSON)."""
        b = schema.briefings
        with self._tx() as conn:
            conn.execute(b.delete().where(b.c.entry_id == entry_id))
            conn.execute(
                b.insert().values(
                    entry_id=entry_id,
                    backend=briefing.backend,
                    data=briefing.model_dump_json(),
                    briefed_at=now_iso(),
                    status=status,
                    report=report,
                    prompt_tokens=prompt_tokens,
                    completion_tokens=completion_tokens,
                )
            )

    def briefing_record(self, entry_id: int) -> dict[str, Any] | None:
        """The stored briefing row: backend, status, report (JSON), tokens — the entry's own, or
        that of its story when posts are made by story."""
        b = schema.briefings
        with self.engine.connect() as conn:
            row = conn.execute(select(b).where(b.c.entry_id == entry_id)).mappings().first()
        if row:
            return dict(row)
        story_id = self.story_of(entry_id)
        story = self.story_briefing(story_id) if story_id is not None else None
        return {**story.record, "entry_id": entry_id} if story else None

    def cached_briefing(self, key: str) -> tuple[Briefing | None, GuardReport] | None:
        c = schema.llm_cache
        with self.engine.connect() as conn:
            row = conn.execute(select(c).where(c.c.key == key)).mappings().first()
        if row is None:
            return None
        briefing = Briefing.model_validate_json(row["briefing"]) if row["briefing"] != "null" else None
        return briefing, GuardReport.model_validate_json(row["report"])

    def cache_briefing(self, key: str, briefing: Briefing | None, report: GuardReport) -> None:
        c = schema.llm_cache
        with self._tx() as conn:
            conn.execute(c.delete().where(c.c.key == key))
            conn.execute(
                c.insert().values(
                    key=key,
                    briefing=briefing.model_dump_json() if briefing else "null",
                    report=report.model_dump_json(),
                    created_at=now_iso(),
                )
            )

    def briefing(self, entry_id: int) -> Briefing | None:
        b = schema.briefings
        with self.engine.connect() as conn:
            data = conn.execute(select(b.c.data).where(b.c.entry_id == entry_id)).scalar()
        return Briefing.model_validate_json(data) if data else None

    # ----------------------------------------------------------------- posts

    def pending_article_posts(self) -> list[PublishItem]:
        """Under the one-post-per-article policy, the briefed articles of stories without a post
        of their own, plus those whose planned post's file may not be written. Copies are told by
        the article they copy; an article a story's post lists (the story policy's) is told."""
        e, a, b, p, s = schema.entries, schema.articles, schema.briefings, schema.posts, schema.sources
        m = schema.story_members
        query = (
            select(e, a.c.content_hash, b.c.data.label("briefing_data"), s.c.tag)
            .join(m, m.c.entry_id == e.c.id)
            .join(a, a.c.entry_id == e.c.id)
            .join(b, b.c.entry_id == e.c.id)
            .join(s, s.c.name == e.c.source, isouter=True)
            .where(m.c.near_duplicate_of.is_(None), m.c.listed.is_(False), self._story_filter(m.c.story_id))
            .where(
                or_(
                    not_(select(p.c.id).where(p.c.entry_id == e.c.id).exists()),
                    select(p.c.id)
                    .where(and_(p.c.entry_id == e.c.id, p.c.state == PostState.PLANNED))
                    .exists(),
                )
            )
            .order_by(e.c.id)
        )
        items = []
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                article = self.article(row["id"])
                assert article is not None
                items.append(
                    PublishItem(
                        stored=stored_entry_of(row),
                        article=article,
                        briefing=Briefing.model_validate_json(row["briefing_data"]),
                        content_hash=row["content_hash"],
                        tag=row["tag"] or "veille",
                    )
                )
        return items

    def post_for_entry(self, entry_id: int) -> PostRow | None:
        p = schema.posts
        with self.engine.connect() as conn:
            row = conn.execute(select(p).where(p.c.entry_id == entry_id)).mappings().first()
        return _post_row(row) if row else None

    def path_taken(self, path: str) -> bool:
        p = schema.posts
        with self.engine.connect() as conn:
            return conn.execute(select(p.c.id).where(p.c.path == path)).first() is not None

    def plan_post(self, item: PublishItem, path: str, title: str, post_date: date) -> PostRow | None:
        """Reserve a post for an entry before its file is written; None if the article is already
        published under another entry (same canonical URL or same content)."""
        p = schema.posts
        try:
            with self._tx() as conn:
                result = conn.execute(
                    p.insert().values(
                        entry_id=item.stored.id,
                        canonical_url=item.article.canonical_url or item.stored.entry.canonical_url,
                        content_hash=item.content_hash,
                        path=path,
                        post_date=post_date.isoformat(),
                        title=title,
                        tag=item.tag,
                        state=PostState.PLANNED,
                        created_at=now_iso(),
                    )
                )
                key = result.inserted_primary_key
                assert key is not None
                return PostRow(int(key[0]), item.stored.id, path, post_date, PostState.PLANNED)
        except IntegrityError:
            return None

    def set_post_state(self, post_ids: list[int], state: str) -> None:
        if not post_ids:
            return
        p = schema.posts
        with self._tx() as conn:
            conn.execute(update(p).where(p.c.id.in_(post_ids)).values(state=state))

    def posts(self, state: str | None = None) -> list[PostRow]:
        p = schema.posts
        query = select(p).order_by(p.c.id)
        if state:
            query = query.where(p.c.state == state)
        with self.engine.connect() as conn:
            return [_post_row(row) for row in conn.execute(query).mappings()]


def _post_row(row: RowMapping) -> PostRow:
    return PostRow(
        id=int(row["id"]),
        entry_id=int(row["entry_id"]),
        path=row["path"],
        post_date=date.fromisoformat(row["post_date"]),
        state=row["state"],
    )
