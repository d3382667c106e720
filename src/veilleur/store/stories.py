"""Stories in the store: memberships and clustering features (the merges and splits users decided
are in `story_decisions.py`, a story's briefing and post in `story_outputs.py`). Mixed into
`Store`; every write is one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, not_, select
from sqlalchemy.engine import RowMapping

from veilleur.models import (
    Article,
    FeatureRow,
    Intel,
    StoredEntry,
    Story,
    StoryArticle,
    StoryMember,
    StoryPost,
)
from veilleur.store import schema
from veilleur.store.prepared import STORY_ARTICLES
from veilleur.store.rows import now_iso, stored_entry_of, story_post_of
from veilleur.store.story_days import active_since


class StoryQueries:
    engine: Engine
    reader: Engine  # reads: no transaction on PostgreSQL (Store.reader)
    story_post: Callable[[int], StoryPost | None]  # StoryOutputQueries.story_post

    def _tx(self) -> Any:
        return self.engine.begin()

    # ------------------------------------------------------------- clustering

    def pending_cluster(self) -> list[tuple[StoredEntry, Article, Intel]]:
        """Relevant articles not yet in a story, oldest first, with their Intel record."""
        with self.reader.connect() as conn:
            return [_pending_article(row) for row in conn.execute(_pending_cluster_query()).mappings()]

    def pending_cluster_features(self) -> list[tuple[StoredEntry, FeatureRow | None]]:
        """Relevant articles not yet in a story, oldest first, with their stored clustering
        features (of whichever version was stored; None where none are): what placing them needs,
        without their text and Intel record."""
        e, a, i, m = schema.entries, schema.articles, schema.intel, schema.story_members
        f = schema.cluster_features
        query = (
            select(e, f.c.version, f.c.data, f.c.minhash, f.c.embedding)
            .join(a, a.c.entry_id == e.c.id)
            .join(i, i.c.entry_id == e.c.id)
            .outerjoin(f, f.c.entry_id == e.c.id)
            .where(i.c.relevant.is_(True))
            .where(not_(select(m.c.entry_id).where(m.c.entry_id == e.c.id).exists()))
            .order_by(e.c.post_date, e.c.id)
        )
        with self.reader.connect() as conn:
            return [(stored_entry_of(row), _feature_row(row)) for row in conn.execute(query).mappings()]

    def undescribed(
        self, entry_ids: Collection[int], version: int
    ) -> list[tuple[StoredEntry, Article, Intel]]:
        """Of `entry_ids`, the relevant articles not yet in a story without clustering features of
        `version`, oldest first, with their Intel record: what an entry job describes ahead of
        the clustering."""
        e, f = schema.entries, schema.cluster_features
        described = select(f.c.entry_id).where(f.c.entry_id == e.c.id, f.c.version == version).exists()
        query = _pending_cluster_query().where(e.c.id.in_(sorted(entry_ids))).where(not_(described))
        with self.reader.connect() as conn:
            return [_pending_article(row) for row in conn.execute(query).mappings()]

    def pending_copies(self) -> list[tuple[int, int, date]]:
        """(entry, original entry, day) for exact copies whose original is in a story: the copy
        joins that story as one more source."""
        e, a, m = schema.entries, schema.articles, schema.story_members
        query = (
            select(e.c.id, e.c.post_date, a.c.duplicate_of)
            .join(a, a.c.entry_id == e.c.id)
            .where(a.c.duplicate_of.is_not(None))
            .where(not_(select(m.c.entry_id).where(m.c.entry_id == e.c.id).exists()))
            .where(select(m.c.entry_id).where(m.c.entry_id == a.c.duplicate_of).exists())
            .order_by(e.c.id)
        )
        with self.reader.connect() as conn:
            return [
                (int(row.id), int(row.duplicate_of), date.fromisoformat(row.post_date))
                for row in conn.execute(query)
            ]

    def window_features(self, since: date, version: int) -> list[tuple[StoryMember, FeatureRow | None]]:
        """Story members from `since` on (by day, then id) with their stored clustering features
        of `version`, None where none are stored (articles clustered before they were kept)."""
        m, f = schema.story_members, schema.cluster_features
        query = (
            select(m, f.c.data, f.c.minhash, f.c.embedding, f.c.version)
            .outerjoin(f, (f.c.entry_id == m.c.entry_id) & (f.c.version == version))
            .where(m.c.day >= since.isoformat())
            .order_by(m.c.day, m.c.entry_id)
        )
        with self.reader.connect() as conn:
            return [
                (
                    _member(row),
                    FeatureRow(
                        row["entry_id"], row["day"], version, row["data"], row["minhash"], row["embedding"]
                    )
                    if row["version"] is not None
                    else None,
                )
                for row in conn.execute(query).mappings()
            ]

    def story_first_days(self, story_ids: Collection[int]) -> dict[int, date]:
        """The day of each story's first article, by story id."""
        if not story_ids:
            return {}
        m = schema.story_members
        query = (
            select(m.c.story_id, func.min(m.c.day).label("first_day"))
            .where(m.c.story_id.in_(sorted(set(story_ids))))
            .group_by(m.c.story_id)
        )
        with self.reader.connect() as conn:
            return {int(row.story_id): date.fromisoformat(row.first_day) for row in conn.execute(query)}

    def members_to_describe(self, entry_ids: list[int]) -> list[tuple[StoredEntry, Article, Intel | None]]:
        """Stored members whose features are missing: their entry, article and Intel record."""
        e, a, i = schema.entries, schema.articles, schema.intel
        query = (
            select(
                e,
                a.c.title.label("a_title"),
                a.c.text.label("a_text"),
                a.c.canonical_url.label("a_url"),
                i.c.data.label("i_data"),
            )
            .join(a, a.c.entry_id == e.c.id)
            .outerjoin(i, i.c.entry_id == e.c.id)
            .where(e.c.id.in_(entry_ids))
            .order_by(e.c.id)
        )
        with self.reader.connect() as conn:
            return [
                (
                    stored_entry_of(row),
                    _light_article(row),
                    Intel.model_validate_json(row["i_data"]) if row["i_data"] else None,
                )
                for row in conn.execute(query).mappings()
            ]

    def save_features(self, rows: list[FeatureRow]) -> None:
        """Store clustering features (one transaction; a row already stored is replaced)."""
        if not rows:
            return
        f = schema.cluster_features
        with self._tx() as conn:
            conn.execute(f.delete().where(f.c.entry_id.in_([row.entry_id for row in rows])))
            conn.execute(
                f.insert(),
                [
                    {
                        "entry_id": r.entry_id,
                        "day": r.day,
                        "version": r.version,
                        "data": r.data,
                        "minhash": r.minhash,
                        "embedding": r.embedding,
                    }
                    for r in rows
                ],
            )

    def start_story(self, entry_id: int, day: date, score: float = 0.0, signals: Sequence[str] = ()) -> int:
        """A new story whose first article is `entry_id`; returns the story id. `signals`: why it
        stands alone, when that is not because no story matched (clustering gave up on it)."""
        with self._tx() as conn:
            result = conn.execute(schema.stories.insert(), {"created_at": now_iso()})
            key = result.inserted_primary_key
            assert key is not None
            story_id = int(key[0])
            _add_member(conn, entry_id, story_id, day, None, score, list(signals), None)
        return story_id

    def join_story(
        self,
        entry_id: int,
        story_id: int,
        day: date,
        joined_with: int | None,
        score: float,
        signals: list[str],
        near_duplicate_of: int | None = None,
    ) -> None:
        with self._tx() as conn:
            _add_member(conn, entry_id, story_id, day, joined_with, score, signals, near_duplicate_of)

    def story_of(self, entry_id: int) -> int | None:
        m = schema.story_members
        with self.reader.connect() as conn:
            found = conn.execute(select(m.c.story_id).where(m.c.entry_id == entry_id)).scalar()
        return int(found) if found is not None else None

    def members(self, story_id: int) -> list[StoryMember]:
        m = schema.story_members
        query = select(m).where(m.c.story_id == story_id).order_by(m.c.entry_id)
        with self.reader.connect() as conn:
            return [_member(row) for row in conn.execute(query).mappings()]

    def story_articles(self, story_id: int) -> list[StoryArticle]:
        """The story's articles, first one first, each with its intel (a copy gets its original's)."""
        out = []
        with self.reader.connect() as conn:
            for row in conn.execute(STORY_ARTICLES, {"b_story": story_id}).mappings():
                member = _member({**row, "entry_id": row["id"]})
                article = _light_article(row)
                article.lang, article.method = row["a_lang"], row["a_method"]  # a brève says so
                out.append(
                    StoryArticle(
                        member=member,
                        stored=stored_entry_of(row),
                        article=article,
                        intel=Intel.model_validate_json(row["intel_data"]) if row["intel_data"] else None,
                        content_hash=row["content_hash"],
                        tag=row["tag"] or "veille",
                        outlet=row["source_title"] or row["source"],
                    )
                )
        return out

    def stories(self, since: date | None = None) -> list[Story]:
        """The stories with at least one article, the last active first."""
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
        with self.reader.connect() as conn:
            return [
                Story(int(r.id), date.fromisoformat(r.first_day), date.fromisoformat(r.last_day), int(r.n))
                for r in conn.execute(query)
                if r.n
            ]

    def story_sources(
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
        with self.reader.connect() as conn:
            for row in conn.execute(query).mappings():
                intel = Intel.model_validate_json(row["intel_data"]) if row["intel_data"] else None
                outlet = row["source_title"] or row["source"]
                out.setdefault(int(row["story_id"]), []).append((stored_entry_of(row), outlet, intel))
        return out

    def story_posts(self, story_ids: Collection[int] | None = None) -> dict[int, StoryPost]:
        """The posts of stories (of `story_ids` only, when given), by story."""
        p, m = schema.posts, schema.story_members
        query = select(p).where(p.c.story_id.is_not(None))
        # The flag is read, not filtered on: the query then goes by the story index, whatever the
        # history (an index on the flag would read every listed article).
        listed = select(m.c.story_id, m.c.entry_id, m.c.listed).order_by(m.c.story_id, m.c.entry_id)
        if story_ids is not None:
            query = query.where(p.c.story_id.in_(sorted(story_ids)))
            listed = listed.where(m.c.story_id.in_(sorted(story_ids)))
        with self.reader.connect() as conn:
            members: dict[int, list[int]] = {}
            for row in conn.execute(listed):
                if row.listed:
                    members.setdefault(int(row.story_id), []).append(int(row.entry_id))
            return {
                int(row["story_id"]): story_post_of(row, members.get(int(row["story_id"]), []))
                for row in conn.execute(query).mappings()
            }


def _add_member(
    conn: Any,
    entry_id: int,
    story_id: int,
    day: date,
    joined_with: int | None,
    score: float,
    signals: list[str],
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
            "signals": json.dumps(signals),
            "near_duplicate_of": near_duplicate_of,
            "method": "auto",
            "added_at": now_iso(),
        },
    )


