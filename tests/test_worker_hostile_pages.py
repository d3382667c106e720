"""A worker's batch of entries on a real PostgreSQL where some pages are hostile: larger than
`[http] max_bytes`, binary bytes served as HTML, a charset that lies, a page of one endless
paragraph. Each fails (or degrades) alone with its reason recorded; the batch's ordinary pages are
extracted, enriched and kept."""

from __future__ import annotations

import os
import random
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from test_kill9 import PAGE, victim
from test_workers import _own_database
from webserver import Reply, WebServer

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'veilleur[postgres]')")

MAX_BYTES = 2_000_000


def hostile_pages() -> dict[str, Reply]:
    """Path → reply, each page's defect named by its path."""
    page = PAGE.format(title="Ransomware attack on " + victim(3), n=3, name=victim(3))
    lying = PAGE.format(title="Attaque par rançongiciel contre " + victim(4), n=4, name=victim(4)).replace(
        "</article>", "<p>Le système a été chiffré par un « rançongiciel », déclare la société.</p></article>"
    )
    words = "the fictional attackers encrypted the servers of the company and demanded a ransom " * 20_000
    return {
        "/huge": Reply(b"<html><body><p>" + b"x" * (MAX_BYTES + 10) + b"</p></body></html>"),
        "/binary": Reply(random.Random(7).randbytes(300_000)),
        "/lying-charset": Reply(
            lying.replace("<head>", '<head><meta charset="shift_jis">').encode("cp1252"),
            content_type="text/html; charset=utf-8",
        ),
        "/endless": Reply(
            page.replace("</article>", f"<p>{words}</p></article>").encode(),  # ~1.7 MB, one paragraph
        ),
    }


def test_hostile_pages_fail_alone_in_a_batch(
    tmp_path: Path, web: WebServer, postgres_url: str, fixed_now: datetime
) -> None:
    from veilleur.config import load_settings
    from veilleur.pipeline import sync_sources
    from veilleur.store import Store
    from veilleur.workers.steps import Steps

    url = _own_database(postgres_url, "veilleur_hostile_pages")
    routes = {f"/a/{n}": Reply(PAGE.format(title=f"Ransomware attack on {victim(n)}", n=n, name=victim(n)).encode())
              for n in (0, 1)}  # fmt: skip
    routes.update(hostile_pages())
    web.routes.update(routes)
    items = "".join(
        f"<item><title>Item {path}</title><link>{web.url(path)}</link>"
        f"<description>Ransomware attack on a fictional firm ({path}).</description>"
        f"<pubDate>{format_datetime(fixed_now)}</pubDate></item>"
        for path in routes
    )
    web.routes["/feed.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "{url}"\ncatalogue = false\n[[sources]]\nname = "feed"\nkind = "feed"\n'
        f'url = "{web.url("/feed.xml")}"\n[http]\nallow_private = true\npoliteness_delay = 0.0\nretries = 0\n'
        f"max_bytes = {MAX_BYTES}\n"
    )
    settings = load_settings(config)
    store = Store(url)
    try:
        sync_sources(store, settings)
        steps = Steps(settings, store)
        entry_ids = steps.collect_source("feed")
        assert len(entry_ids) == len(routes)
        by_path = {str(store.entries.get(n).entry.url).removeprefix(web.url("")): n for n in entry_ids}  # type: ignore[union-attr]
        start = os.times()
        summary = steps.process_entries(entry_ids)  # one batch
        spent = os.times().user - start.user
        assert summary.failures == []
        for path in ("/a/0", "/a/1"):
            n = by_path[path]
            assert store.documents.get(n) is not None and store.intel.get(n) is not None, path
            assert store.failures.get("extract", f"entry:{n}") is None
        huge = store.entries.get(by_path["/huge"])
        assert huge is not None and huge.fetch_error, "the oversized page's refusal is recorded"
        for path in ("/huge", "/binary", "/lying-charset", "/endless"):
            n = by_path[path]
            entry = store.entries.get(n)
            failure = store.failures.get("extract", f"entry:{n}")
            article = store.articles.get(n)
            recorded = (entry.fetch_error if entry else "") or (failure.reason if failure else "")
            recorded = recorded or (article.reason if article else "")
            kept = store.intel.get(n) is not None
            assert kept or recorded, path  # handled: kept (from its page or feed text) or a reason
        binary = store.articles.get(by_path["/binary"])
        assert binary is not None and "the page: empty page" in binary.reason  # not only the teaser's length
        lying = store.articles.get(by_path["/lying-charset"])
        assert lying is not None and "« rançongiciel »" in lying.text
        assert store.intel.get(by_path["/endless"]) is not None
        assert spent < 60, spent
    finally:
        store.close()
