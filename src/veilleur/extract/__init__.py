"""Documents → articles: clean text, title, date, language, canonical URL, and a verdict on
whether there is an article at all."""

from __future__ import annotations

import logging
import re
from contextlib import suppress
from datetime import UTC, datetime
from html import unescape
from urllib.parse import urlsplit

from courlan.urlutils import extract_domain

from veilleur.collect.charset import looks_binary
from veilleur.collect.urls import canonical_url as canonicalise
from veilleur.extract.byline import capture_byline
from veilleur.extract.html import extract_html, fragment_text, section_result
from veilleur.extract.lang import detect_language
from veilleur.extract.quality import assess
from veilleur.extract.text import clean_capture
from veilleur.models import Article, Document, Entry
from veilleur.text.fingerprint import BREVE_METHOD, content_hash

__all__ = ["BREVE_METHOD", "content_hash", "extract_article", "extract_markup", "untrusted_canonical"]

_LOG = logging.getLogger(__name__)

# A feed teaser that states what happened holds at least one full sentence: below this, or without
# a sentence end, it is a headline, a "read more" stub or an empty description.
BREVE_MIN_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?»”)]\s")

_HTML_MARKUP = re.compile(r"<(html|body|div|p|article|head)[\s>]", re.I)


def _kind(content_type: str, text: str) -> str:
    kind = content_type.split(";")[0].strip().lower()
    if kind in {"text/html", "application/xhtml+xml"}:
        return "html"
    if kind in {"text/markdown", "text/x-markdown"}:
        return "markdown"
    if kind == "text/plain":
        return "text"
    return "html" if _HTML_MARKUP.search(text[:5000]) else "text"


def extract_markup(
    text: str, kind: str, url: str = "", page_date: bool = True
) -> tuple[str, str, datetime | None, str, str, str]:
    """(title, body, published, canonical URL, method, byline) of one input of a known kind; a
    page's date is looked for only with `page_date` (published is then None for HTML)."""
    if kind == "html":
        r = extract_html(text, url, page_date)
        return r.title, r.text, r.published, r.canonical_url, r.method, r.byline
    cleaned = clean_capture(text)
    published = None
    if cleaned.published_hint:
        published = datetime.fromisoformat(cleaned.published_hint).replace(tzinfo=UTC)
    # A capture writes its headline's characters as references ("# Fictional &#x26; Co"), decoded
    # here once; an HTML parser has already read a page's.
    title = plain_title(cleaned.title)
    return title, cleaned.text, published, "", f"{kind}-capture", capture_byline(text)


def _site(url: str) -> str:
    """The registered domain of `url` (courlan's, "amp.example.co.uk" → "example.co.uk"), else
    its host (an address, a name without a public suffix)."""
    with suppress(ValueError):
        found = extract_domain(url)
        if found:
            return found
    return (urlsplit(url).hostname or "").removeprefix("www.")


# Path segments of a listing, not of an article: a canonical link there names no one article.
_LISTING = frozenset(
    "category categories tag tags topic topics section sections author authors archive archives page "
    "search".split()
)
# The last segment of an article's own variant, under the article's address: its AMP or print page.
_VARIANT = frozenset({"amp", "print"})


def untrusted_canonical(declared: str, fetched: list[str]) -> str:
    """Why a page's declared canonical address (`<link rel="canonical">`, og:url) is not taken for
    the article's, "" when it is. Taken, it is the key the store knows the article by: a page that
    names another page, the site's home or a section as its own would have the store take the
    article for a copy of another and drop it. So the address must be on the registered domain of
    one of the `fetched` addresses (the entry's, the redirect's end), not the site's root, not a
    listing's (a tag, a category, a page of a list), not a section above the fetched page (its own
    AMP or print variant's parent is the article, and stays trusted). A canonical link naming
    another article of the same site is met in the store: texts that differ stay two articles."""
    sites = {_site(url) for url in fetched}
    # No `fetched` address (a capture that does not say where it was read): no site to compare.
    if fetched and _site(declared) not in sites:
        return "another site's address"
    parts = urlsplit(declared)
    segments = [s for s in parts.path.split("/") if s]
    if not segments and not parts.query:
        return "the site's root"
    if _LISTING & {s.lower() for s in segments}:
        return "a listing's address"
    for url in fetched if segments else []:
        own = [s for s in urlsplit(url).path.split("/") if s]
        below = own[len(segments) :]
        if (
            own[: len(segments)] == segments
            and below
            and not (len(below) == 1 and below[0].lower() in _VARIANT)
        ):
            return "a section above the page"
    return ""


