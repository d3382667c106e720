"""Schema migrations by Alembic, applied when the store is opened (SQLite and PostgreSQL alike).

The revisions are `revisions/versions/rNNNN_*.py`, numbered in order; `revisions/env.py` runs them
on the store's own connection. A new store gets today's schema at once (`create_all`) and is
stamped with the last revision; a store made by a release before Alembic carries its version in
`schema_version`, the number of the revision it is at, and is stamped with it before upgrading.
Add a change as a new revision file after the last one (`down_revision` = the last one's id);
never edit a released one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    func,
    inspect,
    select,
    text,
    update,
)

from veilleur.store import schema
from veilleur.store.search import create_index

if TYPE_CHECKING:
    from alembic.config import Config

REVISIONS = Path(__file__).with_name("revisions")
# The migration lock's key pair on PostgreSQL: "veil" in ASCII (as the run lock), then its number.
_PG_LOCK_CLASS, _PG_LOCK_ID = 0x7665696C, 2

# Where the releases before Alembic counted their migrations; read once to stamp such a store.
_legacy = Table(
    "schema_version",
    MetaData(),
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(40), nullable=False),
)


def add_columns(conn: Connection, table: str, columns: dict[str, str]) -> None:
    """Add the columns `table` lacks, each given as its SQL type and constraints."""
    present = {column["name"] for column in inspect(conn).get_columns(table)}
    for name, ddl in columns.items():
        if name not in present:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {ddl}"))


def rewrite_json_rows(
    conn: Connection,
    target: Any,
    where: Any,
    rewritten: Callable[[dict[str, Any]], dict[str, Any]],
    page: int = 500,
) -> None:
    """Each row of `target` (`entry_id`, `data` as JSON) that `where` selects, its object passed
    through `rewritten` and written back when that changed it; `page` rows read at a time by entry
    id, so a large store is never held in memory whole. A row that is no JSON object is left for
    the store to report when it loads it."""
    after = -1
    while True:
        query = select(target.c.entry_id, target.c.data).where(where, target.c.entry_id > after)
        rows = conn.execute(query.order_by(target.c.entry_id).limit(page)).all()
        if not rows:
            return
        for entry_id, data in rows:
            try:
                record = json.loads(data)
            except (ValueError, RecursionError):  # RecursionError: JSON nested too deep to read
                continue
            if not isinstance(record, dict):
                continue
            new = rewritten(record)
            if new != record:
                dumped = json.dumps(new, ensure_ascii=False, separators=(",", ":"))
                conn.execute(update(target).where(target.c.entry_id == entry_id).values(data=dumped))
        after = rows[-1][0]


def has_unique(conn: Connection, table: str, column: str) -> bool:
    constraints = inspect(conn).get_unique_constraints(table)
    return any(constraint["column_names"] == [column] for constraint in constraints)


def head() -> str:
    """The last revision, from the file names (`rNNNN_*.py`) without loading Alembic: a store
    already there opens without importing it (a third of a second of every start)."""
    return max(path.name[1:5] for path in (REVISIONS / "versions").glob("r[0-9][0-9][0-9][0-9]_*.py"))


def _config(conn: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(REVISIONS))
    config.attributes["connection"] = conn
    return config


def revision_of(conn: Connection) -> str | None:
    """The Alembic revision the database is at; None before any."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def version(revision: str | None) -> int:
    """A revision's number (revision ids are `0001`, `0002`…): 0 for none."""
    return int(revision) if revision else 0


def migrate(conn: Connection) -> int:
    """Bring the database to the last revision, inside the caller's transaction; return its number.

    Raises what the database raises (a revision that fails rolls the caller's transaction back)."""
    if revision_of(conn) == head():
        return version(head())
    if conn.dialect.name == "postgresql":
        # Workers started together on one database: one migrates, the others wait here until its
        # transaction commits (the lock is released with it), then find the store up to date.
        conn.execute(text("SELECT pg_advisory_xact_lock(:c, :o)"), {"c": _PG_LOCK_CLASS, "o": _PG_LOCK_ID})
        if revision_of(conn) == head():
            return version(head())
    from alembic import command

    tables = set(inspect(conn).get_table_names())
    config = _config(conn)
    if "alembic_version" not in tables:
        if "schema_version" in tables:
            legacy = conn.execute(select(func.max(_legacy.c.version))).scalar()
            if legacy:
                command.stamp(config, f"{int(legacy):04d}")
        elif not tables & set(schema.metadata.tables):  # a new store: today's schema at once
            schema.metadata.create_all(conn)
            create_index(conn)  # not a table of `metadata` (SQLite's FTS5 virtual table)
            command.stamp(config, "head")
    command.upgrade(config, "head")
    return version(revision_of(conn))