def _light_article(row: RowMapping) -> Article:
    return Article(
        url=row["a_url"],
        canonical_url=row["a_url"],
        title=row["a_title"],
        text=row["a_text"],
        usable=True,
    )


def _member(row: Any) -> StoryMember:
    return StoryMember(
        entry_id=int(row["entry_id"]),
        story_id=int(row["story_id"]),
        day=date.fromisoformat(row["day"]),
        joined_with=row["joined_with"],
        score=float(row["score"] or 0.0),
        signals=json.loads(row["signals"] or "[]"),
        near_duplicate_of=row["near_duplicate_of"],
        method=row["method"],
    )


def _pending_cluster_query() -> Any:
    """Relevant articles not yet in a story, oldest first: their entry, article and Intel columns."""
    e, a, i, m = schema.entries, schema.articles, schema.intel, schema.story_members
    return (
        select(
            e,
            a.c.title.label("a_title"),
            a.c.text.label("a_text"),
            a.c.canonical_url.label("a_url"),
            i.c.data.label("i_data"),
        )
        .join(a, a.c.entry_id == e.c.id)
        .join(i, i.c.entry_id == e.c.id)
        .where(i.c.relevant.is_(True))
        .where(not_(select(m.c.entry_id).where(m.c.entry_id == e.c.id).exists()))
        .order_by(e.c.post_date, e.c.id)
    )


def _pending_article(row: RowMapping) -> tuple[StoredEntry, Article, Intel]:
    return stored_entry_of(row), _light_article(row), Intel.model_validate_json(row["i_data"])


def _feature_row(row: RowMapping) -> FeatureRow | None:
    """The features stored with an entry's row (its `version`, `data`… columns), if any."""
    if row["version"] is None:
        return None
    columns = ("version", "data", "minhash", "embedding")
    return FeatureRow(row["id"], row["post_date"], *(row[name] for name in columns))