# What feeds add to an item's text that says nothing of the news: WordPress's "The post … appeared
# first on …", truncation marks and "read more" links.
_FEED_BOILERPLATE = re.compile(
    r"^(the post .{1,300} appeared first on .{1,120}|l'article .{1,300} est apparu en premier sur .{1,120}|"
    r"(continue|keep) reading.{0,120}|read more.{0,120}|lire la suite.{0,120}|weiterlesen.{0,60}|"
    r"lees meer.{0,60})$",
    re.I,
)
_TRUNCATION = re.compile(r"\s*(\[\s*(\.\.\.|…)\s*\]|\[\s*read more\s*\]|\(\s*(\.\.\.|…)\s*\))\s*$", re.I)


def _from_feed(entry: Entry) -> tuple[str, str]:
    content = entry.feed_content
    if not content.strip():
        return "", ""
    if _HTML_MARKUP.search(content) or "<" in content:
        text = fragment_text(content)
    else:
        text = " ".join(content.split())
    paragraphs = [_TRUNCATION.sub("", p).strip() for p in text.split("\n")]
    kept = [p for p in paragraphs if not _FEED_BOILERPLATE.match(" ".join(p.split()))]
    return entry.title, "\n".join(kept).strip()


# A numeric reference still there once a title is decoded is its publisher's double encoding: SANS
# ISC's feed writes "&#x26;#xa;Open Now: …" and "Neighbor Discovery&&#x23;x21;", read as
# "&#xa;Open Now: …" (the title enrich was given) and "Discovery&#x21;". No headline means "&#xa;"
# as text, so these are read too; a named one left ("&amp;" from "&amp;amp;") is the headline's own
# text ("Why &amp;amp; shows") and stays.
_LEFT_NUMERIC = re.compile(r"&#(?:[xX][0-9a-fA-F]{1,6}|[0-9]{1,7});")


def plain_title(raw: str, decode: bool = True) -> str:
    """A headline as text: its character references decoded once (`decode`: feed titles and
    captures keep them as written), a double-encoded character read, spaces collapsed."""
    text = unescape(raw) if decode else raw
    text = _LEFT_NUMERIC.sub(lambda m: unescape(m.group(0)), text)
    return " ".join(text.split())


def headline(feed_title: str, page_title: str) -> str:
    """The article's headline: the feed's own title for the item when it gives one, else the one
    read on the page. On real pages the heading nearest the article is often not the headline but
    a standfirst (The Register's "Suggests tweaks to IP semantics…" under "Red Cross seeks…"), a
    menu, a "My next class:" box or a reader's comment; the feed's title is the publisher's
    headline. A feed title cut short ("…") gives way to the page's; entities are decoded (batch
    records keep them as the feed wrote them)."""
    feed = plain_title(feed_title)
    if not feed or (feed.endswith(("...", "…")) and page_title.strip()):
        return plain_title(page_title, decode=False)
    return feed


def _without_title(text: str, title: str) -> str:
    """Extractors often repeat the headline as the first paragraph; the title is kept apart."""
    first, _, rest = text.lstrip().partition("\n")
    if title and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest.lstrip()
    return text


