"""Sources → entries (feeds, watched pages, local files) and entries → documents."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from veilleur import clock
from veilleur.config import LimitsConfig
from veilleur.models import Document, Entry, Source, SourceHealth, SourceKind

if TYPE_CHECKING:
    from veilleur.collect.http import Fetcher

# The readers of each kind (feedparser, lxml, the HTTP client: 0.1 to 0.2 s of imports) are
# imported where that kind is read: a run over local files, or `veilleur post FILE`, needs none
# of the web's.

__all__ = ["CollectError", "Collected", "collect_source", "fetch_document"]


class CollectError(Exception):
    """A source could not be read this time (recorded in its health, retried next run)."""


@dataclass
class Collected:
    entries: list[Entry] = field(default_factory=list)
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    warnings: list[str] = field(default_factory=list)
    skipped_old: int = 0  # feed items older than the age limit
    skipped_duplicate: int = 0  # feed items repeating another item of the same feed
    undated: int = 0  # feed items without a date we could trust


_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)


def serves_a_feed(body: bytes) -> bool:
    """Whether a body of unknown kind is a feed: an RSS, Atom or RDF root element near its start
    (an HTML page that links to its feed has an <html> root first)."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if re.match(rb"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+)?html", head, re.I | re.S):
        return False
    return _FEED_ROOT.search(head) is not None


def collect_source(
    source: Source,
    fetcher: Fetcher | None,
    health: SourceHealth,
    limits: LimitsConfig,
    now: datetime | None = None,
    known_files: Collection[str] = (),
) -> Collected:
    """Read one source. Raises CollectError with a message that says what went wrong.
    `fetcher`: the HTTP client, None for a files source (ValueError for a web one).
    `known_files`: real paths a files source listed in earlier runs (not read again)."""
    now = now or clock.now()
    if source.kind is SourceKind.FILES:
        from veilleur.collect.files import list_files

        try:
            warnings: list[str] = []
            return Collected(entries=list_files(source, warnings, known_files), warnings=warnings)
        except OSError as exc:
            raise CollectError(str(exc)) from exc
    from veilleur.collect.charset import decode, looks_binary
    from veilleur.collect.feeds import FeedError, parse_feed
    from veilleur.collect.http import FetchError
    from veilleur.collect.pages import NO_ARTICLE_LINK, discover_links

    if fetcher is None:
        raise ValueError(f"{source.kind} source {source.name!r} read without an HTTP client")
    try:
        response = fetcher.get(source.url, etag=health.etag, last_modified=health.last_modified)
    except FetchError as exc:
        raise CollectError(str(exc)) from exc
    etag = response.headers.get("etag")
    last_modified = response.headers.get("last-modified")
    if response.not_modified:
        return Collected(
            not_modified=True, etag=etag or health.etag, last_modified=last_modified or health.last_modified
        )
    if source.kind is SourceKind.FEED or (source.kind is SourceKind.AUTO and serves_a_feed(response.content)):
        try:
            parsed = parse_feed(
                response.content,
                response.content_type,
                source,
                response.final_url,
                now=now,
                max_age_days=limits.max_age_days,
                max_entries=limits.max_entries_per_source,
            )
        except FeedError as exc:
            raise CollectError(f"{exc} ({source.url})") from exc
        return Collected(
            parsed.entries,
            False,
            etag,
            last_modified,
            list(parsed.warnings),
            parsed.skipped_old,
            parsed.skipped_duplicate,
            parsed.undated,
        )
    if looks_binary(response.content, response.content_type):
        raise CollectError(f"watched page is not HTML ({response.content_type}) ({source.url})")
    html, _encoding = decode(response.content, response.content_type)
    entries = discover_links(html, response.final_url, source, limits.max_entries_per_source)
    # "ok, 0 new items" on a page whose links we cannot read as articles would look healthy forever.
    warnings = [] if entries else [NO_ARTICLE_LINK]
    return Collected(entries, False, etag, last_modified, warnings)


def fetch_document(entry: Entry, fetcher: Fetcher | None) -> Document:
    """The entry's page, or its local file. Raises FetchError (or OSError for files); `fetcher`
    may be None for a local file (ValueError for a page)."""
    if entry.local_path:
        from veilleur.collect.files import read_capture

        return read_capture(Path(entry.local_path))
    if fetcher is None:
        raise ValueError(f"{entry.url} fetched without an HTTP client")
    from veilleur.collect.charset import decode, looks_binary

    response = fetcher.get(entry.url)
    content_type = response.content_type or "text/html"
    if looks_binary(response.content, content_type):
        return Document(
            url=response.url,  # without userinfo
            final_url=response.final_url,
            status=response.status,
            content_type=content_type,
            text="",
        )
    text, encoding = decode(response.content, content_type)
    return Document(
        url=response.url,  # without userinfo
        final_url=response.final_url,
        status=response.status,
        content_type=content_type,
        text=text,
        encoding=encoding,
    )
