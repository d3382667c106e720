"""One story path: the briefings of the one-post-per-article policy move into the story tables.

`story_briefings` holds every briefing: a story's (`story_id`) or one article's of a story alone
(`entry_id`), exactly one of the two; its key becomes an `id` of its own (SQLite cannot change a
primary key in place: the table is made again, every row kept with its revision). The rows of the
entry-keyed `briefings` table move there (revision 1) and the table is dropped. An article's post
already written shows that briefing: its `revision` is set to 1, so that it is not written again
(a post shows an older briefing only when its revision is lower).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    text,
)

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# The table as this revision makes it (frozen here: a later change of `schema` is a later revision).
_metadata = MetaData()
Table("stories", _metadata, Column("id", Integer, primary_key=True))
Table("entries", _metadata, Column("id", Integer, primary_key=True))
_briefings = Table(
    "story_briefings",
    _metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", Integer, ForeignKey("stories.id"), unique=True),
    Column("entry_id", Integer, ForeignKey("entries.id"), unique=True),
    Column("backend", String(100), nullable=False),
    Column("data", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("report", Text, nullable=False),
    Column("prompt_tokens", Integer, nullable=False, default=0),
    Column("completion_tokens", Integer, nullable=False, default=0),
    Column("briefed_at", String(40), nullable=False),
    Column("revision", Integer, nullable=False, default=1),
    CheckConstraint("(story_id IS NULL) <> (entry_id IS NULL)", name="ck_story_briefings_subject"),
)
_KEPT = "backend, data, status, report, prompt_tokens, completion_tokens, briefed_at"


def _remake(conn: Connection) -> None:
    """`story_briefings` keyed by `id`, with `entry_id`: its rows copied aside, the table made
    again, the rows copied back (the feeds' index on `briefed_at` made again with it)."""
    conn.execute(text("CREATE TABLE story_briefings_r16 AS SELECT * FROM story_briefings"))
    conn.execute(text("DROP TABLE story_briefings"))  # its primary key and index go with it
    _briefings.create(conn)
    conn.execute(text("CREATE INDEX ix_story_briefings_briefed_at ON story_briefings (briefed_at)"))
    conn.execute(
        text(
            f"INSERT INTO story_briefings (story_id, {_KEPT}, revision) "
            f"SELECT story_id, {_KEPT}, revision FROM story_briefings_r16 ORDER BY story_id"
        )
    )
    conn.execute(text("DROP TABLE story_briefings_r16"))


def _move_article_briefings(conn: Connection) -> None:
    conn.execute(
        text(
            f"INSERT INTO story_briefings (entry_id, {_KEPT}, revision) "
            f"SELECT entry_id, {_KEPT}, 1 FROM briefings ORDER BY entry_id"
        )
    )
    conn.execute(
        text(
            "UPDATE posts SET revision = 1 WHERE story_id IS NULL AND revision < 1 AND state <> 'planned'"
            " AND entry_id IN (SELECT entry_id FROM briefings)"
        )
    )
    conn.execute(text("DROP TABLE briefings"))


def upgrade() -> None:
    conn = op.get_bind()
    columns = {column["name"] for column in inspect(conn).get_columns("story_briefings")}
    if "entry_id" not in columns:  # a store whose story tables revision 4 made with today's schema has it
        _remake(conn)
    if inspect(conn).has_table("briefings"):
        _move_article_briefings(conn)
