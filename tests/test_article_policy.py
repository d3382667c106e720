"""One post per article (`[publish] group = "article"`) is a publish policy over stories: an
article clustering gave up on is still published, each on a real loopback server and a real
SQLite store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from test_stories import posts, serve_two_attacks, site_settings, source_links
from webserver import WebServer

from veilleur.config import HttpConfig
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store


@pytest.mark.parametrize("group", ["article", "story"])
def test_an_article_clustering_gave_up_on_is_published_alone_with_the_reason(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime, group: str
) -> None:
    """What failing runs leave (the article's clustering given up on, with its reason) does not
    keep it off the site: it becomes a story of its own, briefed and published, the reason kept."""
    serve_two_attacks(web, fixed_now)
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.group = group  # type: ignore[assignment]
    store = Store(settings.resolved_store_url())
    try:
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store, now=lambda: fixed_now)
        pipeline.collect()
        pipeline.fetch()
        pipeline.extract()
        pipeline.enrich()
        valmont = store.entry_id_for_url(web.url("/a"))
        assert valmont is not None
        reason = "ValueError: the page's features could not be computed"
        for _ in range(settings.limits.max_attempts):
            store.record_item_failure("cluster", f"entry:{valmont}", reason, settings.limits.max_attempts)
        assert store.failure("cluster", f"entry:{valmont}").state == "failed"  # type: ignore[union-attr]

        pipeline.brief()
        pipeline.publish()
        published = posts(tmp_path)
        assert len(published) == 2  # both articles: the one given up on too
        (text,) = [text for name, text in published.items() if "valmont" in name]
        assert source_links(text) == [web.url("/a")]
        story = store.story_of(valmont)
        assert story is not None
        (member,) = store.members(story)
        assert member.signals == [f"alone: clustering failed 3 time(s): {reason}"]
        assert store.failure("cluster", f"entry:{valmont}") is None  # placed: no longer pending

        again = Pipeline(settings, store, now=lambda: fixed_now)
        again.run()  # nothing new: nothing published twice
        assert posts(tmp_path) == published and again.summary.failures == []
    finally:
        store.close()
