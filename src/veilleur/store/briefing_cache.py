"""Accepted model briefings by (article content hash, model, prompt version): briefing the same
text again with the same model and prompt makes no call: `store.briefing_cache`; every write is
one transaction."""

from __future__ import annotations

from sqlalchemy import select

from veilleur.models import Briefing, GuardReport
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.rows import now_iso


class BriefingCacheRepository(Repository):
    """Model briefings by key (`brief.writer.cache_key`): read before the brief stage's writer
    is called, written with the `CacheEntry` its outcome returns."""

    def get(self, key: str) -> tuple[Briefing | None, GuardReport] | None:
        """The briefing (None: the model's draft was refused) and the guard's report cached under
        `key`, or None when nothing is."""
        c = schema.llm_cache
        with self.db.reader.connect() as conn:
            row = conn.execute(select(c).where(c.c.key == key)).mappings().first()
        if row is None:
            return None
        briefing = Briefing.model_validate_json(row["briefing"]) if row["briefing"] != "null" else None
        return briefing, GuardReport.model_validate_json(row["report"])

    def save(self, key: str, briefing: Briefing | None, report: GuardReport) -> None:
        c = schema.llm_cache
        with self.db.tx() as conn:
            conn.execute(c.delete().where(c.c.key == key))
            conn.execute(
                c.insert().values(
                    key=key,
                    briefing=briefing.model_dump_json() if briefing else "null",
                    report=report.model_dump_json(),
                    created_at=now_iso(),
                )
            )
