"""One post per article under hostile headlines: markup, CDATA ends, Liquid, front-matter
delimiters, control characters and NUL, a 10,000-character headline. Every output of article mode
— the Jekyll posts (built by a real `jekyll build --safe`), the Atom and JSON feeds, the digest and
the JSON webhook alerts — stays well-formed and carries none of it as code. Real loopback servers,
a real SQLite store."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import feedparser
import lxml.html
import yaml
from lxml import etree
from test_article_outputs import run
from test_feeds import atom_schema
from test_hostile import jekyll_site
from test_stories import OTHER, VALMONT_FOLLOW_UP, VALMONT_FR, site_settings
from webserver import Reply, WebServer

from veilleur.config import HttpConfig
from veilleur.publish.digest import build, day_stories
from veilleur.publishing.outbound import published_stories
from veilleur.store import Store

CODE = "<script>alert(1)</script> ]]> {{ site | jsonify }} {% raw %} --- layout: x ---"
# (NUL in the feed's headline only: a page with NUL in its first bytes is taken for a binary file.)
CONTROL = "\x01\x08\x0b\x1b[31m\x7f\u2028"
TITLES = {
    "/a": f"Le centre hospitalier de Valmont paralysé par un rançongiciel {CODE}",
    "/b": f"La commune de Brisebourg visée par une attaque par déni de service {CONTROL} fin",
    "/c": "LockBit revendique l'attaque contre l'hôpital de Valmont " + "très " * 2000,
}
TEXTS = {"/a": VALMONT_FR, "/b": OTHER, "/c": VALMONT_FOLLOW_UP}
# Characters no output may carry raw: C0 controls but tab and newline, DEL.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def page(title: str, paragraphs: list[str]) -> Reply:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    head = (
        f"<html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>"
    )
    return Reply(f"{head}{body}</article></body></html>".encode())


def rss(web: WebServer, items: list[tuple[str, str]], when: datetime) -> Reply:
    """The feed as a careless outlet writes it: the headline escaped, its control characters kept."""
    body = "".join(
        f"<item><title>{html.escape(title)}\x00</title><link>{web.url(path)}</link>"
        f"<pubDate>{format_datetime(when)}</pubDate></item>"
        for title, path in items
    )
    xml = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'
    return Reply(xml.encode(), content_type="application/rss+xml")


def test_hostile_headlines_stay_text_in_every_article_output(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    for path, title in TITLES.items():
        web.routes[path] = page(title, TEXTS[path])
    web.routes["/one.xml"] = rss(web, [(TITLES["/a"], "/a"), (TITLES["/b"], "/b")], fixed_now)
    web.routes["/two.xml"] = rss(web, [(TITLES["/c"], "/c")], fixed_now)
    web.routes["/hook"] = Reply(b"{}", content_type="application/json")
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.group = "article"
    settings.alerts.urls = [f"json://127.0.0.1:{web.server_address[1]}/hook"]
    settings.alerts.min_priority = 0
    site = settings.publish.out_dir
    jekyll_site(site)
    first = run(settings, fixed_now)
    assert first.summary.failures == []
    posts = {p.name: p.read_text(encoding="utf-8") for p in sorted((site / "_posts").glob("*.md"))}
    assert len(posts) == 3, list(posts)
    assert any("scriptalert1script-site-jsonify-raw-layout" in name for name in posts)  # the slug, as words

    for name, text in posts.items():
        assert len(name.encode()) <= 255
        assert "{{" not in text and "{%" not in text and "<script" not in text, name
        assert not RAW_CONTROL.search(text), (name, RAW_CONTROL.findall(text))
        meta = yaml.safe_load(text.split("---\n")[1])
        assert list(meta) == ["title", "date", "permalink", "tags"], name
        assert "\n---" not in text.split("---\n", 2)[2].split("\n", 1)[0]  # front matter closed once

    feed = (site / "feed.xml").read_bytes()
    assert atom_schema().validate(etree.fromstring(feed))  # strict XML: no raw control character
    parsed = feedparser.parse(feed)
    assert not parsed.bozo and len(parsed.entries) == 3
    assert b"<script>" not in feed and b"]]>" not in feed.replace(b"]]&gt;", b"")
    items = json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
    assert len(items) == 3
    assert all(
        "<script>" not in item["content_html"] and not RAW_CONTROL.search(item["title"]) for item in items
    )

    store = Store(settings.resolved_store_url())
    try:
        day = store.posts.all()[0].post_date
        stories = published_stories(store, settings, since=day, max_tlp=settings.digest.max_tlp)
    finally:
        store.close()
    digest = build(day_stories(stories, day, settings.digest.max_tlp), day, settings)
    assert digest.stories == 3
    assert "<script>" not in digest.html and not RAW_CONTROL.search(digest.html + digest.markdown)
    lxml.html.fromstring(digest.html)

    hooks = [json.loads(body) for where, body in web.bodies if where == "/hook"]
    assert len(hooks) == 3
    assert not any(RAW_CONTROL.search(hook["message"]) for hook in hooks)

    if shutil.which("jekyll") is None:
        return  # the posts were checked as sources above; the build needs jekyll
    build_run = subprocess.run(
        ["jekyll", "build", "--safe", "--quiet", "-s", str(site), "-d", str(site / "_site")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert build_run.returncode == 0, build_run.stderr[-3000:]
    built = [p.read_text(encoding="utf-8") for p in (site / "_site").rglob("*.html")]
    assert len(built) >= 3
    for html_page in built:
        assert "<script" not in html_page.lower() and not RAW_CONTROL.search(html_page)
