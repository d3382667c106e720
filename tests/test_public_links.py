"""A source's link is the article's address without tracking parameters (`utm_*`, `fbclid`,
`xtor`, HubSpot's…), wherever veilleur writes it out: the post, the Atom and JSON feeds, the STIX
and MISP exports, the incident register, `stories show` and the console. Parameters that select
the article (`?id=7`, `?p=42`) stay. Two links differing only by tracking parameters are one
article at collection."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

from click.testing import CliRunner
from test_pipeline import run_once
from test_stories import VALMONT_FR, VALMONT_TITLE, page, posts, site_settings, source_links, write_config
from webserver import Reply, WebServer

from veilleur.cli import main
from veilleur.collect.feeds import parse_feed
from veilleur.collect.urls import canonical_url
from veilleur.config import HttpConfig
from veilleur.models import Entry, Source, SourceKind
from veilleur.text.links import public_url

TRACKED = ("utm_", "fbclid", "_hsenc", "ncid=")


def test_tracking_parameters_go_and_the_article_s_own_stay() -> None:
    assert (
        public_url("https://news.example/a?utm_source=rss&utm_medium=feed&id=123")
        == "https://news.example/a?id=123"
    )
    assert public_url("https://news.example/?p=42&fbclid=IwAR0x") == "https://news.example/?p=42"
    assert public_url("https://news.example/a?_hsenc=p2&_hsmi=9&ncid=rss") == "https://news.example/a"
    assert public_url("https://news.example/a#xtor=RSS-3208") == "https://news.example/a"


def test_the_rest_of_the_address_is_as_fetched() -> None:
    # A part of the page is the article; a path's characters and the host's case are not touched.
    assert public_url("https://news.example/avis.html?utm_source=x#AVIS-2026-101") == (
        "https://news.example/avis.html#AVIS-2026-101"
    )
    assert public_url("https://News.example/a(1);v=2?page=3") == "https://News.example/a(1);v=2?page=3"
    assert public_url("urn:veilleur:12") == "urn:veilleur:12"
    assert public_url("http://[::1/broken") == "http://[::1/broken"


def test_an_entry_is_fetched_at_its_url_and_linked_without_trackers() -> None:
    entry = Entry(
        url="https://news.example/a?utm_source=rss", canonical_url="https://news.example/a", source="s"
    )
    assert entry.url.endswith("utm_source=rss") and entry.link == "https://news.example/a"


def test_links_differing_only_by_trackers_are_one_article_at_collection() -> None:
    links = ["/a?id=7&utm_source=rss", "/a?utm_medium=social&id=7&fbclid=x", "/a?ncid=feed&id=7", "/a?id=8"]
    items = "".join(
        f"<item><title>T{n}</title><link>https://news.example{link.replace('&', '&amp;')}</link></item>"
        for n, link in enumerate(links)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    source = Source(name="s", kind=SourceKind.FEED, url="https://news.example/feed", tag="s")
    found = parse_feed(body.encode(), "application/rss+xml", source, "https://news.example/feed")
    assert [entry.link for entry in found.entries] == [
        "https://news.example/a?id=7",
        "https://news.example/a?id=8",
    ]
    assert found.skipped_duplicate == 2
    assert canonical_url("https://news.example/a?_hsenc=p&id=7") == canonical_url(
        "https://news.example/a?id=7"
    )


def test_every_written_source_link_is_without_trackers(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    web.routes["/a"] = page(VALMONT_TITLE, VALMONT_FR)
    link = web.url("/a?id=7&utm_source=rss&utm_medium=feed")
    web.routes["/one.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>{VALMONT_TITLE}</title>'
        f"<link>{link.replace('&', '&amp;')}</link><pubDate>{format_datetime(fixed_now)}</pubDate></item>"
        "</channel></rss>".encode(),
        content_type="application/rss+xml",
    )
    web.routes["/two.xml"] = Reply(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>G</title></channel></rss>'
    )
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.git_commit = False
    run_once(settings, fixed_now)
    clean = web.url("/a?id=7")
    (post,) = posts(tmp_path).values()
    assert source_links(post) == [clean]
    config = write_config(tmp_path, settings)
    runner = CliRunner()
    written = {}
    for name, args in {
        "atom": ["export", "atom"],
        "jsonfeed": ["export", "jsonfeed"],
        "stix": ["export", "stix"],
        "incidents": ["incidents", "export", "--format", "json"],
        "show": ["stories", "show", "1"],
    }.items():
        done = runner.invoke(main, ["--config", str(config), *args], terminal_width=400)
        assert done.exit_code == 0, (name, done.output)
        written[name] = done.stdout
    misp = tmp_path / "misp"
    assert runner.invoke(main, ["--config", str(config), "export", "misp", str(misp)]).exit_code == 0
    written["misp"] = "".join(p.read_text(encoding="utf-8") for p in misp.glob("*.json"))
    written["register"] = (tmp_path / "site" / "_data" / "incidents.json").read_text(encoding="utf-8")
    for name, text in written.items():
        assert clean in text.replace("\\/", "/").replace("&amp;", "&"), name
        assert not any(mark in text for mark in TRACKED), name
    assert json.loads(written["jsonfeed"])["items"][0]["external_url"] == clean
