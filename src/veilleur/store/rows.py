"""Row ↔ record conversions shared by the store's query modules."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy.engine import RowMapping

from veilleur import clock
from veilleur.models import Article, Entry, StoredEntry, StoryPost


def now_iso() -> str:
    return clock.now().isoformat(timespec="seconds")


def parse_dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def to_iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")


def stored_entry_of(row: RowMapping) -> StoredEntry:
    entry = Entry(
        url=row["url"],
        canonical_url=row["canonical_url"],
        source=row["source"],
        title=row["title"],
        guid=row["guid"],
        published=parse_dt(row["published"]),
        feed_content=row["feed_content"],
        local_path=row["local_path"],
    )
    collected = parse_dt(row["collected_at"])
    assert collected is not None
    return StoredEntry(
        id=int(row["id"]),
        entry=entry,
        post_date=date.fromisoformat(row["post_date"]),
        collected_at=collected,
        fetch_state=row["fetch_state"],
        fetch_attempts=row["fetch_attempts"],
        fetch_error=row["fetch_error"],
    )


def article_of(row: RowMapping) -> Article:
    return Article(
        url=row["canonical_url"],
        canonical_url=row["canonical_url"],
        title=row["title"],
        text=row["text"],
        lang=row["lang"],
        published=parse_dt(row["published"]),
        usable=bool(row["usable"]),
        reason=row["reason"],
        method=row["method"],
    )


def story_post_of(row: RowMapping, members: list[int]) -> StoryPost:
    """A post's row as a record; `members`: the story's articles its file lists (`listed`; an
    article's own post lists that article)."""
    return StoryPost(
        id=int(row["id"]),
        story_id=int(row["story_id"]) if row["story_id"] is not None else None,
        entry_id=int(row["entry_id"]),
        path=row["path"],
        post_date=date.fromisoformat(row["post_date"]),
        title=row["title"],
        tag=row["tag"],
        state=row["state"],
        members=members,
        updates=json.loads(row["updates"] or "[]"),
        revision=int(row["revision"] or 0),
    )
