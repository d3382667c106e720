"""What every repository of the store shares: the engine that writes, the reader that reads, and
the transaction of `batch()` while one is open. A repository writes through `tx()` (the batch's
transaction, else a transaction of its own) so that `with store.batch():` groups the writes of
every repository in one transaction: a kill inside the block loses the whole batch and nothing
else, a kill outside it loses at most the record being written.

The open batch is the calling thread's own: a worker runs its jobs on threads over one store, and
a job's writes must never land in the transaction another job's thread holds open (a connection
serves one thread; two threads' savepoints on one connection release each other's)."""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from sqlalchemy import Connection, Engine, true


@contextmanager
def _savepoint(conn: Connection) -> Iterator[Connection]:
    with conn.begin_nested():
        yield conn


class Db:
    """The engine (writes), the reader (reads: no transaction on PostgreSQL), the open batch, and
    the items the pending queries are narrowed to (a worker's job: its entries, its stories)."""

    def __init__(
        self,
        engine: Engine,
        reader: Engine,
        entries: Collection[int] | None = None,
        stories: Collection[int] | None = None,
    ) -> None:
        self.engine = engine
        self.reader = reader
        self._local = threading.local()  # .batch: this thread's transaction of `batch()`, while open
        # None: every item; else only these (an empty list: none).
        self.only_entries = sorted(set(entries)) if entries is not None else None
        self.only_stories = sorted(set(stories)) if stories is not None else None

    def fork(self, entries: Collection[int] | None = None, stories: Collection[int] | None = None) -> Db:
        """The same engine and reader with a batch of its own (a job on another thread), its
        pending queries narrowed to `entries` and `stories` (every item when both are None)."""
        if entries is None and stories is None:
            return Db(self.engine, self.reader)
        return Db(self.engine, self.reader, entries or (), stories or ())

    @property
    def _batch(self) -> Connection | None:
        """The transaction of `batch()` this thread has open, if any."""
        found: Connection | None = getattr(self._local, "batch", None)
        return found

    @_batch.setter
    def _batch(self, conn: Connection | None) -> None:
        self._local.batch = conn

    def entry_filter(self, entry_id: Any) -> Any:
        """A condition on an entry id column: true, or the narrowed entries only."""
        return true() if self.only_entries is None else entry_id.in_(self.only_entries)

    def story_filter(self, story_id: Any) -> Any:
        """A condition on a story id column: true, or the narrowed stories only."""
        return true() if self.only_stories is None else story_id.in_(self.only_stories)

    def tx(self) -> Any:
        """The transaction a write goes in: the open batch's (in a savepoint on PostgreSQL), else
        one of its own, committed when the block ends (a context manager yielding a Connection)."""
        if self._batch is None:
            return self.engine.begin()
        if self._batch.dialect.name == "postgresql":
            # One record's statement that PostgreSQL refuses (a unique key another worker took
            # meanwhile, a value too long) aborts the whole transaction: each record's writes go
            # in a savepoint, so that only they are undone and the batch's other records are
            # saved. SQLite undoes the failed statement alone.
            return _savepoint(self._batch)
        return nullcontext(self._batch)

    def one_statement(self) -> Any:
        """`tx()` for a write of one statement: on PostgreSQL outside a batch, its own
        transaction (autocommit: no BEGIN and COMMIT around it; written whole or not at all)."""
        if self._batch is None and self.reader is not self.engine:
            return self.reader.begin()
        return self.tx()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Every write of this thread inside the block is one transaction: one commit and one sync
        for many records instead of one each. A block inside a block joins the outer one; other
        threads' writes meanwhile go in transactions of their own."""
        if self._batch is not None:
            yield
            return
        with self.engine.begin() as conn:
            self._batch = conn
            try:
                yield
            finally:
                self._batch = None


class Repository:
    """One kind of record: loads and saves it, decides nothing. `db` is shared by the store's
    repositories (one engine, one batch)."""

    def __init__(self, db: Db) -> None:
        self.db = db
