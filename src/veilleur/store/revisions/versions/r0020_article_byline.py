"""Articles keep the page's author line (`byline`): an outlet signs its partners' and sponsors'
pieces there ("Sponsored", its own name), and promotional detection reads it. Articles stored
before have none ("")."""

from __future__ import annotations

from alembic import op

from veilleur.store.migrations import add_columns

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_columns(op.get_bind(), "articles", {"byline": "TEXT NOT NULL DEFAULT ''"})
