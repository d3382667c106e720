"""RSS/Atom documents → entries, with feedparser; every oddity becomes an error or a default."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import feedparser

from veilleur import clock
from veilleur.collect.dates import parse_date, plausible
from veilleur.collect.urls import canonical_url
from veilleur.crowded import MAX_TAG_ATTRIBUTES, most_attributes
from veilleur.edge import clean_link
from veilleur.models import Entry, Source
from veilleur.text import storable

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html)", re.I | re.S)
# A fragment that names a part of the page (`#AVIS-2026-101`), not tracking (`#xtor=RSS-3`) nor a
# place every article has (`#comments`, `#respond`, `#more-123`).
_ANCHOR = re.compile(r"[A-Za-z0-9][\w.:-]{0,100}")
_NOISE_ANCHOR = re.compile(
    r"(comments?|comment[\w-]*|respond|reply|more(-\d+)?|main|main-content|content|top|page(-?\d+)?|"
    r"article|post|body|header|footer|nav|skip\w*|"
    r"disqus_thread|ixzz\w*|utm\w*|xtor\w*|at_\w*|startcomments?|reactions?)",
    re.I,
)


# A numeric character reference (`&#xD800;`, `&#1114112;`) to no character a text can carry: a
# surrogate, NUL, or beyond U+10FFFF. feedparser's lenient parser raised on the first one
# (UnicodeEncodeError, ValueError, OverflowError), so one item's title lost the whole feed.
_CHARREF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]+)|0*([0-9]+));")
_NO_CHARACTER = b"&#xFFFD;"


def _carriable_charrefs(body: bytes) -> bytes:
    """`body` with each reference to no character as U+FFFD's (the references written in an
    ASCII-compatible encoding, what feeds use; feedparser's errors are caught for the others)."""

    def replace(found: re.Match[bytes]) -> bytes:
        hexa, decimal = found.groups()
        if len(hexa or decimal) > 7:  # beyond U+10FFFF (and no 4,300-digit int to make)
            return _NO_CHARACTER
        point = int(hexa, 16) if hexa is not None else int(decimal)
        if point == 0 or 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
            return _NO_CHARACTER
        return found.group()

    return _CHARREF.sub(replace, body)


_DECLARED = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']""")


def _charset(body: bytes, content_type: str) -> str:
    """`content_type` as feedparser should read it. A document whose bytes open with an ASCII '<'
    is in no encoding where '<' is another byte (UTF-16, UTF-32, EBCDIC): declared as one (the
    header's charset or the XML declaration's encoding), feedparser decoded ASCII as such text
    and the whole feed was lost ('malformed feed'); it is read as UTF-8 instead (feedparser
    still falls back to windows-1252 when the bytes are not UTF-8)."""
    if body.lstrip()[:1] != b"<" or b"\x00" in body[:512]:
        return content_type
    media, _, parameters = content_type.partition(";")
    header = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", parameters, re.I)
    xml = _DECLARED.match(body)
    for name in (header.group(1) if header else "", xml.group(1).decode("ascii") if xml else ""):
        try:
            compatible = not name or "<?xml".encode(name) == b"<?xml"
        except (LookupError, ValueError):
            compatible = True  # an unknown name: feedparser guesses, as before
        if not compatible:
            return f"{media.strip() or 'application/xml'}; charset=utf-8"
    return content_type


class FeedError(Exception):
    """The document is not a feed we can read."""


@dataclass
class FeedResult:
    entries: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_old: int = 0
    skipped_duplicate: int = 0  # items repeating another item of the same feed
    undated: int = 0  # items kept without a date we could trust


@dataclass
class _Item:
    link: str
    key: str  # canonical URL, with the fragment when it names a distinct part of the page
    guid: str
    title: str
    raw: Any


def _section_anchor(link: str) -> str:
    fragment = urlsplit(link).fragment
    if _ANCHOR.fullmatch(fragment) and not _NOISE_ANCHOR.fullmatch(fragment):
        return fragment
    return ""


