"""What a site published one post per article (`[publish] group = "article"`) gives its readers:
the Atom and JSON feeds, the daily digest and the alerts carry one item per article post — two
articles of one story are two items, each with its own id and link — with no duplicate and ids
that hold from one run to the next; a hostile headline stays escaped. On real loopback servers
(the feeds, the pages, a JSON webhook) and a real SQLite store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import feedparser
import pytest
from conftest import CLOCKS
from demosite import clock_at
from lxml import etree
from sqlalchemy import create_engine, inspect, text
from stixcheck import stix_problems
from test_feeds import atom_schema
from test_pipeline import feed
from test_stories import OTHER, OTHER_TITLE, VALMONT_FOLLOW_UP, VALMONT_FR, VALMONT_TITLE, page, site_settings
from webserver import Reply, WebServer

from veilleur.config import HttpConfig, Settings
from veilleur.models import AlertState, PostRow, Tlp
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.publish.digest import build, day_stories
from veilleur.publish.feeds import atom
from veilleur.publish.misp import build_event
from veilleur.publish.outbound import permalink
from veilleur.publish.stix import build_bundle, bundle_json
from veilleur.publishing.exported import export_stories
from veilleur.publishing.outbound import published_stories
from veilleur.publishing.register import build_incidents
from veilleur.store import Store
from veilleur.store.alerts import record_alert, sent_alerts
from veilleur.store.migrations import head, version
from veilleur.web.data import story_rows

# The second outlet's headline carries markup, an entity and quotes (as escaped in its feed and page).
HOSTILE = "LockBit revendique l'attaque contre l'hôpital de Valmont <script>alert(1)</script> & \"x\""
HOSTILE_XML = HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def serve_one_story_told_twice(web: WebServer, when: datetime) -> None:
    """Outlet one: the Valmont attack and the Brisebourg DDoS; outlet two: the Valmont attack again
    (with the claim), under a hostile headline. Two stories, three articles."""
    web.routes["/a"] = page(VALMONT_TITLE, VALMONT_FR)
    web.routes["/c"] = page(OTHER_TITLE, OTHER)
    web.routes["/b"] = page(HOSTILE_XML, VALMONT_FOLLOW_UP)
    web.routes["/one.xml"] = feed(web, [(VALMONT_TITLE, "/a"), (OTHER_TITLE, "/c")], when)
    web.routes["/two.xml"] = feed(web, [(HOSTILE_XML, "/b")], when)
    web.routes["/hook"] = Reply(b"{}", content_type="application/json")


def run(settings: Settings, now: datetime) -> Pipeline:
    """One whole run at `now` (the pipeline's clock; $VEILLEUR_NOW is the caller's)."""
    store = Store(settings.resolved_store_url())
    try:
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store, now=lambda: now)
        pipeline.run()
        pipeline.close()
    finally:
        store.close()
    return pipeline


@dataclass
class ArticleSite:
    """A site published one post per article, run twice: what each run gave."""

    settings: Settings
    web: WebServer
    posts: list[PostRow]
    stories: set[int | None]
    first: Pipeline
    feeds: dict[str, bytes]  # after the first run
    again: Pipeline
    feeds_again: dict[str, bytes]

    @property
    def urls(self) -> set[str]:
        """Each post's absolute address."""
        site = self.settings.publish.site_url
        return {site + permalink(post.path, post.post_date) for post in self.posts}

    def hooks(self) -> list[dict[str, str]]:
        return [json.loads(body) for where, body in self.web.bodies if where == "/hook"]


def _feeds(settings: Settings) -> dict[str, bytes]:
    site = settings.publish.out_dir
    return {name: (site / name).read_bytes() for name in ("feed.xml", "feed.json") if (site / name).exists()}


@pytest.fixture(scope="module")
def article_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ArticleSite]:
    now = CLOCKS["2026-11-30T23:30Z"]
    web = WebServer().start()
    try:
        with clock_at(now):
            serve_one_story_told_twice(web, now)
            http = HttpConfig(allow_private=True, politeness_delay=0.0, backoff=0.01, retries=2, timeout=2.0)
            settings = site_settings(tmp_path_factory.mktemp("article-site"), web, http)
            settings.publish.group = "article"
            settings.alerts.urls = [f"json://127.0.0.1:{web.server_address[1]}/hook"]
            settings.alerts.min_priority = 0  # every post is due: one alert each
            first = run(settings, now)
            feeds = _feeds(settings)
            again = run(settings, now)  # nothing new
            store = Store(settings.resolved_store_url())
            try:
                posts = store.posts.all()
                stories = {store.stories.of(post.entry_id) for post in posts}
            finally:
                store.close()
            yield ArticleSite(settings, web, posts, stories, first, feeds, again, _feeds(settings))
    finally:
        web.stop()


