"""Extracted articles in the store, one per entry: `store.articles`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import not_, select

from veilleur.models import Article, StoredEntry
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.prepared import DUPLICATE_OF, PG_SAVE_ARTICLE
from veilleur.store.rows import article_of, now_iso, stored_entry_of, to_iso


class ArticleRepository(Repository):
    """`Article` records by entry id."""

    def pending(self) -> list[StoredEntry]:
        """Entries fetched (or given up) with no article yet, by id: what extraction takes."""
        e, a = schema.entries, schema.articles
        query = (
            select(e)
            .where(self.db.entry_filter(e.c.id), e.c.fetch_state.in_(["done", "failed"]))
            .where(not_(select(a.c.entry_id).where(a.c.entry_id == e.c.id).exists()))
            .order_by(e.c.id)
        )
        with self.db.reader.connect() as conn:
            return [stored_entry_of(row) for row in conn.execute(query).mappings()]

    def save(self, entry_id: int, article: Article, content_hash: str) -> int | None:
        """Store the article; return the id of the entry it duplicates, if any.

        The article's text (`content_hash`) and canonical URL are unique keys among usable
        articles: a usable article whose key is already taken is stored as a copy of the first
        one (`duplicate_of`), read and written in one statement so that two workers saving the
        same text at once keep one first."""
        row: dict[str, Any] = {
            "entry_id": entry_id,
            "canonical_url": article.canonical_url,
            "title": article.title,
            "text": article.text,
            "lang": article.lang,
            "published": to_iso(article.published),
            "usable": article.usable,
            "reason": article.reason,
            "method": article.method,
            "byline": article.byline,
            "content_hash": content_hash,
            "extracted_at": now_iso(),
        }
        with self.db.tx() as conn:
            if conn.dialect.name == "postgresql":  # the two statements below in one
                found = conn.execute(PG_SAVE_ARTICLE, row).scalar()
                return int(found) if found is not None else None
            duplicate_of = None
            if article.usable:
                # Same text, or the same page under another URL (its canonical link says so).
                duplicate_of = conn.execute(
                    DUPLICATE_OF, {"b_hash": content_hash, "b_url": article.canonical_url}
                ).scalar()
            first = article.usable and duplicate_of is None
            row.update(dedup_key=content_hash if first else None, duplicate_of=duplicate_of)
            conn.execute(schema.articles.insert(), row)
            return int(duplicate_of) if duplicate_of is not None else None

    def get(self, entry_id: int) -> Article | None:
        a = schema.articles
        with self.db.reader.connect() as conn:
            row = conn.execute(select(a).where(a.c.entry_id == entry_id)).mappings().first()
        return article_of(row) if row else None
