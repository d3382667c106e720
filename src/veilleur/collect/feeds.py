"""RSS/Atom documents → entries, with feedparser; every oddity becomes an error or a default."""

from __future__ import annotations

import calendar
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

import feedparser

from veilleur.collect.urls import canonical_url
from veilleur.models import Entry, Source

# Before this nothing we could brief was published online; a date before it is a parsing accident.
OLDEST_PLAUSIBLE = datetime(1995, 1, 1, tzinfo=UTC)
# Feeds run a few hours ahead in some time zones; days ahead is a wrong date.
FUTURE_TOLERANCE = timedelta(days=2)

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html)", re.I | re.S)
_ALTERNATE_FEED = re.compile(r"""<link[^>]+type=["']application/(?:rss|atom)\+xml["'][^>]*>""", re.I)
_HREF = re.compile(r"""href=["']([^"']+)["']""", re.I)


class FeedError(Exception):
    """The document is not a feed we can read."""


@dataclass
class FeedResult:
    entries: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_old: int = 0


def _looks_like_html(body: bytes, content_type: str) -> bool:
    return "text/html" in content_type.lower() or bool(_HTML_START.match(body[:2048]))


def _advertised_feed(body: bytes, base_url: str) -> str | None:
    text = body[:200_000].decode("utf-8", "replace")
    for tag in _ALTERNATE_FEED.findall(text):
        match = _HREF.search(tag)
        if match:
            return urljoin(base_url, str(match.group(1)))
    return None


def _date(item: Any, now: datetime) -> tuple[datetime | None, str | None]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = dict.get(item, key)  # not item.get: it maps updated→published with a warning
        if parsed:
            try:
                value = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, TypeError):
                return None, "unreadable date ignored"
            if value < OLDEST_PLAUSIBLE or value > now + FUTURE_TOLERANCE:
                return None, f"absurd date {value:%Y-%m-%d} ignored"
            return value, None
    return None, None


def _content(item: Any) -> str:
    contents = item.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = item.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def parse_feed(
    body: bytes,
    content_type: str,
    source: Source,
    base_url: str,
    now: datetime | None = None,
    max_age_days: int = 3,
    max_entries: int = 30,
) -> FeedResult:
    """Parse a feed document. Raises FeedError when it is not a readable feed at all."""
    now = now or datetime.now(UTC)
    if not body.strip():
        raise FeedError("empty response instead of a feed")
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-type": content_type or "application/xml", "content-location": base_url},
    )
    items = parsed.get("entries") or []
    if not items:
        if _looks_like_html(body, content_type):
            hint = _advertised_feed(body, base_url)
            extra = f"; the page advertises a feed at {hint}" if hint else ""
            raise FeedError(f"an HTML page was served instead of a feed{extra}")
        if parsed.get("bozo"):
            raise FeedError(f"malformed feed: {parsed.get('bozo_exception')}")
        if not parsed.get("version"):
            raise FeedError("not a feed: no RSS or Atom root element")
        return FeedResult()

    result = FeedResult()
    if parsed.get("bozo"):
        result.warnings.append(f"feed is not well-formed, read leniently: {parsed.get('bozo_exception')}")
    seen: set[str] = set()
    oldest = now - timedelta(days=max_age_days)
    for item in items:
        link = item.get("link") or ""
        guid = item.get("id") or item.get("guid") or ""
        if not link and guid.startswith(("http://", "https://")):
            link = guid
        if not link:
            result.warnings.append(f"item without a link skipped: {item.get('title', '')[:80]!r}")
            continue
        link = urljoin(base_url, link.strip())
        key = canonical_url(link)
        if key in seen or (guid and guid in seen):
            result.warnings.append(f"duplicate item skipped: {link}")
            continue
        seen.update({key, guid} - {""})
        published, note = _date(item, now)
        if note:
            result.warnings.append(f"{note}: {link}")
        if published is not None and published < oldest:
            result.skipped_old += 1
            continue
        result.entries.append(
            Entry(
                url=link,
                canonical_url=key,
                source=source.name,
                title=" ".join((item.get("title") or "").split("\n")).strip(),
                guid=guid,
                published=published,
                feed_content=_content(item),
            )
        )
        if len(result.entries) >= max_entries:
            break
    if parsed.get("bozo") and not result.entries and not result.skipped_old:
        raise FeedError(f"malformed feed, no readable item: {parsed.get('bozo_exception')}")
    return result
