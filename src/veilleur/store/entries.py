"""Entries in the store: the items feeds and folders gave, one per canonical URL, and how the
fetch of their page went: `store.entries`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.exc import IntegrityError

from veilleur.models import Entry, StoredEntry
from veilleur.redact import redact
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.prepared import KNOWN_URL, KNOWN_URL_OR_GUID
from veilleur.store.rows import now_iso, stored_entry_of, to_iso


def _row(entry: Entry, post_date: date, collected_at: datetime | None) -> dict[str, object]:
    """The `entries` row of a new entry (both ways of adding one write the same columns)."""
    return {
        "canonical_url": entry.canonical_url,
        "url": entry.url,
        "source": entry.source,
        "title": entry.title,
        "guid": entry.guid,
        "published": to_iso(entry.published),
        "feed_content": entry.feed_content,
        "local_path": entry.local_path,
        "collected_at": to_iso(collected_at) or now_iso(),
        "post_date": post_date.isoformat(),
    }


class EntryRepository(Repository):
    """`StoredEntry` records by id (the entry, its day, its fetch state)."""

    def add(self, entry: Entry, post_date: date, collected_at: datetime | None = None) -> int | None:
        """Store a new entry; return its id, or None when its canonical URL is already known
        (seen earlier, on another day or through another feed)."""
        t = schema.entries
        values = _row(entry, post_date, collected_at)
        try:
            with self.db.one_statement() as conn:
                result = conn.execute(t.insert(), values)
                key = result.inserted_primary_key
                return int(key[0]) if key else None
        except IntegrityError:
            return None

    def add_new(self, entry: Entry, post_date: date, collected_at: datetime | None = None) -> int | None:
        """`add` unless the entry is `known`: its new id, or None when it was collected already.
        On PostgreSQL one statement (the check inside the INSERT): a collected entry costs one
        round trip, not two. On SQLite the check, then `add`."""
        if self.db.reader is self.db.engine:  # SQLite: no statement saved by it, the code kept plain
            return None if self.known(entry) else self.add(entry, post_date, collected_at)
        t = schema.entries
        values = _row(entry, post_date, collected_at)
        known = KNOWN_URL_OR_GUID if entry.guid else KNOWN_URL
        row = select(*(bindparam(f"v_{name}", value, type_=t.c[name].type) for name, value in values.items()))
        insert = t.insert().from_select(list(values), row.where(~known.exists())).returning(t.c.id)
        params = {"b_url": entry.canonical_url}
        if entry.guid:
            params.update(b_source=entry.source, b_guid=entry.guid, b_title=entry.title)
        try:
            with self.db.one_statement() as conn:
                found = conn.execute(insert, params).scalar()
        except IntegrityError:  # another worker's collect inserted it meanwhile
            return None
        return int(found) if found is not None else None

    def get(self, entry_id: int) -> StoredEntry | None:
        t = schema.entries
        with self.db.reader.connect() as conn:
            row = conn.execute(select(t).where(t.c.id == entry_id)).mappings().first()
        return stored_entry_of(row) if row else None

    def many(self, entry_ids: Sequence[int]) -> dict[int, StoredEntry]:
        """Entry id → its stored entry, read in one query; an unknown id is left out."""
        t = schema.entries
        with self.db.reader.connect() as conn:
            rows = conn.execute(select(t).where(t.c.id.in_(list(entry_ids)))).mappings().all()
        return {int(row["id"]): stored_entry_of(row) for row in rows}

    def known(self, entry: Entry) -> bool:
        """Was this item collected already: its canonical URL, or — for a link that changed — the
        same GUID and title from the same source (a GUID shared by different items is stored empty)."""
        query = KNOWN_URL_OR_GUID if entry.guid else KNOWN_URL
        values = {"b_url": entry.canonical_url}
        if entry.guid:
            values.update(b_source=entry.source, b_guid=entry.guid, b_title=entry.title)
        with self.db.reader.connect() as conn:
            return conn.execute(query, values).first() is not None

    def listed_files(self, source: str) -> set[str]:
        """The local paths of the entries a files source gave (one indexed query)."""
        t = schema.entries
        query = select(t.c.local_path).where(t.c.source == source, t.c.local_path != "")
        with self.db.reader.connect() as conn:
            return {row[0] for row in conn.execute(query)}

    def id_for_url(self, url: str) -> int | None:
        """The entry whose URL or canonical URL is `url`, None when none is."""
        t = schema.entries
        with self.db.reader.connect() as conn:
            found = conn.execute(select(t.c.id).where(or_(t.c.url == url, t.c.canonical_url == url))).scalar()
        return int(found) if found is not None else None

    def pending_fetch(self) -> list[StoredEntry]:
        """Entries whose page is still to fetch, by id."""
        t = schema.entries
        with self.db.reader.connect() as conn:
            rows = conn.execute(
                select(t).where(t.c.fetch_state == "pending", self.db.entry_filter(t.c.id)).order_by(t.c.id)
            ).mappings()
            return [stored_entry_of(row) for row in rows]

    def record_fetch_failure(self, entry_id: int, error: str, give_up: bool) -> None:
        """Count a failed fetch; when `give_up` (the caller's choice), its state is "failed"."""
        t = schema.entries
        with self.db.one_statement() as conn:
            conn.execute(
                update(t)
                .where(t.c.id == entry_id)
                .values(
                    fetch_attempts=t.c.fetch_attempts + 1,
                    fetch_error=redact(error)[:2000],
                    fetch_state="failed" if give_up else "pending",
                )
            )

    def recent_pages(self, source: str, limit: int = 20) -> list[tuple[str, str | None, str, str]]:
        """The source's last `limit` page fetches, newest first: (fetch state, fetch error, article
        method, article reason); the last two are "" before extraction."""
        e, a = schema.entries, schema.articles
        query = (
            select(e.c.fetch_state, e.c.fetch_error, a.c.method, a.c.reason)
            .select_from(e.outerjoin(a, a.c.entry_id == e.c.id))
            .where(e.c.source == source, e.c.local_path == "", e.c.fetch_attempts > 0)
            .order_by(e.c.id.desc())
            .limit(limit)
        )
        with self.db.reader.connect() as conn:
            return [(row[0], row[1], row[2] or "", row[3] or "") for row in conn.execute(query)]

    def recent_outcomes(self, source: str, limit: int = 50) -> list[tuple[str, bool, str, bool, bool | None]]:
        """The source's last `limit` extracted entries, newest first: (fetch state, usable, the
        extraction's reason, a duplicate?, relevant — None before enrichment)."""
        e, a, i = schema.entries, schema.articles, schema.intel
        query = (
            select(e.c.fetch_state, a.c.usable, a.c.reason, a.c.duplicate_of, i.c.relevant)
            .select_from(e.outerjoin(a, a.c.entry_id == e.c.id).outerjoin(i, i.c.entry_id == e.c.id))
            .where(e.c.source == source)
            .order_by(e.c.id.desc())
            .limit(limit)
        )
        with self.db.reader.connect() as conn:
            return [
                (state, bool(usable), reason or "", duplicate_of is not None, relevant)
                for state, usable, reason, duplicate_of, relevant in conn.execute(query)
                if usable is not None  # not extracted yet
            ]
