"""Facts stored twice are stored once: a story's first and last days are its articles' days
(`stories.first_day`, `last_day` and their index dropped); the articles a story's briefing covers
and its post lists are the members' `covered` and `listed` flags (`story_briefings.covers` and
`posts.members`, the JSON lists they mirrored, dropped); a post's slug is its path's (`posts.slug`
dropped).

Where a list and its flags disagreed, the list said what the file shows: a split left the
remaining articles of a story unlisted while its post still listed them, to have the post written
again. They are marked listed, and the post's briefing revision set to 0 so that it is still
written again (what a split does now).
"""

from __future__ import annotations

import json

from alembic import op
from sqlalchemy import Boolean, Connection, Integer, Text, column, inspect, select, table, text, update

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

DROPPED = {
    "stories": ("first_day", "last_day"),
    "story_briefings": ("covers",),
    "posts": ("members", "slug"),
}

_posts = table("posts", column("id", Integer), column("story_id", Integer), column("members", Text))
_members = table(
    "story_members", column("entry_id", Integer), column("story_id", Integer), column("listed", Boolean)
)


def _reconcile_listed(conn: Connection) -> None:
    """Mark listed the articles a story's post lists; such a post is written again."""
    posts = conn.execute(
        select(_posts.c.id, _posts.c.story_id, _posts.c.members).where(_posts.c.story_id.is_not(None))
    ).all()
    for post_id, story_id, members in posts:
        try:
            listed = [int(entry) for entry in json.loads(members or "[]")]
        except (TypeError, ValueError, RecursionError):
            continue  # an unreadable list says nothing: the flags stand
        flipped = conn.execute(
            update(_members)
            .where(
                _members.c.story_id == story_id,
                _members.c.entry_id.in_(listed),
                _members.c.listed.is_(False),
            )
            .values(listed=True)
        ).rowcount
        if flipped:
            conn.execute(text("UPDATE posts SET revision = 0 WHERE id = :id"), {"id": post_id})


def upgrade() -> None:
    conn = op.get_bind()
    present = {name: {c["name"] for c in inspect(conn).get_columns(name)} for name in DROPPED}
    if "members" in present["posts"]:
        _reconcile_listed(conn)
    conn.execute(text("DROP INDEX IF EXISTS ix_stories_last_day"))
    for name, columns in DROPPED.items():
        for dropped in columns:
            if dropped in present[name]:
                conn.execute(text(f"ALTER TABLE {name} DROP COLUMN {dropped}"))
