"""Accepted model briefings by (article content hash, model, prompt version): briefing the same
text again with the same model and prompt makes no call. Mixed into `Store`; every write is one
transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from veilleur.models import Briefing, GuardReport
from veilleur.store import schema
from veilleur.store.rows import now_iso


class BriefingCacheQueries:
    engine: Engine
    reader: Engine  # reads: no transaction on PostgreSQL (Store.reader)

    def _tx(self) -> Any:
        return self.engine.begin()

    def cached_briefing(self, key: str) -> tuple[Briefing | None, GuardReport] | None:
        """The briefing (None: the model's draft was refused) and the guard's report cached under
        `key`, or None when nothing is."""
        c = schema.llm_cache
        with self.reader.connect() as conn:
            row = conn.execute(select(c).where(c.c.key == key)).mappings().first()
        if row is None:
            return None
        briefing = Briefing.model_validate_json(row["briefing"]) if row["briefing"] != "null" else None
        return briefing, GuardReport.model_validate_json(row["report"])

    def cache_briefing(self, key: str, briefing: Briefing | None, report: GuardReport) -> None:
        c = schema.llm_cache
        with self._tx() as conn:
            conn.execute(c.delete().where(c.c.key == key))
            conn.execute(
                c.insert().values(
                    key=key,
                    briefing=briefing.model_dump_json() if briefing else "null",
                    report=report.model_dump_json(),
                    created_at=now_iso(),
                )
            )
