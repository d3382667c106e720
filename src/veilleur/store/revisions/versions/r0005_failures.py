"""Each item's failure per stage, with its attempts.

Schema 5 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store import schema

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    schema.failures.create(op.get_bind(), checkfirst=True)
