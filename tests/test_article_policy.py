"""One post per article (`[publish] group = "article"`) is a publish policy over stories: an
article clustering gave up on is still published; the article posts and briefings of a store made
by the previous release upgrade in place, neither lost nor written again. On real loopback
servers and real SQLite stores."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from test_migrations import _previous_release_source
from test_stories import posts, serve_two_attacks, site_settings, source_links
from webserver import WebServer

from veilleur.config import HttpConfig
from veilleur.demo import DemoServer, demo_settings
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store
from veilleur.store.migrations import head, version


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
        valmont = store.entries.id_for_url(web.url("/a"))
        assert valmont is not None
        reason = "ValueError: the page's features could not be computed"
        for _ in range(settings.limits.max_attempts):
            failure = store.failures.record("cluster", f"entry:{valmont}", reason)
        store.failures.give_up(failure.id)  # as the runner does at the limit
        assert store.failures.get("cluster", f"entry:{valmont}").state == "failed"  # type: ignore[union-attr]

        pipeline.cluster_then_brief()
        pipeline.publish()
        published = posts(tmp_path)
        assert len(published) == 2  # both articles: the one given up on too
        (text,) = [text for name, text in published.items() if "valmont" in name]
        assert source_links(text) == [web.url("/a")]
        story = store.stories.of(valmont)
        assert story is not None
        (member,) = store.stories.members(story)
        assert [str(s) for s in member.signals] == [f"alone: clustering failed 3 time(s): {reason}"]
        assert store.failures.get("cluster", f"entry:{valmont}") is None  # placed: no longer pending

        again = Pipeline(settings, store, now=lambda: fixed_now)
        again.run()  # nothing new: nothing published twice
        assert posts(tmp_path) == published and again.summary.failures == []
    finally:
        store.close()


def test_an_article_briefed_again_has_its_post_rewritten_in_place(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    """Briefing again (`veilleur brief --again`) under one post per article: each article's
    briefing gets a new revision in the story briefings and its post is written again at its
    path, as a story's is; no post is added, nothing is pending afterwards."""
    serve_two_attacks(web, fixed_now)
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.group = "article"
    store = Store(settings.resolved_store_url())
    try:
        sync_sources(store, settings)
        Pipeline(settings, store, now=lambda: fixed_now).run()
        before = posts(tmp_path)
        assert len(before) == 2
        ids = sorted(post.entry_id for post in store.posts.all())
        revisions = [store.briefings.record(entry)["revision"] for entry in ids]  # type: ignore[index]
        assert revisions == [1, 1]
        again = Pipeline(settings, store, now=lambda: fixed_now)
        again.cluster_then_brief(again=True)
        again.publish()
        assert again.summary.briefed == 2 and again.summary.published == []
        assert sorted(path.name for path in again.summary.updated) == sorted(before)
        assert posts(tmp_path) == before  # the same briefings, written at the same paths
        assert [store.briefings.record(entry)["revision"] for entry in ids] == [2, 2]  # type: ignore[index]
        assert len(store.posts.all()) == 2 and store.posts.pending_articles() == []
        assert all(
            store.posts.of_story(story) is None for story, *_ in store.stories.all()
        )  # no story's post
    finally:
        store.close()


# The last commit whose one-post-per-article policy kept its own entry-keyed briefings table
# (revision 17 moves them into the story tables). Its code builds the store, in a subprocess.
ARTICLE_RELEASE = "f9546ab"

BUILD_ARTICLE_SITE = """
import sys
from pathlib import Path

from veilleur.demo import demo_settings
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store

settings = demo_settings(Path(sys.argv[1]), sys.argv[2])
settings.publish.group = "article"
store = Store(settings.resolved_store_url())
assert store.version == 16, store.version
sync_sources(store, settings)
Pipeline(settings, store).run()
store.close()
"""


def _site(tmp_path: Path, name: str) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((tmp_path / name / "_posts").glob("*.md"))}


def _front_matter(post: str) -> str:
    """The YAML between a post's two `---` lines."""
    return post.split("---\n", 2)[1]


