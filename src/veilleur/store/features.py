"""What the clustering reads and keeps: the relevant articles not yet in a story, the members of
the recent window, and each article's clustering features (`cluster_features`, by version):
`store.features`."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date
from typing import Any

from sqlalchemy import not_, select
from sqlalchemy.engine import RowMapping

from veilleur.models import Article, FeatureRow, Intel, StoredEntry, StoryMember
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.rows import intel_of, light_article_of, member_of, stored_entry_of


class FeatureRepository(Repository):
    """Clustering inputs: `StoredEntry`/`Article`/`Intel` triples and `FeatureRow` records."""

    def pending(self) -> list[tuple[StoredEntry, Article, Intel]]:
        """Relevant articles not yet in a story, oldest first, with their Intel record."""
        with self.db.reader.connect() as conn:
            return _readable(conn.execute(_pending_cluster_query()).mappings())

    def pending_features(self) -> list[tuple[StoredEntry, FeatureRow | None]]:
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
        with self.db.reader.connect() as conn:
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
        with self.db.reader.connect() as conn:
            return _readable(conn.execute(query).mappings())

    def pending_copies(self) -> list[tuple[int, int, date]]:
        """(entry, original entry, day) for exact copies whose original is in a story, by entry."""
        e, a, m = schema.entries, schema.articles, schema.story_members
        query = (
            select(e.c.id, e.c.post_date, a.c.duplicate_of)
            .join(a, a.c.entry_id == e.c.id)
            .where(a.c.duplicate_of.is_not(None))
            .where(not_(select(m.c.entry_id).where(m.c.entry_id == e.c.id).exists()))
            .where(select(m.c.entry_id).where(m.c.entry_id == a.c.duplicate_of).exists())
            .order_by(e.c.id)
        )
        with self.db.reader.connect() as conn:
            return [
                (int(row.id), int(row.duplicate_of), date.fromisoformat(row.post_date))
                for row in conn.execute(query)
            ]

    def window_keys(self, since: date) -> list[tuple[int, int, str]]:
        """(entry id, story id, day) of the story members from `since` on: no features read."""
        m = schema.story_members
        query = select(m.c.entry_id, m.c.story_id, m.c.day).where(m.c.day >= since.isoformat())
        with self.db.reader.connect() as conn:
            return [(int(row[0]), int(row[1]), str(row[2])) for row in conn.execute(query)]

    def window(
        self, since: date, version: int, only: Collection[int] | None = None
    ) -> list[tuple[StoryMember, FeatureRow | None]]:
        """Story members from `since` on (by day, then id; `only` these entries) with their stored
        clustering features of `version`, None where none are stored (articles clustered before
        they were kept)."""
        m, f = schema.story_members, schema.cluster_features
        query = (
            select(m, f.c.data, f.c.minhash, f.c.embedding, f.c.version)
            .outerjoin(f, (f.c.entry_id == m.c.entry_id) & (f.c.version == version))
            .where(m.c.day >= since.isoformat())
            .order_by(m.c.day, m.c.entry_id)
        )
        if only is not None:
            query = query.where(m.c.entry_id.in_(sorted(only)))
        with self.db.reader.connect() as conn:
            return [
                (
                    member_of(row),
                    FeatureRow(
                        row["entry_id"], row["day"], version, row["data"], row["minhash"], row["embedding"]
                    )
                    if row["version"] is not None
                    else None,
                )
                for row in conn.execute(query).mappings()
            ]

    def to_describe(self, entry_ids: list[int]) -> list[tuple[StoredEntry, Article, Intel | None]]:
        """These stored articles (members whose features are missing): entry, article, Intel."""
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
        with self.db.reader.connect() as conn:
            return [
                (
                    stored_entry_of(row),
                    light_article_of(row),
                    intel_of(row["i_data"], row["id"]),
                )
                for row in conn.execute(query).mappings()
            ]

    def save(self, rows: list[FeatureRow]) -> None:
        """Store clustering features (one transaction; a row already stored is replaced)."""
        if not rows:
            return
        f = schema.cluster_features
        with self.db.tx() as conn:
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


def _readable(rows: Iterable[RowMapping]) -> list[tuple[StoredEntry, Article, Intel]]:
    """Each row's entry, article and Intel record; a record that cannot be read is left out
    (`intel_of` logs it): the others are still clustered."""
    found = [(row, intel_of(row["i_data"], row["id"])) for row in rows]
    return [(stored_entry_of(row), light_article_of(row), intel) for row, intel in found if intel]


def _feature_row(row: RowMapping) -> FeatureRow | None:
    """The features stored with an entry's row (its `version`, `data`… columns), if any."""
    if row["version"] is None:
        return None
    columns = ("version", "data", "minhash", "embedding")
    return FeatureRow(row["id"], row["post_date"], *(row[name] for name in columns))