def test_each_article_of_a_story_has_its_own_post(article_site: ArticleSite) -> None:
    assert article_site.first.summary.failures == [] and article_site.again.summary.failures == []
    assert len(article_site.posts) == 3 and len(article_site.first.summary.published) == 3
    assert len(article_site.stories) == 2  # the Valmont story has two posts: one per article


def test_article_mode_feeds_have_one_entry_per_article_post(article_site: ArticleSite) -> None:
    expected = article_site.urls
    data = article_site.feeds["feed.xml"]
    assert atom_schema().validate(etree.fromstring(data))
    parsed = feedparser.parse(data)
    assert not parsed.bozo and len(parsed.entries) == 3
    assert {entry.id for entry in parsed.entries} == expected  # one per post, its own address
    assert {entry.link for entry in parsed.entries} == expected
    assert all(entry.title and entry.summary for entry in parsed.entries)
    # The post under the hostile headline is an entry; nothing of it is markup in the feeds.
    assert any("scriptalert1script" in entry.link for entry in parsed.entries)
    assert b"<script>" not in data
    assert "<script>" not in "".join(entry.content[0].value for entry in parsed.entries)
    items = json.loads(article_site.feeds["feed.json"])["items"]
    assert {item["id"] for item in items} == expected and len(items) == 3
    assert {item["url"] for item in items} == expected
    assert {item["_veilleur"]["entry_id"] for item in items} == {post.entry_id for post in article_site.posts}
    assert all("<script>" not in item["content_html"] for item in items)
    assert article_site.feeds_again == article_site.feeds  # the next run: the same ids, the same files


def test_article_mode_digest_lists_each_post_of_the_day(article_site: ArticleSite) -> None:
    settings = article_site.settings
    day = article_site.posts[0].post_date
    store = Store(settings.resolved_store_url())
    try:
        stories = published_stories(store, settings, since=day, max_tlp=settings.digest.max_tlp)
    finally:
        store.close()
    digest = build(day_stories(stories, day, settings.digest.max_tlp), day, settings)
    assert digest.stories == 3  # the day's three posts
    for url in article_site.urls:
        assert digest.markdown.count(f"({url})") == 1 and digest.html.count(f'href="{url}"') == 1
    assert "<script>" not in digest.html


def test_article_mode_alerts_announce_each_post_once(article_site: ArticleSite) -> None:
    hooks = article_site.hooks()
    assert len(hooks) == 3 and article_site.first.summary.alerts_sent == 3
    for url in article_site.urls:
        assert sum(f"Article : {url}\n" in hook["message"] for hook in hooks) == 1
    assert article_site.again.summary.alerts_sent == 0  # the next run repeats none
    store = Store(article_site.settings.resolved_store_url())
    try:
        alerted = {about for about, _channel in sent_alerts(store.engine)}
    finally:
        store.close()
    assert alerted == {f"entry:{post.entry_id}" for post in article_site.posts}


def _permalinks(article_site: ArticleSite) -> set[str]:
    return {permalink(post.path, post.post_date) for post in article_site.posts}


def test_article_mode_exports_give_each_story_its_briefing_and_first_article_post(
    article_site: ArticleSite,
) -> None:
    """STIX and MISP describe events: one report / event per story (its articles' facts merged,
    the IOCs not repeated per post), briefed by its first article, linked to that article's post."""
    settings = article_site.settings
    store = Store(settings.resolved_store_url())
    try:
        stories = export_stories(store, {source.name: source.tlp for source in settings.sources})
        first_posts: dict[int, str] = {}
        for post in sorted(article_site.posts, key=lambda post: post.entry_id, reverse=True):
            story = store.stories.of(post.entry_id)
            assert story is not None
            first_posts[story] = permalink(post.path, post.post_date)  # the first article's, last
    finally:
        store.close()
    assert len(stories) == 2 and all(story.briefing.summary for story in stories)
    assert {story.story_id: story.permalink for story in stories} == first_posts
    assert set(first_posts.values()) <= _permalinks(article_site)
    result = build_bundle(stories)
    bundle = bundle_json(result)
    assert result.errors == [] and stix_problems(bundle)[0] == []
    assert len([o for o in bundle["objects"] if o["type"] == "report"]) == 2
    events = [build_event(story, "veilleur") for story in stories]
    assert len({event.uuid for event in events}) == 2


def test_article_mode_register_and_console_show_the_posts(article_site: ArticleSite) -> None:
    """The incident register links each incident to its first article's post; the console's
    list shows each story briefed and published, with that post."""
    store = Store(article_site.settings.resolved_store_url())
    try:
        incidents = build_incidents(store)
        rows = story_rows(store, {}, review_on=False)
    finally:
        store.close()
    assert len(incidents) == 2  # the hospital's ransomware, the town's DDoS
    assert all(incident.post in _permalinks(article_site) for incident in incidents)
    assert len(rows) == 2 and {row.state for row in rows} == {"published"}
    paths = {post.path for post in article_site.posts}
    assert all(row.post in paths for row in rows)


