"""Two corners of the one-story path: an article clustering gave up on whose story the store
refuses fails alone (its reason recorded, the other articles still stand alone), and the console's
story page shows the briefing under one post per article (each article's own). On real loopback
servers and real SQLite stores."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from test_stories import serve_two_attacks, site_settings
from webserver import WebServer

from veilleur.config import HttpConfig
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store
from veilleur.web.story_view import story_view


def test_a_story_the_store_refuses_stops_only_its_article(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    serve_two_attacks(web, fixed_now)
    settings = site_settings(tmp_path, web, http_config)
    store = Store(settings.resolved_store_url())
    try:
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store, now=lambda: fixed_now)
        for stage in (pipeline.collect, pipeline.fetch, pipeline.extract, pipeline.enrich):
            stage()
        ids = sorted(n for n in (store.entries.id_for_url(web.url(p)) for p in ("/a", "/c")) if n is not None)
        assert len(ids) == 2
        reason = "ValueError: the page's features could not be computed"
        for entry_id in ids:  # clustering gave up on both
            for _ in range(settings.limits.max_attempts):
                failure = store.failures.record("cluster", f"entry:{entry_id}", reason)
            store.failures.give_up(failure.id)  # as the runner does at the limit
        refused, other = ids  # the first one placed is refused by the database itself
        path = settings.resolved_store_url().removeprefix("sqlite:///")
        with sqlite3.connect(path) as db:
            db.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON story_members"
                f" WHEN NEW.entry_id = {refused} BEGIN SELECT RAISE(ABORT, 'no story for this one'); END"
            )

        again = Pipeline(settings, store, now=lambda: fixed_now)
        again.cluster()

        assert store.stories.of(other) is not None  # stood alone after the refusal
        assert store.stories.of(refused) is None
        failure = store.failures.get("cluster", f"entry:{refused}")
        assert failure is not None and "no story for this one" in failure.reason
        assert failure.state == "failed"
        assert [f.item for f in again.summary.failures] == [f"entry:{refused}"]
        assert store.failures.get("cluster", f"entry:{other}") is None  # placed: no longer pending
    finally:
        store.close()


def test_the_story_page_shows_an_article_s_own_briefing_under_one_post_per_article(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    serve_two_attacks(web, fixed_now)
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.group = "article"
    store = Store(settings.resolved_store_url())
    try:
        sync_sources(store, settings)
        Pipeline(settings, store, now=lambda: fixed_now).run()
        stories = [story for story, *_ in store.stories.all()]
        assert len(stories) == 2
        for story in stories:
            assert store.briefings.of_story(story) is None  # no story briefing under this policy
            view = story_view(store, story)
            assert view is not None
            (entry_id,) = [article["entry_id"] for article in view["articles"]]
            own = store.briefings.of_article(entry_id)
            assert own is not None
            assert view["briefing"] == own.briefing.model_dump()
            assert view["briefing_status"] == own.record["status"] and view["briefing_backend"]
    finally:
        store.close()
