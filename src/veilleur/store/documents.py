"""Fetched pages in the store, one per entry: `store.documents`."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from veilleur.models import Document
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.prepared import DELETE_DOCUMENT, FETCHED, PG_SAVE_DOCUMENT
from veilleur.store.rows import now_iso


class DocumentRepository(Repository):
    """`Document` records by entry id."""

    def save(self, entry_id: int, document: Document) -> None:
        """Store (or replace) the entry's page; its entry's fetch is then done (one transaction)."""
        row = {
            "entry_id": entry_id,
            "status": document.status,
            "content_type": document.content_type,
            "final_url": document.final_url,
            "encoding": document.encoding,
            "text": document.text,
            "fetched_at": now_iso(),
        }
        with self.db.tx() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(PG_SAVE_DOCUMENT, row)  # the three below in one statement
                return
            conn.execute(DELETE_DOCUMENT, {"b_entry": entry_id})
            conn.execute(schema.documents.insert(), row)
            conn.execute(FETCHED, {"b_entry": entry_id})

    def get(self, entry_id: int) -> Document | None:
        return self.many([entry_id]).get(entry_id)

    def many(self, entry_ids: Sequence[int]) -> dict[int, Document]:
        """Entry id → its stored document (its URL the entry's, else the page's final one), read
        in one query; an entry without a document is left out."""
        d, e = schema.documents, schema.entries
        query = (
            select(d, e.c.id.label("entry_found"), e.c.url.label("entry_url"))
            .join(e, e.c.id == d.c.entry_id, isouter=True)
            .where(d.c.entry_id.in_(list(entry_ids)))
        )
        with self.db.reader.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return {
            row["entry_id"]: Document(
                url=row["entry_url"] if row["entry_found"] is not None else row["final_url"],
                final_url=row["final_url"],
                status=row["status"],
                content_type=row["content_type"],
                text=row["text"],
                encoding=row["encoding"],
            )
            for row in rows  # one document per entry (its primary key)
        }
