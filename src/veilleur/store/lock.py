"""One run at a time per store.

A run holds the store's lock from start to end; a second run on the same store stops at once
and names the holder. For a SQLite store the lock is an exclusive `flock` on a file next to the
database (`veilleur.db.lock`), which the kernel releases when the holder dies, even by `kill -9`:
a lock is never stale. The file records who holds it (pid, host, since) for the message.

A PostgreSQL store gets the same guarantee from a session advisory lock
(`pg_try_advisory_lock`) held by one dedicated connection for the run: the server releases it
when that connection ends, a killed run included. The holder names itself in the connection's
`application_name`, which a second run reads from `pg_locks` joined with `pg_stat_activity`.
Other databases run unlocked.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url

# The advisory lock's key pair on PostgreSQL: "veil" in ASCII, then the run lock's number.
_PG_LOCK_CLASS, _PG_LOCK_ID = 0x7665696C, 1
EXIT_BUSY = 3  # the exit status of a run that found the store in use (1: a source failed, 2: bad config)


class StoreBusy(Exception):
    """Another process holds the store's run lock."""

    def __init__(self, lock_path: str, holder: dict[str, object]) -> None:
        pid, host, since = (holder.get(key, "?") for key in ("pid", "host", "since"))
        who = f"pid {pid} on host {host}, since {since}" if holder else "holder unknown"
        super().__init__(
            f"another veilleur run is using this store ({who}; lock {lock_path}): "
            "this run stops without touching it"
        )
        self.holder = holder


def lock_path(store_url: str) -> Path | None:
    """The lock file of a SQLite store; None for an in-memory one or another database."""
    url = make_url(store_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    # The real file: two URLs of one database (a relative path, a symlink) share its lock.
    database = Path(url.database).resolve()
    return database.with_name(database.name + ".lock")


@contextmanager
def run_lock(store_url: str, now: datetime | None = None) -> Iterator[None]:
    """Hold the store's run lock for the block. Raises StoreBusy at once if another run has it."""
    if make_url(store_url).get_backend_name() == "postgresql":
        with _postgres_lock(store_url, now):
            yield
        return
    path = lock_path(store_url)
    if path is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreBusy(str(path), _holder(fd)) from None
        holder = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        try:
            yield
        finally:
            # Emptied, not deleted: a run waiting on this very file must not lock a removed inode.
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _holder(fd: int) -> dict[str, object]:
    """Who holds the lock, as it wrote it (read twice: it may be writing right now)."""
    for _ in range(2):
        try:
            found = json.loads(os.pread(fd, 4096, 0) or b"{}")
            if isinstance(found, dict) and found:
                return found
        except ValueError:
            pass
        time.sleep(0.05)
    return {}


@contextmanager
def _postgres_lock(store_url: str, now: datetime | None) -> Iterator[None]:
    """The run lock of a PostgreSQL store: a session advisory lock on a connection of its own."""
    since = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    # application_name holds at most 63 bytes: pid, a short host name and the start time fit.
    name = f"veilleur {os.getpid()}@{socket.gethostname()[:16]} {since}"[:63]
    engine = create_engine(store_url, connect_args={"application_name": name})
    try:
        with engine.connect() as connection:
            got = connection.execute(
                text("SELECT pg_try_advisory_lock(:c, :o)"), {"c": _PG_LOCK_CLASS, "o": _PG_LOCK_ID}
            ).scalar()
            connection.commit()
            if not got:
                raise StoreBusy(
                    f"PostgreSQL advisory lock ({_PG_LOCK_CLASS}, {_PG_LOCK_ID})", _pg_holder(connection)
                )
            try:
                yield
            finally:
                connection.execute(
                    text("SELECT pg_advisory_unlock(:c, :o)"), {"c": _PG_LOCK_CLASS, "o": _PG_LOCK_ID}
                )
                connection.commit()
    finally:
        engine.dispose()


def _pg_holder(connection: Connection) -> dict[str, object]:
    """Who holds the advisory lock, from the application_name its connection gave itself."""
    row = connection.execute(
        text(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :c AND l.objid = :o"
        ),
        {"c": _PG_LOCK_CLASS, "o": _PG_LOCK_ID},
    ).first()
    parts = str(row[0]).split(" ") if row is not None else []
    if len(parts) != 3 or parts[0] != "veilleur" or "@" not in parts[1]:
        return {}
    pid, host = parts[1].split("@", 1)
    return {"pid": pid, "host": host, "since": parts[2]}
