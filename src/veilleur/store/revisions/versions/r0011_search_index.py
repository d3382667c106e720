"""The console's full-text index (SQLite FTS5; PostgreSQL searches the tables themselves).

Schema 11 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store.search import create_index

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_index(op.get_bind())
