"""What clustering compares, computed once per article.

Schema 7 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store import schema

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    schema.cluster_features.create(op.get_bind(), checkfirst=True)
