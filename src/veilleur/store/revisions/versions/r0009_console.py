"""The analyst console: accounts, API tokens, story reviews, the console's keys.

Schema 9 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op

from veilleur.store import schema

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in (schema.users, schema.api_tokens, schema.story_reviews, schema.console_keys):
        table.create(op.get_bind(), checkfirst=True)
