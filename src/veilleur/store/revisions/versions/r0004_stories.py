"""Stories: the story tables, and the columns of a story's post.

Schema 4 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect, text

from veilleur.store import schema
from veilleur.store.migrations import add_columns, has_unique

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    add_columns(
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
    if "ix_posts_story_id" not in present and not has_unique(conn, "posts", "story_id"):
        conn.execute(text("CREATE UNIQUE INDEX ix_posts_story_id ON posts (story_id)"))
    for table in (schema.stories, schema.story_members, schema.story_decisions, schema.story_briefings):
        table.create(conn, checkfirst=True)
