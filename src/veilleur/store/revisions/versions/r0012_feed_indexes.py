"""A feed reads its few last updated stories through indexes.

Schema 12 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store import schema

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for index in schema.FEED_INDEXES:
        index.create(op.get_bind(), checkfirst=True)
