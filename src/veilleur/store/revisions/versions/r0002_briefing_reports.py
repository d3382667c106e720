"""Briefings record how they were made and the guard's report; accepted model briefings are cached.

Schema 2 of the releases before Alembic: their stores are stamped with this revision.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect

from veilleur.store import schema
from veilleur.store.migrations import add_columns

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Revision 17 moved the briefings into `story_briefings`: a store made from today's schema by
    # revision 1 has no `briefings` table to add to.
    if inspect(op.get_bind()).has_table("briefings"):
        _add_report_columns()
    schema.llm_cache.create(op.get_bind(), checkfirst=True)


def _add_report_columns() -> None:
    add_columns(
        op.get_bind(),
        "briefings",
        {
            "status": "VARCHAR(20) NOT NULL DEFAULT 'extractive'",
            "report": "TEXT NOT NULL DEFAULT '{}'",
            "prompt_tokens": "INTEGER NOT NULL DEFAULT 0",
            "completion_tokens": "INTEGER NOT NULL DEFAULT 0",
        },
    )
