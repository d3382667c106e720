"""A feed item whose link is thousands of characters long (a tracking URL, a hostile feed) is an
entry on both back-ends: PostgreSQL's btree index of canonical URLs took at most 2,704 bytes a row
and lost it (its failure recorded, the feed's other items collected); the URL is now indexed by a
hash there (revision 0021), kept whole, and unique all the same: a second run adds nothing.
A real feed served on loopback, a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

import random
import string
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from webserver import WebServer, feed_settings, serve_feed

from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
_RANDOM = random.Random(3)
LONG = "/a?t=" + "".join(_RANDOM.choice(string.ascii_letters) for _ in range(8_000))


def _run(tmp_path: Path, web: WebServer, store_url: str) -> tuple[list[str], list[str]]:
    items = "".join(
        f"<item><title>Item {path[:3]}</title><link>{web.url(path)}</link>"
        f"<pubDate>{format_datetime(NOW)}</pubDate></item>"
        for path in (LONG, "/b")
    )
    serve_feed(web, items)
    settings = feed_settings(tmp_path, web, store_url)
    store = Store(store_url)
    try:
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store, now=lambda: NOW)
        pipeline.collect()
        pipeline.collect()  # a second run counts the same failure again, under the same key
        urls = [stored.entry.url for stored in (store.entries.get(n) for n in range(1, 5)) if stored]
        failures = [f"{failure.item[:4]} {failure.attempts}" for failure in store.failures.all()]
        return [url.removeprefix(web.url("")) for url in urls], failures
    finally:
        store.close()


def test_a_link_of_thousands_of_characters_on_sqlite(tmp_path: Path, web: WebServer) -> None:
    urls, failures = _run(tmp_path, web, f"sqlite:///{tmp_path / 'store.db'}")
    assert sorted(urls) == sorted([LONG, "/b"]) and failures == []


def test_a_link_of_thousands_of_characters_on_postgresql(
    tmp_path: Path, web: WebServer, request: pytest.FixtureRequest
) -> None:
    pytest.importorskip("psycopg")
    # A database named for this run and dropped after it: a fixed name made two runs at once (two
    # checkouts on one server) drop and fill each other's.
    from test_console import _own_postgres_database

    urls, failures = _run(tmp_path, web, _own_postgres_database(request))
    assert sorted(urls) == sorted([LONG, "/b"]) and failures == []