OLD_ALERTS = """CREATE TABLE alerts (
    story_id INTEGER NOT NULL, channel VARCHAR(64) NOT NULL, state TEXT NOT NULL,
    count INTEGER NOT NULL, sent_at VARCHAR(40) NOT NULL, PRIMARY KEY (story_id, channel))"""


def test_alerts_of_a_store_keyed_by_story_upgrade_to_alerts_per_post(tmp_path: Path) -> None:
    """A store whose alerts were keyed by (story, channel) (revision 17): its alerts are kept as
    the stories' (state, count, time), and two articles of one story then each get their own."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    Store(url).close()
    engine = create_engine(url)
    state = '{"victims": ["x"], "cves": [], "exploited": false}'
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alerts"))
        conn.execute(text(OLD_ALERTS))
        conn.execute(
            text("INSERT INTO alerts VALUES (4, 'c1', :s, 2, '2026-11-29T10:00:00+00:00')"), {"s": state}
        )
        conn.execute(text("UPDATE alembic_version SET version_num = '0017'"))
    engine.dispose()
    store = Store(url)
    try:
        assert store.version == version(head())
        assert "entry_id" in {c["name"] for c in inspect(store.engine).get_columns("alerts")}
        with store.engine.connect() as conn:
            kept = conn.execute(text("SELECT story_id, entry_id, channel, state, count, sent_at FROM alerts"))
            assert [tuple(row) for row in kept] == [(4, None, "c1", state, 2, "2026-11-29T10:00:00+00:00")]
        new = AlertState(frozenset(), frozenset(), False)
        record_alert(store.engine, 4, "c1", new, entry_id=10)
        record_alert(store.engine, 4, "c1", new, entry_id=11)
        record_alert(store.engine, 4, "c1", new, entry_id=11)  # announced again: counted, not repeated
        sent = sent_alerts(store.engine)
        assert set(sent) == {("story:4", "c1"), ("entry:10", "c1"), ("entry:11", "c1")}
        assert sent["story:4", "c1"].victims == frozenset({"x"})
    finally:
        store.close()


def test_a_copy_published_once_is_one_item_of_the_digest_and_alerts(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    """The same article under a second address (a syndicated copy) is published once under one
    post per article: the digest and the alerts, which also carry what is kept off the site, list
    it once too."""
    web.routes["/a"] = page(VALMONT_TITLE, VALMONT_FR)
    web.routes["/mirror/a"] = page(VALMONT_TITLE, VALMONT_FR)
    web.routes["/one.xml"] = feed(web, [(VALMONT_TITLE, "/a")], fixed_now)
    web.routes["/two.xml"] = feed(web, [(VALMONT_TITLE + " (copie)", "/mirror/a")], fixed_now)
    web.routes["/hook"] = Reply(b"{}", content_type="application/json")
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.group = "article"
    settings.alerts.urls = [f"json://127.0.0.1:{web.server_address[1]}/hook"]
    settings.alerts.min_priority = 0
    first = run(settings, fixed_now)
    assert first.summary.failures == [] and len(first.summary.published) == 1
    store = Store(settings.resolved_store_url())
    try:
        (post,) = store.posts.all()
        items = published_stories(store, settings)
    finally:
        store.close()
    assert [item.entry_id for item in items] == [post.entry_id]
    assert len([body for where, body in web.bodies if where == "/hook"]) == 1


def test_an_article_kept_off_the_site_is_an_internal_item_of_its_own(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    """Under one post per article, an article of an amber source gets no post and stays out of the
    site's feeds, but the internal channels (digest, alerts, `export atom --max-tlp amber`) carry it
    as an item of its own, named by its article, next to its story's other article's post."""
    serve_one_story_told_twice(web, fixed_now)
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.group = "article"
    settings.sources = [
        s.model_copy(update={"tlp": Tlp.AMBER}) if s.name == "two" else s for s in settings.sources
    ]
    first = run(settings, fixed_now)
    assert first.summary.failures == []
    store = Store(settings.resolved_store_url())
    try:
        posts = store.posts.all()
        amber = store.entries.id_for_url(web.url("/b"))
        internal = published_stories(store, settings, max_tlp=Tlp.AMBER)
    finally:
        store.close()
    assert len(posts) == 2 and amber not in {post.entry_id for post in posts}
    site_feed = feedparser.parse(settings.publish.out_dir / "feed.xml")
    assert len(site_feed.entries) == 2 and all("TLP:AMBER" not in e.title for e in site_feed.entries)
    assert len(internal) == 3 and len({item.key for item in internal}) == 3
    (held,) = [item for item in internal if item.entry_id == amber]
    assert held.permalink == "" and held.tlp is Tlp.AMBER
    assert held.story_id in {item.story_id for item in internal if item.entry_id != amber}  # same story
    ids = {entry.id for entry in feedparser.parse(atom(internal, settings, fixed_now)).entries}
    assert f"{settings.publish.site_url}/#article-{amber}" in ids and len(ids) == 3
