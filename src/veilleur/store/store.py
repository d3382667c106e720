"""The store: one engine, its migrations, the batch transaction, and the repositories that load
and save each kind of record (`store.sources`, `store.entries`, `store.documents`,
`store.articles`, `store.intel`, `store.features`, `store.stories`, `store.decisions`,
`store.briefings`, `store.posts`, `store.briefing_cache`, `store.failures`). Every write is one
transaction, or the open batch's, so a kill at any moment leaves either the whole record (or
batch) or nothing. The repositories decide nothing: the stages and `veilleur.decisions` do."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select

from veilleur.store import schema
from veilleur.store.articles import ArticleRepository
from veilleur.store.briefing_cache import BriefingCacheRepository
from veilleur.store.briefings import BriefingRepository
from veilleur.store.db import Db
from veilleur.store.documents import DocumentRepository
from veilleur.store.entries import EntryRepository
from veilleur.store.failures import FailureRepository
from veilleur.store.features import FeatureRepository
from veilleur.store.intel import IntelRepository
from veilleur.store.migrations import migrate
from veilleur.store.posts import PostRepository
from veilleur.store.sources import SourceRepository
from veilleur.store.stories import StoryRepository
from veilleur.store.story_decisions import DecisionRepository


class Store:
    """The engine and the repositories over it, sharing one `Db` (one batch at a time)."""

    def __init__(self, url: str, connections: int = 15) -> None:
        """`connections`: at most this many open at once (a server store; SQLite opens its own).
        Opening migrates the store to the last revision (Alembic)."""
        self.url = url
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
        self._attach(Db(self.engine, self.reader))

    def _attach(self, db: Db) -> None:
        """The repositories over `db`."""
        self.db = db
        self.sources = SourceRepository(db)
        self.entries = EntryRepository(db)
        self.documents = DocumentRepository(db)
        self.articles = ArticleRepository(db)
        self.intel = IntelRepository(db)
        self.features = FeatureRepository(db)
        self.stories = StoryRepository(db)
        self.briefings = BriefingRepository(db, self.stories, self.articles)
        self.posts = PostRepository(db, self.stories, self.briefings)
        self.decisions = DecisionRepository(db, self.posts)
        self.briefing_cache = BriefingCacheRepository(db)
        self.failures = FailureRepository(db)

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

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Every write of this thread inside the block, whatever the repository, is one
        transaction: one commit and one sync for many records instead of one each (other threads'
        writes meanwhile are not in it: `db.Db`). A kill inside the block loses the
        whole batch and nothing else; the stages take what has no result yet, so the next run
        does that batch again."""
        with self.db.batch():
            yield

    def counts(self) -> dict[str, int]:
        """Row counts per table, for summaries and tests."""
        out = {}
        with self.reader.connect() as conn:
            for name in ("entries", "documents", "articles", "intel", "story_briefings", "posts"):
                table = schema.metadata.tables[name]
                out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
        return out
