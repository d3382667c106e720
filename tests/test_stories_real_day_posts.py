"""One post per story in a `veilleur run` over a whole day of real pages: every news-dev page dated
16 April 2025 (31 pages of 13 outlets: menus, teasers and comments included, four events told by
two or three outlets — Hertz's Cleo breach, the Apache Roller flaw, the Gladinet exploitation,
SNOWLIGHT/VShell; all `tune` groups of bench/data/stories) served on loopback, one feed per outlet.

After one run: no page is listed by two posts, each post lists the articles of one story and each
story has one post, and each labelled event is one post listing its outlets' pages and no other
event's (of its pages that hold an article: Security Affairs' captures of that day are cut before
the article's body, so they are published by no post). The pages are read from ../shared at test
time; nothing of them is in the repository."""

from __future__ import annotations

import gzip
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import shared_path
from test_pipeline import feed, run_once, settings_for
from webserver import Reply, WebServer

from veilleur.config import HttpConfig
from veilleur.models import Source, SourceKind
from veilleur.store import Store

DAY = "2025-04-16"
GROUPS = Path(__file__).resolve().parents[1] / "bench" / "data" / "stories" / "groups.jsonl"


def _day() -> tuple[list[dict[str, str]], list[list[str]]]:
    """(every dated news-dev page of DAY, the labelled `tune` groups whose pages are all of that day)."""
    path = shared_path("corpus", "news-dev.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        pages = [
            record
            for record in map(json.loads, lines)
            if (record.get("date") or "")[:10] == DAY and record.get("markdown")
        ]
    urls = {page["url"] for page in pages}
    with GROUPS.open(encoding="utf-8") as lines:
        # tune groups only: the blind parts (aside, dev4b, dev5…) are never run through veilleur by a test
        groups = [
            group["urls"]
            for group in map(json.loads, lines)
            if group["split"] == "tune" and set(group["urls"]) <= urls
        ]
    if len(pages) < 20 or len(groups) < 4:
        pytest.skip(f"news-dev holds {len(pages)} pages and {len(groups)} whole groups of {DAY}")
    return pages, groups


def test_a_day_of_real_pages_gives_one_post_per_story(
    tmp_path: Path, web: WebServer, http_config: HttpConfig
) -> None:
    pages, groups = _day()
    now = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)  # collection day: the feeds date the items to it
    original: dict[str, str] = {}  # our loopback URL → the page's URL
    by_outlet: dict[str, list[tuple[str, str]]] = {}
    for n, page in enumerate(pages):
        path = f"/page/{n}"
        web.routes[path] = Reply(
            page["markdown"].encode("utf-8"), content_type="text/markdown; charset=utf-8"
        )
        original[web.url(path)] = page["url"]
        by_outlet.setdefault(page["feed_name"], []).append((page["title"], path))
    sources = []
    for n, (outlet, items) in enumerate(sorted(by_outlet.items())):
        web.routes[f"/feed{n}.xml"] = feed(web, items, now)
        sources.append(
            Source(
                name=f"outlet{n}", kind=SourceKind.FEED, url=web.url(f"/feed{n}.xml"), tag="t", title=outlet
            )
        )
    settings = settings_for(tmp_path, sources, http_config)
    run_once(settings, now)

    posts = sorted((tmp_path / "site" / "_posts").glob("*.md"))
    listed = [
        [
            url
            for url in re.findall(r"\[Source\]\(([^)]+)\)", p.read_text(encoding="utf-8"))
            if url in original
        ]
        for p in posts
    ]
    assert len(posts) >= 10 and all(listed), listed  # the day's security news, each post its sources
    everywhere = [url for urls in listed for url in urls]
    assert len(everywhere) == len(set(everywhere))  # no page in two posts

    served = {page: url for url, page in original.items()}
    store = Store(settings.resolved_store_url())
    try:
        story_of = {}
        for url in everywhere:
            entry_id = store.entries.id_for_url(url)
            assert entry_id is not None
            story_of[url] = store.stories.of(entry_id)
        stories = [{story_of[url] for url in urls} for urls in listed]
        assert all(len(one) == 1 and None not in one for one in stories), stories  # a post, a story
        assert len({next(iter(one)) for one in stories}) == len(posts)  # a story, a post
        for urls in listed:  # a post lists every article of its story
            (story,) = {story_of[url] for url in urls}
            members = {store.entries.get(m.entry_id).entry.url for m in store.stories.members(story)}  # type: ignore[union-attr]
            assert members <= set(urls), (members, urls)

        def told(page: str) -> bool:
            """The page holds an article about cybersecurity (a capture cut before its body holds none)."""
            entry_id = store.entries.id_for_url(served[page])
            article = store.articles.get(entry_id) if entry_id is not None else None
            intel = store.intel.get(entry_id) if entry_id is not None else None
            return article is not None and article.usable and intel is not None and intel.relevant

        told_groups = [{page for page in group if told(page)} for group in groups]
    finally:
        store.close()

    # Security Affairs' captures of the day stop before the article: two events keep two pages.
    assert sum(len(group) >= 2 for group in told_groups) >= 2, (told_groups, groups)
    pages_of = [{original[url] for url in urls} for urls in listed]
    for group in told_groups:
        holding = [found for found in pages_of if found & group]
        assert len(holding) == 1, (group, holding)  # one event, one post…
        assert group <= holding[0], (group, holding)  # …listing its outlets' pages…
        others = [set(g) for g in groups if not group <= set(g)]
        assert not any(holding[0] & other for other in others), (group, holding)  # …and no other event
