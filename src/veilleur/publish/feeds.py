"""Atom 1.0 (RFC 4287) and JSON Feed 1.1 of the published stories: French title, the briefing as
HTML, every source link, the category and TLP as categories; an entry's `updated` moves whenever
its post is rewritten (a new source, a new briefing).

Atom is built with lxml (an element tree: the serializer escapes every text, nothing is
concatenated); JSON Feed is a pydantic model dumped as JSON. Strings from outside pass
`escape.clean` (XML 1.0 cannot carry control characters) and links `escape.url`.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from lxml import etree
from pydantic import BaseModel, ConfigDict, Field

from veilleur.config import Settings
from veilleur.models import PublishedStory
from veilleur.publish import escape
from veilleur.publish.files import file_mode
from veilleur.publish.html import story_html
from veilleur.publish.outbound import absolute

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM_PATH = Path("feed.xml")
JSON_PATH = Path("feed.json")
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
TLP_SCHEME = "https://www.first.org/tlp/"
# The kinds of event (models' Category: CIRCL's incident classification terms, and five of ours).
CATEGORY_SCHEME = "https://veilleur.invalid/category"


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(
        parent, f"{{{ATOM_NS}}}{tag}", {k: escape.clean(v) for k, v in attributes.items()}
    )
    if text is not None:
        element.text = escape.clean(text)
    return element


def _entry_id(settings: Settings, story: PublishedStory) -> str:
    """Stable for the story's life: its post's address (never moved once planned; an article's own
    post, under the one-post-per-article policy, has its own); a story kept off the site (its TLP)
    is named by its id under the site's address, an article by its own."""
    if story.entry_id is not None and not story.permalink:
        return absolute(settings, f"/#article-{story.entry_id}")
    return absolute(settings, story.permalink) or absolute(settings, f"/#story-{story.story_id}")


def atom(stories: list[PublishedStory], settings: Settings, now: datetime) -> bytes:
    """The Atom document (UTF-8 bytes). `now` is the feed's `updated` when it has no story."""
    site = settings.publish.site_url.rstrip("/") + "/"
    root = etree.Element(f"{{{ATOM_NS}}}feed", nsmap={None: ATOM_NS})
    root.set("{http://www.w3.org/XML/1998/namespace}lang", "fr")
    _sub(root, "id", site)
    _sub(root, "title", settings.publish.site_title)
    _sub(root, "updated", _iso(max((s.updated for s in stories), default=now)))
    _sub(root, "link", rel="self", type="application/atom+xml", href=absolute(settings, f"/{ATOM_PATH}"))
    _sub(root, "link", rel="alternate", type="text/html", href=site)
    author = _sub(root, "author")
    _sub(author, "name", settings.publish.site_title)
    _sub(root, "generator", "veilleur")
    for story in stories:
        post_url = absolute(settings, story.permalink)
        entry = _sub(root, "entry")
        _sub(entry, "id", _entry_id(settings, story))
        _sub(entry, "title", f"[{story.tlp.label}] {story.title}" if story.tlp.rank else story.title)
        _sub(entry, "updated", _iso(story.updated))
        _sub(entry, "published", _iso(story.published))
        if post_url:
            _sub(entry, "link", rel="alternate", type="text/html", href=post_url)
        for source in story.sources:
            href = escape.url(source.url)
            if href:
                _sub(entry, "link", rel="related", href=href, title=source.outlet)
        _sub(entry, "category", term=story.category.value, scheme=CATEGORY_SCHEME)
        _sub(entry, "category", term=story.tlp.label, scheme=TLP_SCHEME)
        _sub(entry, "summary", story.briefing.summary)
        _sub(entry, "content", story_html(story, post_url), type="html")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))


class JsonFeedAuthor(BaseModel):
    name: str
    url: str | None = None


class JsonFeedSource(BaseModel):
    outlet: str
    url: str  # "" when the source has no public link (a local capture)


class JsonFeedExtension(BaseModel):
    """`_veilleur` on each item: what a reader has no field for."""

    story_id: int
    entry_id: int | None = None  # the article whose own post this is (one post per article)
    tlp: str
    priority: int
    priority_reasons: list[str]
    watchlist: list[str]
    sources: list[JsonFeedSource]


class JsonFeedItem(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    id: str
    url: str | None = None
    external_url: str | None = None
    title: str
    content_html: str
    summary: str
    date_published: str
    date_modified: str
    tags: list[str]
    language: str = "fr"
    veilleur: JsonFeedExtension = Field(serialization_alias="_veilleur")


class JsonFeed(BaseModel):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)."""

    version: str = JSON_FEED_VERSION
    title: str
    home_page_url: str
    feed_url: str
    language: str = "fr"
    authors: list[JsonFeedAuthor]
    items: list[JsonFeedItem]


def json_feed(stories: list[PublishedStory], settings: Settings) -> str:
    items = []
    for story in stories:
        post_url = absolute(settings, story.permalink)
        links = [JsonFeedSource(outlet=escape.clean(s.outlet), url=escape.url(s.url)) for s in story.sources]
        items.append(
            JsonFeedItem(
                id=_entry_id(settings, story),
                url=post_url or None,
                external_url=next((link.url for link in links if link.url), None),
                title=escape.clean(story.title),
                content_html=story_html(story, post_url),
                summary=escape.clean(story.briefing.summary),
                date_published=_iso(story.published),
                date_modified=_iso(story.updated),
                tags=[story.category.value, story.tlp.label],
                veilleur=JsonFeedExtension(
                    story_id=story.story_id,
                    entry_id=story.entry_id,
                    tlp=story.tlp.label,
                    priority=story.priority,
                    priority_reasons=[escape.clean(str(r)) for r in story.priority_reasons],
                    watchlist=[escape.clean(w) for w in story.watchlist],
                    sources=links,
                ),
            )
        )
    feed = JsonFeed(
        title=settings.publish.site_title,
        home_page_url=settings.publish.site_url.rstrip("/") + "/",
        feed_url=absolute(settings, f"/{JSON_PATH}"),
        authors=[JsonFeedAuthor(name=settings.publish.site_title)],
        items=items,
    )
    return feed.model_dump_json(by_alias=True, exclude_none=True, indent=2) + "\n"


def write_atomically(target: Path, data: bytes) -> bool:
    """Write `data` unless the file already holds it; True when the file changed."""
    if target.is_file() and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    os.fchmod(handle, file_mode())  # mkstemp's 0600 would hide the feed from the web server
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def write_feeds(site: Path, stories: list[PublishedStory], settings: Settings, now: datetime) -> list[Path]:
    """`feed.xml` and `feed.json` of the newest `feed_items` stories (or articles' own posts: one
    entry per post); returns the files changed.
    The caller passes only stories a public channel may carry
    (`published_stories(max_tlp=…, posted_only=True)`)."""
    newest = sorted(stories, key=lambda s: (s.updated, *s.key), reverse=True)[: settings.publish.feed_items]
    written: list[Path] = []
    if not stories and not (site / ATOM_PATH).exists() and not (site / JSON_PATH).exists():
        return written  # nothing published yet: an empty feed is no reason to touch the site
    if write_atomically(site / ATOM_PATH, atom(newest, settings, now)):
        written.append(site / ATOM_PATH)
    if write_atomically(site / JSON_PATH, json_feed(newest, settings).encode("utf-8")):
        written.append(site / JSON_PATH)
    return written
