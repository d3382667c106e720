"""A source may set its own relevance threshold.

Schema 3 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store.migrations import add_columns

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_columns(op.get_bind(), "sources", {"min_relevance": "FLOAT"})
