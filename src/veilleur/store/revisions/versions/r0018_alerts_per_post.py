"""Alerts per post: a story's (`story_id`) or, under the one-post-per-article policy, one
article's own (`entry_id`), exactly one of the two, each once per channel.

The table was keyed by (story, channel), so that the articles of one story could not each have
their alert; its key becomes an `id` of its own (SQLite cannot change a primary key in place: the
table is made again, every row kept as a story's alert, its state, count and time unchanged).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    text,
)

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# The table as this revision makes it (frozen here: a later change of `schema` is a later revision).
_alerts = Table(
    "alerts",
    MetaData(),
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", Integer),
    Column("entry_id", Integer),
    Column("channel", String(64), nullable=False),
    Column("state", Text, nullable=False),
    Column("count", Integer, nullable=False, default=1),
    Column("sent_at", String(40), nullable=False),
    UniqueConstraint("story_id", "channel", name="uq_alerts_story_channel"),
    UniqueConstraint("entry_id", "channel", name="uq_alerts_entry_channel"),
    CheckConstraint("(story_id IS NULL) <> (entry_id IS NULL)", name="ck_alerts_subject"),
)
_KEPT = "story_id, channel, state, count, sent_at"


def _remake(conn: Connection) -> None:
    conn.execute(text("CREATE TABLE alerts_r17 AS SELECT * FROM alerts"))
    conn.execute(text("DROP TABLE alerts"))
    _alerts.create(conn)
    conn.execute(
        text(f"INSERT INTO alerts ({_KEPT}) SELECT {_KEPT} FROM alerts_r17 ORDER BY story_id, channel")
    )
    conn.execute(text("DROP TABLE alerts_r17"))


def upgrade() -> None:
    conn = op.get_bind()
    columns = {column["name"] for column in inspect(conn).get_columns("alerts")}
    if "entry_id" not in columns:  # a store whose alerts revision 10 made with today's schema has it
        _remake(conn)
