"""Row ↔ record conversions shared by the store's query modules."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.engine import RowMapping

from veilleur import clock
from veilleur.models import Article, Entry, Intel, PostState, StoredEntry, StoryMember, StoryPost
from veilleur.models.signals import SIGNALS
from veilleur.store.prepared import FLAGGED, MARK

log = logging.getLogger(__name__)


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
        byline=row.get("byline") or "",
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
        state=PostState(row["state"]),
        members=members,
        updates=json.loads(row["updates"] or "[]"),
        revision=int(row["revision"] or 0),
    )


def light_article_of(row: RowMapping) -> Article:
    """The article columns a story query reads (`a_url`, `a_title`, `a_text`) as a record."""
    return Article(
        url=row["a_url"],
        canonical_url=row["a_url"],
        title=row["a_title"],
        text=row["a_text"],
        usable=True,
    )


def member_of(row: Any) -> StoryMember:
    """A `story_members` row (a mapping) as a record."""
    return StoryMember(
        entry_id=int(row["entry_id"]),
        story_id=int(row["story_id"]),
        day=date.fromisoformat(row["day"]),
        joined_with=row["joined_with"],
        score=float(row["score"] or 0.0),
        signals=SIGNALS.validate_json(row["signals"] or "[]"),
        near_duplicate_of=row["near_duplicate_of"],
        method=row["method"],
    )


def mark(conn: Any, flag: str, entry_ids: list[int]) -> None:
    """Set `flag` (covered | listed) on these story members."""
    conn.execute(MARK[flag], {"b_entries": entry_ids})


def flagged(conn: Any, flag: str, story_id: int) -> list[int]:
    """The story's articles with `flag` (covered: its briefing was written from them; listed: its
    post's file lists them), in entry order: what the briefing covers, what the post lists."""
    # Read by the story index, the flag tested here (its own index would read every such article).
    return [int(row.entry_id) for row in conn.execute(FLAGGED[flag], {"b_story": story_id}) if row[1]]


def intel_of(data: str | None, entry_id: object) -> Intel | None:
    """The stored Intel record of a listing's row; None when there is none, or when it cannot be
    read (a damaged row, a category or sector of another release): that one is logged with its
    entry, and the listing goes on. One record never stops what lists many (the register, the
    feeds, the exports, a story's briefing)."""
    if not data:
        return None
    try:
        return Intel.model_validate_json(data)
    except ValueError as exc:  # pydantic's ValidationError included
        first = str(exc).splitlines()[:3]
        log.warning("stored intel of entry %s is unreadable, left out: %s", entry_id, " ".join(first))
        return None