def _as_released(matter: str) -> str:
    """Front matter as the article release wrote it: its title deleted a French elision's
    apostrophe ("dune"), where the title now keeps a typographic one ("d’une")."""
    return re.sub(r"(?i)\b(c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)’(?=\w)", r"\1", matter)


def _rows(url: str, query: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(query))]
    finally:
        engine.dispose()


def test_article_posts_of_the_previous_release_upgrade_and_are_neither_lost_nor_repeated(
    tmp_path: Path, fixed_now: datetime
) -> None:
    """A site published one post per article by the previous release: its store upgrades in place
    (each article's briefing moved into the story tables), the next run writes no post again and
    adds none, and a new store publishes the same files, byte for byte."""
    old_src = _previous_release_source(tmp_path / "release", ARTICLE_RELEASE)
    with DemoServer() as server:
        env = {"PYTHONPATH": str(old_src), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
        env["VEILLEUR_NOW"] = fixed_now.isoformat()
        built = subprocess.run(
            [sys.executable, "-c", BUILD_ARTICLE_SITE, str(tmp_path / "old"), server.base],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert built.returncode == 0, built.stderr[-2000:]
        before = _site(tmp_path, "old")
        settings = demo_settings(tmp_path / "old", server.base)
        settings.publish.group = "article"
        url = settings.resolved_store_url()
        old_posts = _rows(url, "SELECT id, entry_id, path, state, story_id FROM posts ORDER BY id")
        old_briefings = _rows(url, "SELECT entry_id, data, status, report FROM briefings ORDER BY entry_id")
        assert len(before) >= 4 and len(old_posts) == len(before) == len(old_briefings)
        assert all(story is None for *_, story in old_posts)
        stamps = {name: (tmp_path / "old" / "_posts" / name).stat().st_mtime_ns for name in before}

        store = Store(url)
        try:
            assert store.version == version(head())
            with store.engine.connect() as conn:
                assert "briefings" not in inspect(conn).get_table_names()
            moved = "SELECT entry_id, data, status, report FROM story_briefings WHERE entry_id IS NOT NULL"
            assert _rows(url, moved + " ORDER BY entry_id") == old_briefings  # nothing lost
            again = Pipeline(settings, store)
            again.run()
            again.close()
            assert again.summary.published == [] and again.summary.updated == []
            assert again.summary.failures == []
            assert store.posts.pending_articles() == [] and store.briefings.pending_articles() == []
        finally:
            store.close()
        after = _site(tmp_path, "old")
        assert after == before  # no post lost, none added
        assert {name: (tmp_path / "old" / "_posts" / name).stat().st_mtime_ns for name in after} == stamps
        assert _rows(url, "SELECT id, entry_id, path, state, story_id FROM posts ORDER BY id") == old_posts

        fresh = demo_settings(tmp_path / "new", server.base)
        fresh.publish.group = "article"
        store = Store(fresh.resolved_store_url())
        try:
            sync_sources(store, fresh)
            Pipeline(fresh, store).run()
        finally:
            store.close()
    # A fresh store makes the same posts: the same file names and front matter (title, date,
    # permalink, tags). Their bodies are not compared with the release's: they say what enrichment
    # reads in the articles, which improves between releases (cf403ed's surgeries' wording, then
    # the complaint and notification, the number of patients moved, the ransom demand); the
    # upgraded store's own posts are checked byte for byte above (kept, none rewritten).
    # One deliberate change of the front matter since the release: a French elision keeps a
    # typographic apostrophe in the title ("victime d’une", the release wrote "dune"; 5b3bd7c),
    # which the slug, the file name and the permalink drop as before.
    fresh_posts = _site(tmp_path, "new")
    assert sorted(fresh_posts) == sorted(before)
    fresh_matter = {name: _front_matter(body) for name, body in fresh_posts.items()}
    assert any("d’une" in matter for matter in fresh_matter.values())  # the demo's French headline
    assert {name: _as_released(matter) for name, matter in fresh_matter.items()} == {
        name: _front_matter(body) for name, body in before.items()
    }
    assert all(body.split("---\n", 2)[2].startswith("### ") for body in fresh_posts.values())
