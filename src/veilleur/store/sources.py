"""Sources in the store: their settings and where they come from (catalogue, configuration, user),
and their health (last attempt, success, error, conditional-GET validators): `store.sources`."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import RowMapping

from veilleur.models import (
    Source,
    SourceHealth,
    SourceKind,
)
from veilleur.redact import redact
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.rows import now_iso, parse_dt


class SourceRepository(Repository):
    """The sources, by name: `Source` records and their `SourceHealth`."""

    def save(self, source: Source, origin: str = "user") -> None:
        """Add a source or update its definition; its health and enabled flag are kept."""
        values = {
            "kind": source.kind.value,
            "url": source.url,
            "tag": source.tag,
            "title": source.title,
            "lang": source.lang,
            "include": json.dumps(source.include),
            "exclude": json.dumps(source.exclude),
            "min_relevance": source.min_relevance,
            "origin": origin,
        }
        t = schema.sources
        with self.db.tx() as conn:
            exists = conn.execute(select(t.c.name).where(t.c.name == source.name)).first()
            if exists:
                conn.execute(update(t).where(t.c.name == source.name).values(**values))
            else:
                conn.execute(t.insert().values(name=source.name, enabled=source.enabled, **values))

    def remove(self, name: str) -> bool:
        t = schema.sources
        with self.db.tx() as conn:
            return bool(conn.execute(t.delete().where(t.c.name == name)).rowcount)

    def set_enabled(self, name: str, enabled: bool) -> bool:
        t = schema.sources
        with self.db.tx() as conn:
            return bool(conn.execute(update(t).where(t.c.name == name).values(enabled=enabled)).rowcount)

    def all(self, enabled_only: bool = False) -> list[Source]:
        t = schema.sources
        query = select(t).order_by(t.c.name)
        if enabled_only:
            query = query.where(t.c.enabled.is_(True))
        with self.db.reader.connect() as conn:
            return [_source(row) for row in conn.execute(query).mappings()]

    def names(self, origin: str) -> list[str]:
        """Names of the sources that came from `origin` (catalogue | config | user | demo)."""
        t = schema.sources
        with self.db.reader.connect() as conn:
            return list(conn.execute(select(t.c.name).where(t.c.origin == origin)).scalars())

    def get(self, name: str) -> Source | None:
        t = schema.sources
        with self.db.reader.connect() as conn:
            row = conn.execute(select(t).where(t.c.name == name)).mappings().first()
        return _source(row) if row else None

    def named(self, names: Collection[str]) -> dict[str, Source]:
        """Name → source, for those of `names` that exist, read in one query."""
        t = schema.sources
        with self.db.reader.connect() as conn:
            rows = conn.execute(select(t).where(t.c.name.in_(sorted(names)))).mappings().all()
        return {row["name"]: _source(row) for row in rows}

    def health(self, name: str) -> SourceHealth:
        t = schema.sources
        with self.db.reader.connect() as conn:
            row = conn.execute(select(t).where(t.c.name == name)).mappings().first()
        if row is None:
            return SourceHealth(name=name)
        return SourceHealth(
            name=name,
            last_attempt=parse_dt(row["last_attempt"]),
            last_success=parse_dt(row["last_success"]),
            last_error=row["last_error"],
            consecutive_failures=row["consecutive_failures"],
            etag=row["etag"],
            last_modified=row["last_modified"],
        )

    def record_success(self, name: str, etag: str | None = None, last_modified: str | None = None) -> None:
        t = schema.sources
        stamp = now_iso()
        values: dict[str, Any] = {
            "last_attempt": stamp,
            "last_success": stamp,
            "last_error": None,
            "consecutive_failures": 0,
        }
        if etag is not None or last_modified is not None:
            values.update(etag=etag, last_modified=last_modified)
        with self.db.one_statement() as conn:
            conn.execute(update(t).where(t.c.name == name).values(**values))

    def record_failure(self, name: str, error: str) -> None:
        t = schema.sources
        with self.db.one_statement() as conn:
            conn.execute(
                update(t)
                .where(t.c.name == name)
                .values(
                    last_attempt=now_iso(),
                    last_error=redact(error)[:2000],
                    consecutive_failures=t.c.consecutive_failures + 1,
                )
            )


def _source(row: RowMapping) -> Source:
    return Source(
        name=row["name"],
        kind=SourceKind(row["kind"]),
        url=row["url"],
        tag=row["tag"],
        title=row["title"],
        lang=row["lang"],
        enabled=bool(row["enabled"]),
        include=json.loads(row["include"]),
        exclude=json.loads(row["exclude"]),
        min_relevance=row["min_relevance"],
    )
