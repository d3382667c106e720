"""Alerts sent, per story and channel.

Schema 10 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store import schema

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    schema.alerts.create(op.get_bind(), checkfirst=True)
