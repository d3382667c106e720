"""Schema migrations, applied in order when the store is opened.

Each migration is a function of a connection; its number is its position in `MIGRATIONS` plus
one. Add new ones at the end, never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, func, select

from veilleur.store import schema


def _initial(conn: Connection) -> None:
    schema.metadata.create_all(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [_initial]


def current_version(conn: Connection) -> int:
    schema.schema_version.create(conn, checkfirst=True)
    version = conn.execute(select(func.max(schema.schema_version.c.version))).scalar()
    return int(version or 0)


def migrate(conn: Connection) -> int:
    """Apply every migration newer than the database; return the resulting version."""
    version = current_version(conn)
    for number, step in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        step(conn)
        conn.execute(
            schema.schema_version.insert().values(
                version=number, applied_at=datetime.now(UTC).isoformat(timespec="seconds")
            )
        )
        version = number
    return version
