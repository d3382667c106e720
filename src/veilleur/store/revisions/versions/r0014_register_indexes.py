"""A register build checks the stories touched since the last one, through indexes (members
joined, articles enriched, copies of an article), and reads its entries in the file's order.
"""

from __future__ import annotations

from alembic import op

from veilleur.store import schema

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for index in schema.REGISTER_INDEXES:
        index.create(op.get_bind(), checkfirst=True)