def _identify(items: list[Any], base_url: str, warnings: list[str]) -> list[_Item]:
    """Each feed item with its identity key: its canonical URL, which drops fragments, except an
    anchor naming a part of the page (advisories on one page, each with its anchor). The key does
    not depend on the other items, so an item keeps its identity from one run to the next; when
    the page has no such part, extraction gives the article the page's URL, and the same page
    reached without the anchor is a duplicate there."""
    found: list[_Item] = []
    for item in items:
        link = item.get("link") or ""
        guid = (item.get("id") or item.get("guid") or "").strip()
        title = " ".join((item.get("title") or "").split("\n")).strip()
        if not link and guid.startswith(("http://", "https://")):
            link = guid
        if not link:
            warnings.append(f"item without a link skipped: {title[:80]!r}")
            continue
        raw, link = link, clean_link(link, base_url) or ""  # http(s) only, never userinfo
        if not link:
            warnings.append(f"item link is not an http(s) URL, skipped: {raw[:80]!r}")
            continue
        found.append(_Item(link, canonical_url(link), guid, title, item))
    for found_item in found:
        anchor = _section_anchor(found_item.link)
        if anchor:
            found_item.key = f"{found_item.key}#{anchor}"
    return found


# A GUID identifies an item; one longer is no identity anyone writes (a CMS putting the whole item
# or a signed token in it), and PostgreSQL's index of (source, guid) takes at most 2,704 bytes a
# row: such an item could not be stored, though its link was fine. It is not used, and said so.
GUID_CHARS = 500


def _shared_guids(found: list[_Item], warnings: list[str]) -> set[str]:
    """GUIDs that are not identities: carried by items with different links and titles (a CMS
    that writes "N/A", or the feed's own URL, in every item)."""
    by_guid: dict[str, list[_Item]] = {}
    for found_item in found:
        if found_item.guid:
            by_guid.setdefault(found_item.guid, []).append(found_item)
    shared = set()
    for guid, group in by_guid.items():
        keys = {member.key for member in group}
        titles = {member.title.casefold() for member in group}
        if len(keys) > 1 and len(titles) > 1:
            shared.add(guid)
            warnings.append(f"GUID {guid[:60]!r} is on {len(group)} different items: not used as identity")
    return shared


def _looks_like_html(body: bytes, content_type: str) -> bool:
    return "text/html" in content_type.lower() or bool(_HTML_START.match(body[:2048]))


def _advertised_feed(body: bytes, base_url: str) -> str | None:
    """The first feed an HTML page advertises, by trafilatura's feed discovery (its `<link
    rel="alternate">` of a feed type, charset parameters and relative addresses included, else a
    link that looks like a feed), as an absolute http(s) URL; None when it names none. A hint
    for the error message only: the source's address is never changed by it."""
    from trafilatura.feeds import FeedParameters, determine_feed  # only on this error path

    text = body[:200_000].decode("utf-8", "replace")
    host = urlsplit(base_url).hostname or ""
    try:
        found = determine_feed(text, FeedParameters(base_url, host, base_url))
    except Exception:  # a hint is never worth the source's own error
        return None
    return next(filter(None, (clean_link(url) for url in found)), None)  # http(s), no userinfo


def _date(item: Any, now: datetime) -> tuple[datetime | None, str | None]:
    """The item's date when we read it fully ourselves, with a note when a date was not used.

    Feedparser's own reading is never trusted alone: it reads some layouts in part (the 1st of
    the month for `2026/11/29 13:17:20`), and an item dropped as old on such a date is lost."""
    note = None
    for key in ("published", "updated", "created"):
        raw = dict.get(item, key)  # not item.get: it maps updated→published with a warning
        if not raw or not isinstance(raw, str):
            continue
        value = parse_date(raw)
        if value is None:
            note = note or f"date {raw[:60]!r} not understood: the item is kept, aged by its page's date"
            continue
        if not plausible(value, now):
            note = note or f"absurd date {value:%Y-%m-%d} ignored"
            continue
        return value, note
    return None, note


