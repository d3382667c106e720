"""The first schema: every table at once (a store of any release is past it).

Schema 1 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store import schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    schema.metadata.create_all(op.get_bind())
