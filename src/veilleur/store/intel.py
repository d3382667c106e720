"""Enrichment results in the store, one `Intel` record per article: `store.intel`."""

from __future__ import annotations

from sqlalchemy import not_, select

from veilleur.models import Article, Intel
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.rows import article_of, now_iso


class IntelRepository(Repository):
    """`Intel` records by entry id."""

    def pending(self) -> list[tuple[int, Article]]:
        """(entry id, article) of usable first copies with no Intel record yet, by id."""
        a, i = schema.articles, schema.intel
        query = (
            select(a)
            .where(self.db.entry_filter(a.c.entry_id), a.c.usable.is_(True), a.c.duplicate_of.is_(None))
            .where(not_(select(i.c.entry_id).where(i.c.entry_id == a.c.entry_id).exists()))
            .order_by(a.c.entry_id)
        )
        with self.db.reader.connect() as conn:
            return [(row["entry_id"], article_of(row)) for row in conn.execute(query).mappings()]

    def save(self, entry_id: int, record: Intel) -> None:
        with self.db.tx() as conn:
            conn.execute(
                schema.intel.insert(),
                {
                    "entry_id": entry_id,
                    "relevant": record.relevant,
                    "score": record.relevance_score,
                    "category": record.category,
                    "data": record.model_dump_json(),
                    "enriched_at": now_iso(),
                },
            )

    def get(self, entry_id: int) -> Intel | None:
        i = schema.intel
        with self.db.reader.connect() as conn:
            data = conn.execute(select(i.c.data).where(i.c.entry_id == entry_id)).scalar()
        return Intel.model_validate_json(data) if data else None
