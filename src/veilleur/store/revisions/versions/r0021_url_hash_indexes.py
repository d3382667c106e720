"""URLs of any length on PostgreSQL: its btree indexes take at most 2,704 bytes a row, so an entry
whose canonical URL was longer (a tracking link, a hostile feed) could not be stored there while
SQLite kept it. The unique canonical URLs of entries and posts become exclusion constraints over
hash indexes, the lookups of entries by URL and of articles by canonical URL hash indexes: a hash
index stores a hash of the value and compares whole values, so uniqueness stays exact. SQLite's
btrees take any length: nothing changes there. Run again on a store already made so, it changes nothing."""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect, text

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

_UNIQUE = {"entries": "canonical_url", "posts": "canonical_url"}
_INDEXES = {"ix_entries_url": ("entries", "url"), "ix_articles_canonical_url": ("articles", "canonical_url")}


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    inspector = inspect(conn)
    for table, column in _UNIQUE.items():
        for constraint in inspector.get_unique_constraints(table):
            if constraint["column_names"] == [column]:
                conn.execute(text(f'ALTER TABLE {table} DROP CONSTRAINT "{constraint["name"]}"'))
        name = f"ex_{table}_{column}"
        if conn.execute(text("SELECT 1 FROM pg_constraint WHERE conname = :n"), {"n": name}).first() is None:
            conn.execute(
                text(f"ALTER TABLE {table} ADD CONSTRAINT {name} EXCLUDE USING hash ({column} WITH =)")
            )
    for name, (table, column) in _INDEXES.items():
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
        conn.execute(text(f"CREATE INDEX {name} ON {table} USING hash ({column})"))