def _content(item: Any) -> str:
    contents = item.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = item.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def _check_attribute_counts(body: bytes) -> None:
    """Raises FeedError when a tag is crowded with attributes (`veilleur.crowded`): Python's SAX
    attribute lookup made 100 000 on one item hold the run for 90 s."""
    count = most_attributes(body.decode("latin-1"))  # the tags' ASCII structure, in linear time
    if count > MAX_TAG_ATTRIBUTES:
        raise FeedError(f"a tag carries {count} attributes (at most {MAX_TAG_ATTRIBUTES}): not a feed")


def parse_feed(
    body: bytes,
    content_type: str,
    source: Source,
    base_url: str,
    now: datetime | None = None,
    max_age_days: int = 3,
    max_entries: int = 30,
) -> FeedResult:
    """Parse a feed document. Raises FeedError when it is not a readable feed at all."""
    now = now or clock.now()
    if not body.strip():
        raise FeedError("empty response instead of a feed")
    _check_attribute_counts(body)
    try:
        parsed = feedparser.parse(
            io.BytesIO(_carriable_charrefs(body)),
            response_headers={
                "content-type": _charset(body, content_type or "application/xml"),
                "content-location": base_url,
            },
        )
    except (ValueError, OverflowError) as exc:  # a character feedparser cannot make (UTF-16 feeds)
        raise FeedError(f"unreadable feed: {type(exc).__name__}: {exc}") from exc
    items = parsed.get("entries") or []
    if not items:
        if _looks_like_html(body, content_type):
            hint = _advertised_feed(body, base_url)
            extra = f"; the page advertises a feed at {hint}" if hint else ""
            raise FeedError(f"an HTML page was served instead of a feed{extra}")
        if parsed.get("bozo"):
            raise FeedError(f"malformed feed: {parsed.get('bozo_exception')}")
        if not parsed.get("version"):
            raise FeedError("not a feed: no RSS or Atom root element")
        return FeedResult()

    result = FeedResult()
    if parsed.get("bozo"):
        result.warnings.append(f"feed is not well-formed, read leniently: {parsed.get('bozo_exception')}")
    oldest = now - timedelta(days=max_age_days)
    found = _identify(items, base_url, result.warnings)
    shared = _shared_guids(found, result.warnings)
    for found_item in found:
        if len(found_item.guid) > GUID_CHARS:
            shared.add(found_item.guid)
            result.warnings.append(
                f"GUID of {len(found_item.guid)} characters not used as identity: {found_item.link[:200]}"
            )
    seen: set[str] = set()
    for found_item in found:
        guid = "" if found_item.guid in shared else found_item.guid
        if found_item.key in seen or (guid and f"guid:{guid}" in seen):
            result.warnings.append(f"duplicate item skipped: {found_item.link}")
            result.skipped_duplicate += 1
            continue
        seen.add(found_item.key)
        if guid:
            seen.add(f"guid:{guid}")
        published, note = _date(found_item.raw, now)
        if note:
            result.warnings.append(f"{note}: {found_item.link}")
        if published is None:
            result.undated += 1
        elif published < oldest:
            result.skipped_old += 1
            continue
        result.entries.append(
            Entry(
                url=found_item.link,
                canonical_url=found_item.key,
                source=source.name,
                title=storable(found_item.title),  # a store refuses NUL and lone surrogates
                guid=storable(guid),  # "" when other items carry it or it is too long: no identity
                published=published,
                feed_content=storable(_content(found_item.raw)),
            )
        )
        if len(result.entries) >= max_entries:
            break
    if parsed.get("bozo") and not result.entries and not result.skipped_old:
        raise FeedError(f"malformed feed, no readable item: {parsed.get('bozo_exception')}")
    return result
