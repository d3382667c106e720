"""Schema migrations, applied in order when the store is opened.

Each migration is a function of a connection; its number is its position in `MIGRATIONS` plus
one. Add new ones at the end, never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, func, inspect, select, text

from veilleur.store import schema


def _initial(conn: Connection) -> None:
    schema.metadata.create_all(conn)


def _add_columns(conn: Connection, table: str, columns: dict[str, str]) -> None:
    """Add the columns a table lacks (a new database already has them from `create_all`)."""
    present = {column["name"] for column in inspect(conn).get_columns(table)}
    for name, ddl in columns.items():
        if name not in present:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {ddl}"))


def _briefing_reports(conn: Connection) -> None:
    _add_columns(
        conn,
        "briefings",
        {
            "status": "VARCHAR(20) NOT NULL DEFAULT 'extractive'",
            "report": "TEXT NOT NULL DEFAULT '{}'",
            "prompt_tokens": "INTEGER NOT NULL DEFAULT 0",
            "completion_tokens": "INTEGER NOT NULL DEFAULT 0",
        },
    )
    schema.llm_cache.create(conn, checkfirst=True)


def _source_min_relevance(conn: Connection) -> None:
    _add_columns(conn, "sources", {"min_relevance": "FLOAT"})


def _stories(conn: Connection) -> None:
    _add_columns(
        conn,
        "posts",
        {
            "story_id": "INTEGER",
            "members": "TEXT NOT NULL DEFAULT '[]'",
            "updates": "TEXT NOT NULL DEFAULT '[]'",
            "updated_at": "VARCHAR(40)",
            "revision": "INTEGER NOT NULL DEFAULT 0",
        },
    )
    # ALTER TABLE cannot add a UNIQUE column in SQLite: the constraint is a unique index instead.
    present = {index["name"] for index in inspect(conn).get_indexes("posts")}
    if "ix_posts_story_id" not in present and not _has_unique(conn, "posts", "story_id"):
        conn.execute(text("CREATE UNIQUE INDEX ix_posts_story_id ON posts (story_id)"))
    for table in (schema.stories, schema.story_members, schema.story_decisions, schema.story_briefings):
        table.create(conn, checkfirst=True)


def _has_unique(conn: Connection, table: str, column: str) -> bool:
    constraints = inspect(conn).get_unique_constraints(table)
    return any(constraint["column_names"] == [column] for constraint in constraints)


def _failures(conn: Connection) -> None:
    schema.failures.create(conn, checkfirst=True)


def _identity_indexes(conn: Connection) -> None:
    # Built in place on an existing store (a new one has them from `create_all`).
    for index in schema.IDENTITY_INDEXES:
        index.create(conn, checkfirst=True)


def _cluster_features(conn: Connection) -> None:
    schema.cluster_features.create(conn, checkfirst=True)


def _register_cache(conn: Connection) -> None:
    schema.register_cache.create(conn, checkfirst=True)
    for index in schema.WINDOW_INDEXES:
        index.create(conn, checkfirst=True)


def _console(conn: Connection) -> None:
    for table in (schema.users, schema.api_tokens, schema.story_reviews, schema.console_keys):
        table.create(conn, checkfirst=True)


def _alerts(conn: Connection) -> None:
    schema.alerts.create(conn, checkfirst=True)


def _search_index(conn: Connection) -> None:
    from veilleur.store.search import create_index

    create_index(conn)  # SQLite's FTS5 table; PostgreSQL searches the tables themselves


def _feed_indexes(conn: Connection) -> None:
    for index in schema.FEED_INDEXES:
        index.create(conn, checkfirst=True)


def _register_entries(conn: Connection) -> None:
    # Entries cached before have no escaped text: the next build makes them again.
    _add_columns(conn, "register_cache", {"last_reported": "VARCHAR(10)", "escaped": "TEXT"})


MIGRATIONS: list[Callable[[Connection], None]] = [
    _initial,
    _briefing_reports,
    _source_min_relevance,
    _stories,
    _failures,
    _identity_indexes,
    _cluster_features,
    _register_cache,
    _console,
    _alerts,
    _search_index,
    _feed_indexes,
    _register_entries,
]


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