def extract_article(document: Document | None, entry: Entry, min_words: int = 80) -> Article:
    """The article of an entry: from its fetched page, or from the feed's own content when the
    page could not be fetched or yields less text than the feed. Never raises on bad input."""
    title, text, published, page_canonical, method = "", "", None, "", "none"
    reason, byline = "", ""
    section = None
    if document is not None:
        if looks_binary(document.text[:2048].encode("utf-8", "ignore"), document.content_type):
            reason = f"binary content ({document.content_type or 'unknown type'}), not an article"
        else:
            kind = _kind(document.content_type, document.text)
            # A date the feed gives wins over the page's: the page's is not looked for.
            title, text, published, page_canonical, method, byline = extract_markup(
                document.text, kind, document.final_url, page_date=entry.published is None
            )
            anchor = urlsplit(entry.canonical_url).fragment
            section = section_result(document.text, anchor) if anchor and kind == "html" else None
            if section is not None:
                # One item of a page that holds several (advisories on one page, each with its
                # anchor): the article is its own part of the page, not the whole page.
                title, text, method, page_canonical = section.title, section.text, section.method, ""
    # A part of a page (an advisory among several) is complete however short it is.
    page_minimum = BREVE_MIN_WORDS if method == "page-section" else min_words
    page_reason = reason or (assess(title or entry.title, text, page_minimum) if text else "empty page")
    page_words = len(text.split())
    # Not read at all: fetch failed, blocked, an error page, a bot wall, a paywall, binary bytes.
    blocked = bool(page_reason) and not page_reason.startswith(("too little", "podcast"))
    unreadable = document is None or blocked
    feed_title, feed_text = _from_feed(entry)
    feed_words = len(feed_text.split())
    states_facts = feed_words >= BREVE_MIN_WORDS and bool(_SENTENCE_END.search(feed_text + " "))
    if (feed_words > page_words and (page_words < page_minimum or reason)) or (unreadable and states_facts):
        text, method, reason = feed_text, "feed", ""
        title = (feed_title or title) if unreadable else (title or feed_title)
        # A teaser that says what happened still makes a short post when the page could not be
        # read, marked as written from the feed summary.
        if feed_words < min_words and unreadable and states_facts:
            method, page_minimum = BREVE_METHOD, BREVE_MIN_WORDS
    page_title, title = title, headline(entry.title, title)
    # Either headline repeated as the text's first line goes: the same page reached through two
    # feeds that title it differently keeps the same text (and content hash).
    text = _without_title(_without_title(text, title), page_title)
    if not reason:
        reason = assess(title or entry.title, text, page_minimum if method != "feed" else min_words)
        if reason and method == "feed" and document is not None and page_reason and page_reason != reason:
            # The feed's text stood in for a page that was read and refused (binary bytes, empty, a
            # bot wall): the record names both, not only the teaser's shortness.
            reason = f"{reason}; the page: {page_reason}"
    canonical = entry.canonical_url
    if "#" in canonical and document is not None and section is None:
        # An anchor that names no part of this page: the article is the page itself, so that the
        # same page reached without the anchor is recognised as a duplicate.
        canonical = canonical.split("#", 1)[0]
    if page_canonical and "#" not in canonical:
        fetched = [entry.url] + ([document.final_url] if document is not None and document.final_url else [])
        if entry.local_path:
            # A capture was read where its key says (a `URL:` line, the browser's mark); its URL
            # and final URL may be the page's own word, the very address under test. No such
            # record (a `file://` key): no address to compare sites with, the rest is tested.
            fetched = [] if entry.canonical_url.startswith("file:") else [entry.canonical_url]
        untrusted = untrusted_canonical(page_canonical, fetched)
        if untrusted:  # the fetched address stays the article's
            _LOG.info("%s: its canonical link %s is not taken: %s", entry.url, page_canonical, untrusted)
        else:
            canonical = canonicalise(page_canonical)
    return Article(
        url=entry.url,
        canonical_url=canonical,
        title=title,
        text=text,
        lang=detect_language(text),
        published=entry.published or published,
        usable=not reason,
        reason=reason,
        method=method,
        byline=byline,
    )
