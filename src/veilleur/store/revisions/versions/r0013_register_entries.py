"""The incident register caches each story's escaped entry of the data file and its last day.

Schema 13 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store.migrations import add_columns

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Entries cached before have no escaped text: the next build makes them again.
    add_columns(op.get_bind(), "register_cache", {"last_reported": "VARCHAR(10)", "escaped": "TEXT"})
