"""Every identity check and pending query reads an index (built in place on an existing store).

Schema 6 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store import schema

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for index in schema.IDENTITY_INDEXES:
        index.create(op.get_bind(), checkfirst=True)
