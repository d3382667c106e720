"""Reading and writing pipeline records. Every write is one transaction, so a kill at any moment
leaves either the whole record or nothing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, not_, or_, select, update
from sqlalchemy.exc import IntegrityError

from veilleur.models import (
    Article,
    Document,
    Entry,
    Intel,
    StoredEntry,
)
from veilleur.redact import redact
from veilleur.store import schema
from veilleur.store.article_outputs import ArticleOutputQueries
from veilleur.store.briefing_cache import BriefingCacheQueries
from veilleur.store.failures import FailureQueries
from veilleur.store.migrations import migrate
from veilleur.store.prepared import (
    DELETE_DOCUMENT,
    DUPLICATE_OF,
    FETCHED,
    KNOWN_URL,
    KNOWN_URL_OR_GUID,
    PG_SAVE_ARTICLE,
    PG_SAVE_DOCUMENT,
)
from veilleur.store.rows import article_of, now_iso, stored_entry_of, to_iso
from veilleur.store.sources import SourceQueries
from veilleur.store.stories import StoryQueries
from veilleur.store.story_decisions import StoryDecisionQueries
from veilleur.store.story_outputs import StoryOutputQueries


@contextmanager
def _savepoint(conn: Connection) -> Iterator[Connection]:
    with conn.begin_nested():
        yield conn


class Store(
    SourceQueries,
    StoryQueries,
    StoryDecisionQueries,
    StoryOutputQueries,
    ArticleOutputQueries,
    BriefingCacheQueries,
    FailureQueries,
):
    """The store: entries, documents, articles and intel here; sources, stories, their briefings
    and posts (a story's, or each article's under the one-post-per-article policy), the model
    briefings cache and failures in the mixins."""

    def __init__(self, url: str, connections: int = 15) -> None:
        """`connections`: at most this many open at once (a server store; SQLite opens its own)."""
        self.url = url
        self._batch: Connection | None = None  # the transaction of `batch()`, while one is open
        self.engine = self._create_engine(url, connections)
        # Reads run outside a transaction on PostgreSQL: each statement sees what was committed
        # when it started, as in the READ COMMITTED transaction a read opened, without the BEGIN
        # and ROLLBACK sent around it (two statements of three). SQLite reads stay as they were.
        self.reader: Engine = (
            self.engine.execution_options(isolation_level="AUTOCOMMIT")
            if self.engine.dialect.name == "postgresql"
            else self.engine
        )
        with self.engine.begin() as conn:
            self.version = migrate(conn)

    @staticmethod
    def _create_engine(url: str, connections: int = 15) -> Engine:
        if url.startswith("sqlite:///"):
            path = url.removeprefix("sqlite:///")
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: Any, _record: Any) -> None:
                cursor = dbapi_conn.cursor()
                # WAL keeps readers and one writer apart and survives kill -9 without corruption.
                cursor.execute("PRAGMA journal_mode=WAL")
                # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process
                # still loses nothing committed and never corrupts the file (only a power cut may
                # drop the last commits), and a run no longer waits for one disk sync per record.
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.close()

            return engine
        # SQLAlchemy's default pool: 5 kept, 10 more when needed (15: `connections`).
        kept = min(5, connections)
        return create_engine(url, pool_pre_ping=True, pool_size=kept, max_overflow=connections - kept)

    def close(self) -> None:
        self.engine.dispose()

    def _tx(self) -> Any:
        if self._batch is None:
            return self.engine.begin()
        if self._batch.dialect.name == "postgresql":
            # One record's statement that PostgreSQL refuses (a unique key another worker took
            # meanwhile, a value too long) aborts the whole transaction: each record's writes go
            # in a savepoint, so that only they are undone and the batch's other records are
            # saved. SQLite undoes the failed statement alone.
            return _savepoint(self._batch)
        return nullcontext(self._batch)

    def _one_statement(self) -> Any:
        """`_tx()` for a write of one statement: on PostgreSQL outside a batch, its own
        transaction (autocommit: no BEGIN and COMMIT around it; written whole or not at all)."""
        if self._batch is None and self.reader is not self.engine:
            return self.reader.begin()
        return self._tx()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Every write inside the block is one transaction: one commit and one sync for many
        records instead of one each. A kill inside the block loses the whole batch and nothing
        else; the stages take what has no result yet, so the next run does that batch again."""
        if self._batch is not None:
            yield
            return
        with self.engine.begin() as conn:
            self._batch = conn
            try:
                yield
            finally:
                self._batch = None

    # ----------------------------------------------------------------- entries

    def add_entry(self, entry: Entry, post_date: date, collected_at: datetime | None = None) -> int | None:
        """Store a new entry; return its id, or None when its canonical URL is already known
        (seen earlier, on another day or through another feed)."""
        t = schema.entries
        values = {
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
        try:
            with self._one_statement() as conn:
                result = conn.execute(t.insert(), values)
                key = result.inserted_primary_key
                return int(key[0]) if key else None
        except IntegrityError:
            return None

    def entry(self, entry_id: int) -> StoredEntry | None:
        t = schema.entries
        with self.reader.connect() as conn:
            row = conn.execute(select(t).where(t.c.id == entry_id)).mappings().first()
        return stored_entry_of(row) if row else None

    def known_item(self, entry: Entry) -> bool:
        """Was this item collected already: its canonical URL, or — for a link that changed — the
        same GUID and title from the same source (a GUID shared by different items is stored empty)."""
        query = KNOWN_URL_OR_GUID if entry.guid else KNOWN_URL
        values = {"b_url": entry.canonical_url}
        if entry.guid:
            values.update(b_source=entry.source, b_guid=entry.guid, b_title=entry.title)
        with self.reader.connect() as conn:
            return conn.execute(query, values).first() is not None

    def listed_files(self, source: str) -> set[str]:
        """The local paths of the entries a files source gave (one indexed query)."""
        t = schema.entries
        query = select(t.c.local_path).where(t.c.source == source, t.c.local_path != "")
        with self.reader.connect() as conn:
            return {row[0] for row in conn.execute(query)}

    def entry_id_for_url(self, url: str) -> int | None:
        t = schema.entries
        with self.reader.connect() as conn:
            found = conn.execute(select(t.c.id).where(or_(t.c.url == url, t.c.canonical_url == url))).scalar()
        return int(found) if found is not None else None

    def pending_fetch(self) -> list[StoredEntry]:
        t = schema.entries
        with self.reader.connect() as conn:
            rows = conn.execute(select(t).where(t.c.fetch_state == "pending").order_by(t.c.id)).mappings()
            return [stored_entry_of(row) for row in rows]

    def save_document(self, entry_id: int, document: Document) -> None:
        row = {
            "entry_id": entry_id,
            "status": document.status,
            "content_type": document.content_type,
            "final_url": document.final_url,
            "encoding": document.encoding,
            "text": document.text,
            "fetched_at": now_iso(),
        }
        with self._tx() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(PG_SAVE_DOCUMENT, row)  # the three below in one statement
                return
            conn.execute(DELETE_DOCUMENT, {"b_entry": entry_id})
            conn.execute(schema.documents.insert(), row)
            conn.execute(FETCHED, {"b_entry": entry_id})

    def record_fetch_failure(self, entry_id: int, error: str, give_up: bool) -> None:
        """Count a failed fetch; when `give_up`, extraction falls back to the feed's own text."""
        t = schema.entries
        with self._one_statement() as conn:
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
        with self.reader.connect() as conn:
            return [(row[0], row[1], row[2] or "", row[3] or "") for row in conn.execute(query)]

    def recent_skips(self, source: str, limit: int = 50) -> dict[str, int]:
        """Why the source's last `limit` entries were not published, by reason: "fetch failed",
        "too old", "no usable article", "duplicate", "not relevant" (counts; absent when zero)."""
        e, a, i = schema.entries, schema.articles, schema.intel
        query = (
            select(e.c.fetch_state, a.c.usable, a.c.reason, a.c.duplicate_of, i.c.relevant)
            .select_from(e.outerjoin(a, a.c.entry_id == e.c.id).outerjoin(i, i.c.entry_id == e.c.id))
            .where(e.c.source == source)
            .order_by(e.c.id.desc())
            .limit(limit)
        )
        counts: dict[str, int] = {}
        with self.reader.connect() as conn:
            for state, usable, reason, duplicate_of, relevant in conn.execute(query):
                if usable is None:
                    continue  # not extracted yet
                if not usable:
                    why = "too old" if reason.startswith("too old") else "no usable article"
                    why = "fetch failed" if state == "failed" and why != "too old" else why
                elif duplicate_of is not None:
                    why = "duplicate"
                elif relevant is not None and not relevant:
                    why = "not relevant"
                else:
                    continue
                counts[why] = counts.get(why, 0) + 1
        return counts

    def document(self, entry_id: int) -> Document | None:
        return self.documents([entry_id]).get(entry_id)

    def documents(self, entry_ids: Sequence[int]) -> dict[int, Document]:
        """Entry id → its stored document (its URL the entry's, else the page's final one), read
        in one query; an entry without a document is left out."""
        d, e = schema.documents, schema.entries
        query = (
            select(d, e.c.id.label("entry_found"), e.c.url.label("entry_url"))
            .join(e, e.c.id == d.c.entry_id, isouter=True)
            .where(d.c.entry_id.in_(list(entry_ids)))
        )
        with self.reader.connect() as conn:
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

    def entries(self, entry_ids: Sequence[int]) -> dict[int, StoredEntry]:
        """Entry id → its stored entry, read in one query; an unknown id is left out."""
        t = schema.entries
        with self.reader.connect() as conn:
            rows = conn.execute(select(t).where(t.c.id.in_(list(entry_ids)))).mappings().all()
        return {int(row["id"]): stored_entry_of(row) for row in rows}

    # ----------------------------------------------------------------- articles

    def pending_extract(self) -> list[StoredEntry]:
        e, a = schema.entries, schema.articles
        query = (
            select(e)
            .where(e.c.fetch_state.in_(["done", "failed"]))
            .where(not_(select(a.c.entry_id).where(a.c.entry_id == e.c.id).exists()))
            .order_by(e.c.id)
        )
        with self.reader.connect() as conn:
            return [stored_entry_of(row) for row in conn.execute(query).mappings()]

    def save_article(self, entry_id: int, article: Article, content_hash: str) -> int | None:
        """Store the article; return the id of the entry it duplicates, if any.

        A usable article whose content hash is already taken is kept as a duplicate of the first
        one and never briefed or published."""
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
            "content_hash": content_hash,
            "extracted_at": now_iso(),
        }
        with self._tx() as conn:
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

    def article(self, entry_id: int) -> Article | None:
        a = schema.articles
        with self.reader.connect() as conn:
            row = conn.execute(select(a).where(a.c.entry_id == entry_id)).mappings().first()
        return article_of(row) if row else None

    def pending_enrich(self) -> list[tuple[int, Article]]:
        a, i = schema.articles, schema.intel
        query = (
            select(a)
            .where(a.c.usable.is_(True), a.c.duplicate_of.is_(None))
            .where(not_(select(i.c.entry_id).where(i.c.entry_id == a.c.entry_id).exists()))
            .order_by(a.c.entry_id)
        )
        with self.reader.connect() as conn:
            return [(row["entry_id"], article_of(row)) for row in conn.execute(query).mappings()]

    def save_intel(self, entry_id: int, record: Intel) -> None:
        with self._tx() as conn:
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

    def intel(self, entry_id: int) -> Intel | None:
        i = schema.intel
        with self.reader.connect() as conn:
            data = conn.execute(select(i.c.data).where(i.c.entry_id == entry_id)).scalar()
        return Intel.model_validate_json(data) if data else None

    # ----------------------------------------------------------------- reporting

    def counts(self) -> dict[str, int]:
        """Row counts per table, for summaries and tests."""
        out = {}
        with self.reader.connect() as conn:
            for name in ("entries", "documents", "articles", "intel", "story_briefings", "posts"):
                table = schema.metadata.tables[name]
                out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
        return out
