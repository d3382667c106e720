"""Stories in the store: which articles each story holds, and how each joined (`story_members`):
`store.stories`. The merges and splits users decided are `store.decisions` (story_decisions.py),
the clustering's inputs `store.features`, a story's briefing and post `store.briefings` and
`store.posts`. Every write is one transaction."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select

from veilleur.models import Intel, StoredEntry, Story, StoryArticle, StoryMember
from veilleur.models.signals import SIGNALS, Signal
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.prepared import STORY_ARTICLES
from veilleur.store.rows import intel_of, light_article_of, member_of, now_iso, stored_entry_of
from veilleur.store.story_days import active_since


class StoryRepository(Repository):
    """`Story` records and their `StoryMember`s; a story's articles as `StoryArticle`s."""

    def start(self, entry_id: int, day: date, score: float = 0.0, signals: Sequence[Signal] = ()) -> int:
        """A new story whose first article is `entry_id`; returns the story id. `signals`: why it
        stands alone, when that is not because no story matched (clustering gave up on it)."""
        with self.db.tx() as conn:
            result = conn.execute(schema.stories.insert(), {"created_at": now_iso()})
            key = result.inserted_primary_key
            assert key is not None
            story_id = int(key[0])
            _add_member(conn, entry_id, story_id, day, None, score, signals, None)
        return story_id

    def join(
        self,
        entry_id: int,
        story_id: int,
        day: date,
        joined_with: int | None,
        score: float,
        signals: Sequence[Signal],
        near_duplicate_of: int | None = None,
    ) -> None:
        """`entry_id` joins the story (next to `joined_with`, with the clustering's score and
        signals); an article already in a story raises IntegrityError."""
        with self.db.tx() as conn:
            _add_member(conn, entry_id, story_id, day, joined_with, score, signals, near_duplicate_of)

    def of(self, entry_id: int) -> int | None:
        """The story the article is in, None when it is in none."""
        m = schema.story_members
        with self.db.reader.connect() as conn:
            found = conn.execute(select(m.c.story_id).where(m.c.entry_id == entry_id)).scalar()
        return int(found) if found is not None else None

    def members(self, story_id: int) -> list[StoryMember]:
        m = schema.story_members
        query = select(m).where(m.c.story_id == story_id).order_by(m.c.entry_id)
        with self.db.reader.connect() as conn:
            return [member_of(row) for row in conn.execute(query).mappings()]

    def articles(self, story_id: int) -> list[StoryArticle]:
        """The story's articles, first one first, each with its intel (a copy gets its original's)."""
        out = []
        with self.db.reader.connect() as conn:
            for row in conn.execute(STORY_ARTICLES, {"b_story": story_id}).mappings():
                member = member_of({**row, "entry_id": row["id"]})
                article = light_article_of(row)
                article.lang, article.method = row["a_lang"], row["a_method"]  # a brève says so
                out.append(
                    StoryArticle(
                        member=member,
                        stored=stored_entry_of(row),
                        article=article,
                        intel=intel_of(row["intel_data"], row["id"]),
                        content_hash=row["content_hash"],
                        tag=row["tag"] or "veille",
                        outlet=row["source_title"] or row["source"],
                    )
                )
        return out

    def all(self, since: date | None = None) -> list[Story]:
        """The stories with at least one article (one active since `since`, when given), the last
        active first."""
        m = schema.story_members
        last = func.max(m.c.day).label("last_day")
        query = (
            select(
                m.c.story_id.label("id"), func.min(m.c.day).label("first_day"), last, func.count().label("n")
            )
            .group_by(m.c.story_id)
            .order_by(last.desc(), m.c.story_id.desc())
        )
        if since is not None:
            query = query.where(active_since(m.c.story_id, since))
        with self.db.reader.connect() as conn:
            return [
                Story(int(r.id), date.fromisoformat(r.first_day), date.fromisoformat(r.last_day), int(r.n))
                for r in conn.execute(query)
                if r.n
            ]

    def first_days(self, story_ids: Collection[int]) -> dict[int, date]:
        """The day of each story's first article, by story id."""
        if not story_ids:
            return {}
        m = schema.story_members
        query = (
            select(m.c.story_id, func.min(m.c.day).label("first_day"))
            .where(m.c.story_id.in_(sorted(set(story_ids))))
            .group_by(m.c.story_id)
        )
        with self.db.reader.connect() as conn:
            return {int(row.story_id): date.fromisoformat(row.first_day) for row in conn.execute(query)}

    def sources(
        self, story_ids: Collection[int] | None = None
    ) -> dict[int, list[tuple[StoredEntry, str, Intel | None]]]:
        """Every story's articles (or only those of `story_ids`) as (entry, outlet, intel), first
        one first, in one query and without article texts: what the incident register needs."""
        e, a, i, m, s = schema.entries, schema.articles, schema.intel, schema.story_members, schema.sources
        query = (
            select(e, m.c.story_id, i.c.data.label("intel_data"), s.c.title.label("source_title"))
            .join(m, m.c.entry_id == e.c.id)
            .join(a, a.c.entry_id == e.c.id)
            .join(i, i.c.entry_id == func.coalesce(a.c.duplicate_of, e.c.id), isouter=True)
            .join(s, s.c.name == e.c.source, isouter=True)
            .order_by(m.c.story_id, e.c.id)
        )
        if story_ids is not None:
            query = query.where(m.c.story_id.in_(sorted(story_ids)))
        out: dict[int, list[tuple[StoredEntry, str, Intel | None]]] = {}
        with self.db.reader.connect() as conn:
            for row in conn.execute(query).mappings():
                intel = intel_of(row["intel_data"], row["id"])
                outlet = row["source_title"] or row["source"]
                out.setdefault(int(row["story_id"]), []).append((stored_entry_of(row), outlet, intel))
        return out


def _add_member(
    conn: Any,
    entry_id: int,
    story_id: int,
    day: date,
    joined_with: int | None,
    score: float,
    signals: Sequence[Signal],
    near_duplicate_of: int | None,
) -> None:
    conn.execute(
        schema.story_members.insert(),
        {
            "entry_id": entry_id,
            "story_id": story_id,
            "day": day.isoformat(),
            "joined_with": joined_with,
            "score": score,
            "signals": SIGNALS.dump_json(SIGNALS.validate_python(list(signals))).decode(),
            "near_duplicate_of": near_duplicate_of,
            "method": "auto",
            "added_at": now_iso(),
        },
    )
