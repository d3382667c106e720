"""Feeds whose article pages cannot be read: a real feed served on loopback with every page blocked
still gives short posts (brèves) from the teasers, and the source's health says its pages fail."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
from click.testing import CliRunner
from conftest import shared_path
from postcheck import check_post
from webserver import Reply, WebServer

from veilleur.cli import main
from veilleur.config import HttpConfig, Settings, load_settings
from veilleur.models import Source, SourceKind
from veilleur.pipeline import Pipeline, RunSummary, sync_sources
from veilleur.report import page_health, source_status
from veilleur.store import Store

# The feed was saved on 25 July 2025: the runs happen the next morning.
NOW = datetime(2025, 7, 25, 6, 0, tzinfo=UTC)
NOTICE = "_Brève rédigée d'après le résumé publié par BleepingComputer ; l'article n'a pas pu être lu._"
BOT_WALL = b"""<html><head><title>Just a moment...</title></head><body><h1>Checking your browser</h1>
<p>Enable JavaScript and cookies to continue.</p></body></html>"""


def serve_feed(web: WebServer, page: Reply) -> list[str]:
    """bleepingcomputer.xml with its links on loopback, every article page answering `page`."""
    body = shared_path("corpus", "feeds", "bleepingcomputer.xml").read_bytes()
    body = body.replace(b"https://www.bleepingcomputer.com", web.base.encode())
    web.routes["/feed"] = Reply(body, content_type="application/rss+xml; charset=utf-8")
    links = [item.link for item in feedparser.parse(body).entries]
    for link in links:
        web.routes[urlsplit(link).path] = page
    return links


def settings_for(tmp_path: Path, web: WebServer, http: HttpConfig) -> Settings:
    source = Source(
        name="bleeping", kind=SourceKind.FEED, url=web.url("/feed"), tag="bleeping", title="BleepingComputer"
    )
    settings = load_settings(
        None, store_url=f"sqlite:///{tmp_path / 'store.db'}", catalogue=False, sources=[source]
    )
    settings.http = http
    settings.publish.out_dir = tmp_path / "site"
    return settings


def run(settings: Settings) -> tuple[RunSummary, str]:
    store = Store(settings.store_url)
    sync_sources(store, settings)
    pipeline = Pipeline(settings, store, now=lambda: NOW)
    try:
        summary = pipeline.run()
        return summary, page_health(store.entries.recent_pages("bleeping"))
    finally:
        pipeline.close()
        store.close()


def test_blocked_pages_give_breves_and_an_honest_source_status(
    tmp_path: Path, web: WebServer, http_config: HttpConfig
) -> None:
    links = serve_feed(web, Reply(b"<html><body><h1>403 Forbidden</h1></body></html>", 403))
    settings = settings_for(tmp_path, web, http_config)
    summary, health = run(settings)
    report = summary.sources["bleeping"]
    assert report.new == len(links) == 12
    assert report.pages_tried == 12 and report.pages_failed == {"HTTP 403": 12}
    # Every item is a brève, or it is recorded as not about security, as a story already told,
    # or as one whose teaser states nothing: none is lost as "too little text".
    assert report.breves == 12
    skipped = sum(report.skipped.values())
    posts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "site" / "_posts").glob("*.md"))]
    assert len(posts) + skipped + summary.stories_joined >= 12 and len(posts) >= 8
    assert set(report.skipped) <= {"not relevant"}
    assert all(NOTICE in post for post in posts)
    for path in (tmp_path / "site" / "_posts").glob("*.md"):
        assert check_post(path.read_text(encoding="utf-8"), path.name) == [], path.name
    seizure = [post for post in posts if "BlackSuit" in post]
    # Written in French from the facts of the teaser (its subject heads the post), not quoted.
    assert len(seizure) == 1 and re.search(r"\n### [^\n]*BlackSuit", seizure[0]) and "«" not in seizure[0]
    status = source_status(report)
    assert "feed ok" in status and "pages failing 12/12 (HTTP 403)" in status and "12 brève(s)" in status
    assert health == "pages failing 12/12 (HTTP 403)"
    # The next run has nothing new: nothing is published twice, the health stays honest.
    again, health = run(settings)
    assert again.published == [] and health == "pages failing 12/12 (HTTP 403)"
    assert again.sources["bleeping"].skipped == {"already collected": 12}
    # `sources check` reads the feed now and says the same, instead of "ok, 0 items".
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f"""store_url = "{settings.store_url}"
catalogue = false
[[sources]]
name = "bleeping"
kind = "feed"
url = "{web.url("/feed")}"
tag = "bleeping"
[http]
allow_private = true
""",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["--config", str(config), "sources", "check"], terminal_width=400)
    assert result.exit_code == 0, result.output
    line = result.stdout.splitlines()[0]
    assert line.startswith("ok bleeping: 0 new item(s); skipped: ")  # too old today, or already collected
    assert "pages failing 12/12 (HTTP 403) lately" in line
    not_relevant = report.skipped.get("not relevant", 0)
    assert ("not published: " in line) == bool(not_relevant)
    assert not not_relevant or f"{not_relevant} not relevant" in line


def test_a_bot_wall_is_a_failing_page_too(tmp_path: Path, web: WebServer, http_config: HttpConfig) -> None:
    serve_feed(web, Reply(BOT_WALL, 200))
    summary, health = run(settings_for(tmp_path, web, http_config))
    report = summary.sources["bleeping"]
    assert report.breves == 12 and report.pages_failed == {"unreadable page": 12}
    assert health == "pages failing 12/12 (unreadable page)"
    assert summary.published and summary.rejected == []


def dated_page(title: str, day: str) -> Reply:
    paragraph = (
        "Attackers deployed ransomware on the servers of the fictional Harrowfield hospital, which shut "
        "down its information systems and diverted ambulances while staff worked on paper records. "
    )
    body = (
        f'<html><head><title>{title}</title><meta property="article:published_time" content="{day}">'
        f"</head><body><article><h1>{title}</h1><p>{paragraph * 3}</p><p>{paragraph * 2}</p></article>"
        "</body></html>"
    )
    return Reply(body.encode())


def test_an_undated_item_is_aged_by_its_pages_own_date(
    tmp_path: Path, web: WebServer, http_config: HttpConfig
) -> None:
    items = "".join(
        f"<item><title>{title}</title><link>{web.url(path)}</link><pubDate>{date}</pubDate></item>"
        for title, path, date in [
            ("Old news", "/old", "sometime last month"),
            ("Fresh news", "/fresh", ""),
        ]
    )
    web.routes["/feed"] = Reply(
        f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )
    web.routes["/old"] = dated_page("Ransomware at the Harrowfield hospital in June", "2025-06-20")
    web.routes["/fresh"] = dated_page("Ransomware at the Harrowfield hospital", "2025-07-24T18:00:00Z")
    summary, _health = run(settings_for(tmp_path, web, http_config))
    report = summary.sources["bleeping"]
    assert report.undated == 2 and report.skipped == {"too old": 1}
    assert [path.name for path in summary.published] == ["2025-07-25-fresh-news.md"]
    status = source_status(report)
    assert "skipped: 1 too old" in status and "2 without a trusted date (aged by their page)" in status


def test_a_site_stalling_every_page_gives_breves_on_the_first_run(
    tmp_path: Path, web: WebServer, http_config: HttpConfig
) -> None:
    # 503 is worth retrying for one page; for every page of a source, it is the site refusing us.
    serve_feed(web, Reply(BOT_WALL, 503))
    summary, health = run(settings_for(tmp_path, web, http_config))
    report = summary.sources["bleeping"]
    assert report.pages_failed == {"HTTP 503": 12} and report.breves == 12 and summary.published
    assert health == "pages failing 12/12 (HTTP 503)"


def test_one_flaky_page_among_good_ones_is_retried_next_run(
    tmp_path: Path, web: WebServer, http_config: HttpConfig
) -> None:
    links = serve_feed(web, dated_page("Ransomware at the Harrowfield hospital", "2025-07-24"))
    web.routes[urlsplit(links[0]).path] = Reply(BOT_WALL, 503)
    settings = settings_for(tmp_path, web, http_config)
    summary, _health = run(settings)
    report = summary.sources["bleeping"]
    assert report.pages_failed == {"HTTP 503": 1} and report.breves == 0
    store = Store(settings.store_url)
    try:
        assert [item.entry.url for item in store.entries.pending_fetch()] == [links[0]]
    finally:
        store.close()
