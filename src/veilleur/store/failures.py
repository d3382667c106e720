"""Failures of single items, per stage: recorded, counted across runs, given up (the runner's
choice, after `[limits] max_attempts`) and put back by `veilleur retry`: `store.failures`; every
write is one transaction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.engine import RowMapping

from veilleur.redact import redact
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.rows import now_iso

# The item column holds 200 characters (schema.failures.item): a key made of a URL may be longer
# (a feed item's link of thousands of characters, which PostgreSQL cannot index as an entry), and
# PostgreSQL then refused to record the failure ('value too long for type character varying(200)')
# inside the stage's handler, which failed the whole stage.
ITEM_CHARS = 200


def item_key(kind: str, value: str) -> str:
    """The failure key of `value` ("url:https://…"): as written when it fits the item column, else
    its start and a digest of the whole (the same value gives the same key on every run)."""
    key = f"{kind}:{value}"
    if len(key) <= ITEM_CHARS:
        return key
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"{key[: ITEM_CHARS - len(digest) - 1]}…{digest}"


@dataclass(frozen=True)
class Failure:
    """One item's failure: `state` is "pending" (tried again next run) or "failed" (given up
    after `attempts` runs, skipped until retried)."""

    id: int
    stage: str
    item: str
    source: str | None
    label: str
    reason: str
    detail: str
    attempts: int
    state: str
    first_at: str
    last_at: str


class FailureRepository(Repository):
    """Failure records, one per (stage, item): `Failure`."""

    def record(
        self,
        stage: str,
        item: str,
        reason: str,
        source: str | None = None,
        label: str = "",
        detail: str = "{}",
    ) -> Failure:
        """Count one more failed attempt of `item` at `stage`; returns the updated record. Whether
        the item is given up is the caller's choice (`give_up`)."""
        f = schema.failures
        stamp = now_iso()
        with self.db.tx() as conn:
            row = conn.execute(select(f).where(f.c.stage == stage, f.c.item == item)).mappings().first()
            values = {
                "reason": redact(reason)[:2000],
                "detail": detail,
                "attempts": (int(row["attempts"]) if row else 0) + 1,
                "last_at": stamp,
                "label": redact(label)[:2000],
                "source": source,
            }
            if row is None:
                conn.execute(
                    f.insert().values(stage=stage, item=item, first_at=stamp, state="pending", **values)
                )
            else:
                conn.execute(update(f).where(f.c.id == row["id"]).values(**values))
            found = conn.execute(select(f).where(f.c.stage == stage, f.c.item == item)).mappings().one()
        return _failure(found)

    def give_up(self, failure_id: int) -> Failure:
        """Mark the failure given up ("failed"): its item is skipped until `veilleur retry`."""
        f = schema.failures
        with self.db.tx() as conn:
            conn.execute(update(f).where(f.c.id == failure_id).values(state="failed"))
            found = conn.execute(select(f).where(f.c.id == failure_id)).mappings().one()
        return _failure(found)

    def clear(self, stage: str, items: list[str]) -> None:
        """The items went through `stage`: their failure records go."""
        if not items:
            return
        f = schema.failures
        with self.db.tx() as conn:
            conn.execute(f.delete().where(f.c.stage == stage, f.c.item.in_(items)))

    def states(self, stage: str) -> dict[str, str]:
        """Each item with a failure record at `stage` and the record's state (pending | failed):
        one query for what a stage skips and what it clears."""
        f = schema.failures
        with self.db.reader.connect() as conn:
            return {
                row.item: row.state
                for row in conn.execute(select(f.c.item, f.c.state).where(f.c.stage == stage))
            }

    def items(self, stage: str, state: str | None = None) -> set[str]:
        """Items with a failure record at `stage` (only those in `state`, if given)."""
        f = schema.failures
        query = select(f.c.item).where(f.c.stage == stage)
        if state:
            query = query.where(f.c.state == state)
        with self.db.reader.connect() as conn:
            return {row.item for row in conn.execute(query)}

    def all(self, state: str | None = None, source: str | None = None) -> list[Failure]:
        f = schema.failures
        query = select(f).order_by(f.c.id)
        if state:
            query = query.where(f.c.state == state)
        if source:
            query = query.where(f.c.source == source)
        with self.db.reader.connect() as conn:
            return [_failure(row) for row in conn.execute(query).mappings()]

    def get(self, stage: str, item: str) -> Failure | None:
        f = schema.failures
        with self.db.reader.connect() as conn:
            row = conn.execute(select(f).where(f.c.stage == stage, f.c.item == item)).mappings().first()
        return _failure(row) if row else None

    def retry(self, ids: list[int] | None = None) -> list[Failure]:
        """Forget the failures `ids` (all when None): their items are pending again, with a fresh
        count of attempts. Returns what was forgotten."""
        f = schema.failures
        chosen = [item for item in self.all() if ids is None or item.id in ids]
        if chosen:
            with self.db.tx() as conn:
                conn.execute(f.delete().where(f.c.id.in_([item.id for item in chosen])))
        return chosen


def _failure(row: RowMapping) -> Failure:
    return Failure(
        id=int(row["id"]),
        stage=row["stage"],
        item=row["item"],
        source=row["source"],
        label=row["label"] or "",
        reason=row["reason"],
        detail=row["detail"] or "{}",
        attempts=int(row["attempts"]),
        state=row["state"],
        first_at=row["first_at"],
        last_at=row["last_at"],
    )
