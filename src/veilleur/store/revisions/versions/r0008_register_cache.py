"""The incident register's entry of each story, and the indexes of the story window.

Schema 8 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store import schema

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    schema.register_cache.create(op.get_bind(), checkfirst=True)
    for index in schema.WINDOW_INDEXES:
        index.create(op.get_bind(), checkfirst=True)
