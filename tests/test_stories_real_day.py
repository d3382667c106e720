"""A day of real pages from three outlets on one event, served on loopback, gives one post listing
the three sources; the other pages of that day from the same outlets stay their own stories.

The pages are news-dev records (rendered pages, menus and teasers included) built at test time
from ../shared; nothing of them is copied into the repository."""

from __future__ import annotations

import gzip
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import shared_path
from test_pipeline import feed, run_once, settings_for
from webserver import Reply, WebServer

from veilleur.cluster.features import VERSION
from veilleur.cluster_stage import _window
from veilleur.config import HttpConfig
from veilleur.models import Source, SourceKind
from veilleur.store import Store, schema

# Qualys' regreSSHion disclosure (CVE-2024-6387), told by The Register, SANS ISC and THN on
# 1 July 2024 (group g-558b8618a3 of bench/data/stories/groups.jsonl).
EVENT = [
    "https://go.theregister.com/feed/www.theregister.com/2024/07/01/regresshion_openssh/",
    "https://isc.sans.edu/diary/rss/31046",
    "https://thehackernews.com/2024/07/new-openssh-vulnerability-could-lead-to.html",
]
OTHERS_PER_OUTLET = 2


def _day_of_pages() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(the event's three pages, other pages of the same outlets on the same day)."""
    path = shared_path("corpus", "news-dev.jsonl.gz")
    if not Path(path).is_file():
        pytest.skip(f"{path} not found (../shared is not here)")
    records = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("date") and record.get("markdown"):
                records[record["url"]] = record
    event = [records[url] for url in EVENT]
    day = event[0]["date"][:10]
    others = []
    for outlet in {r["feed_name"] for r in event}:
        same_day = [
            r
            for r in records.values()
            if r["feed_name"] == outlet and r["date"][:10] == day and r["url"] not in EVENT
        ]
        others += sorted(same_day, key=lambda r: r["url"])[:OTHERS_PER_OUTLET]
    return event, others


def test_one_event_told_by_three_outlets_is_one_post_with_three_sources(
    tmp_path: Path, web: WebServer, http_config: HttpConfig
) -> None:
    event, others = _day_of_pages()
    now = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)  # collection day: the feeds date the items to it
    served: dict[str, str] = {}  # our loopback URL → the original URL
    by_outlet: dict[str, list[tuple[str, str]]] = {}
    for n, record in enumerate(event + others):
        path = f"/page/{n}"
        web.routes[path] = Reply(
            record["markdown"].encode("utf-8"), content_type="text/markdown; charset=utf-8"
        )
        served[web.url(path)] = record["url"]
        by_outlet.setdefault(record["feed_name"], []).append((record["title"], path))
    sources = []
    for n, (outlet, items) in enumerate(sorted(by_outlet.items())):
        web.routes[f"/feed{n}.xml"] = feed(web, items, now)
        sources.append(
            Source(
                name=f"outlet{n}",
                kind=SourceKind.FEED,
                url=web.url(f"/feed{n}.xml"),
                tag=f"outlet{n}",
                title=outlet,
            )
        )
    settings = settings_for(tmp_path, sources, http_config)
    run_once(settings, now)

    posts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "site" / "_posts").glob("*.md"))]
    listed = [
        [served[url] for url in re.findall(r"\[Source\]\(([^)]+)\)", text) if url in served] for text in posts
    ]
    with_event = [urls for urls in listed if set(urls) & set(EVENT)]
    assert len(with_event) == 1, listed  # one post for the event…
    assert sorted(with_event[0]) == sorted(EVENT)  # …listing the three outlets' pages, nothing else
    other_urls = {r["url"] for r in others}
    published_others = [urls for urls in listed if set(urls) & other_urls]
    assert published_others and all(len(urls) == 1 for urls in published_others)  # each its own story

    # Each article was described once and its features stored, to be read back by later runs.
    since = now.date() - timedelta(days=30)
    store = Store(settings.resolved_store_url())
    try:
        window = store.features.window(since, VERSION)
        assert len(window) >= 3 and all(row is not None for _member, row in window)
        # A store from before features were kept (or of another feature version): the window's
        # articles are described once more, stored, and cluster as before.
        with store.engine.begin() as conn:
            conn.execute(schema.cluster_features.delete())
        clusterer = _window(store, since)
        assert all(row is not None for _member, row in store.features.window(since, VERSION))
        assert set(clusterer.story_of) == {str(member.entry_id) for member, _row in window}
        assert set(clusterer.story_of.values()) == {str(member.story_id) for member, _row in window}
    finally:
        store.close()
