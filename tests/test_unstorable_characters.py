"""Characters no store can keep, written by a feed or a page: a numeric reference to a surrogate,
to NUL or beyond U+10FFFF (`&#xD800;`, `&#0;`, `&#1114112;`), a page declared UTF-7 whose "+2AA-"
decodes to a lone surrogate. One such character lost a whole feed (feedparser raised on it) or a
whole page (SQLite and PostgreSQL refused the record: "surrogates not allowed"). Now each becomes
U+FFFD (NUL is dropped), and the feed's items and the pages are collected, fetched and extracted,
on a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from webserver import Reply, WebServer, feed_settings, serve_feed

from veilleur.collect.http import Fetcher
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
BODY = "<p>" + "Fictional Acme Corp said attackers stole customer records from its servers. " * 20 + "</p>"
# Item path → its title in the feed (each with a reference to no character), the page's bytes.
ITEMS = {
    "/surrogate": ("Breach &#xD800; at Acme Corp", "text/html; charset=utf-8", "Acme Corp breach"),
    "/decimal": ("Breach &#55296; at Bolt Corp", "text/html; charset=utf-8", "Bolt Corp breach"),
    "/beyond": ("Breach &#1114112; at Cyan Corp", "text/html; charset=utf-8", "Cyan Corp breach"),
    "/huge": ("Breach &#" + "9" * 5000 + "; at Dune Corp", "text/html; charset=utf-8", "Dune Corp breach"),
    "/nul": ("Breach&#0; at Echo Corp", "text/html; charset=utf-8", "Echo Corp breach"),
    "/utf7": ("Breach at Fern Corp", "text/html; charset=utf-7", "Fern +2AA- Corp breach"),
}


def _serve(web: WebServer) -> None:
    items = ""
    for path, (title, content_type, heading) in ITEMS.items():
        page = f"<html><head><title>{heading}</title></head><body><article><h1>{heading}</h1>{BODY}</article>"
        web.routes[path] = Reply(f"{page}</body></html>".encode(), content_type=content_type)
        items += (
            f"<item><title>{title}</title><link>{web.url(path)}</link>"
            f"<description>{title}</description><pubDate>{format_datetime(NOW)}</pubDate></item>"
        )
    serve_feed(web, items)


def _run(tmp_path: Path, web: WebServer, store_url: str) -> None:
    _serve(web)
    settings = feed_settings(tmp_path, web, store_url)
    store = Store(store_url)
    try:
        sync_sources(store, settings)
        with Fetcher(settings.http) as fetcher:
            pipeline = Pipeline(settings, store, fetcher=fetcher, now=lambda: NOW)
            pipeline.collect()
            pipeline.fetch()
            pipeline.extract()
        assert pipeline.summary.fetch_errors == []
        assert store.failures.all() == []
        entries = {
            str(stored.entry.url).removeprefix(web.url("")): stored
            for stored in (store.entries.get(n) for n in range(1, 20))
            if stored is not None
        }
        assert sorted(entries) == sorted(ITEMS)  # every item of the feed, none lost with the feed
        titles = {path: stored.entry.title for path, stored in entries.items()}
        assert titles["/surrogate"] == "Breach \ufffd at Acme Corp"
        assert titles["/decimal"] == "Breach \ufffd at Bolt Corp"
        assert titles["/beyond"] == "Breach \ufffd at Cyan Corp"
        assert titles["/huge"] == "Breach \ufffd at Dune Corp"
        assert titles["/nul"] == "Breach\ufffd at Echo Corp"
        for path, stored in entries.items():  # every page fetched and stored, then extracted
            document = store.documents.get(stored.id)
            assert document is not None and "attackers stole customer records" in document.text, path
            article = store.articles.get(stored.id)
            assert article is not None and article.usable, path
        page = store.documents.get(entries["/utf7"].id)
        assert page is not None and "Fern \ufffd Corp breach" in page.text
    finally:
        store.close()


def test_unstorable_characters_on_sqlite(tmp_path: Path, web: WebServer) -> None:
    _run(tmp_path, web, f"sqlite:///{tmp_path / 'store.db'}")


def test_unstorable_characters_on_postgresql(tmp_path: Path, web: WebServer, postgres_url: str) -> None:
    pytest.importorskip("psycopg")
    from test_workers import _own_database

    _run(tmp_path, web, _own_database(postgres_url, "veilleur_unstorable"))
