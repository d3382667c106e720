"""Watch a web page that has no feed (a regional news site's section) for new article links."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html
from courlan import is_navigation_page, is_not_crawlable
from lxml.etree import ParserError

from veilleur.collect.urls import canonical_url
from veilleur.edge import clean_link
from veilleur.models import Entry, Source

# Sections, archives and utilities, not articles.
_NOT_ARTICLE = re.compile(
    r"/(tag|tags|category|categories|categorie|rubrique|author|auteur|page|search|recherche|login|"
    r"connexion|contact|about|a-propos|privacy|cookies|mentions-legales|abonnement|subscribe|newsletter)"
    r"(/|$)",
    re.I,
)
_FILE = re.compile(r"\.(jpg|jpeg|png|gif|svg|webp|pdf|zip|mp3|mp4|css|js|xml|rss)$", re.I)
# A headline has several words; "Accueil", "Sport", "Lire plus" do not make one.
MIN_ANCHOR_WORDS = 4
NO_ARTICLE_LINK = (
    f"no article link found on the watched page (a link counts when its text has {MIN_ANCHOR_WORDS} "
    "words or more and its address looks like an article's: a slug with two hyphens, or a number)"
)


def _same_site(host: str, page_host: str) -> bool:
    host, page_host = host.lower().removeprefix("www."), page_host.lower().removeprefix("www.")
    return host == page_host or host.endswith("." + page_host) or page_host.endswith("." + host)


def _looks_like_article(url: str, page_url: str) -> bool:
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if not path or _NOT_ARTICLE.search(parts.path) or _FILE.search(path):
        return False
    # courlan's filters (trafilatura's crawler) add the navigation and overview pages it knows —
    # German ones among them (/schlagwort/, /seite/, /kategorie/, /impressum) — and links that
    # lead nowhere a reader goes (login, javascript:, whatsapp:). Its navigation words are read
    # in the folders above the last segment only: it takes "-page/" or "-user/" ending a path
    # too, which is an article's slug ("…-clones-microsoft-login-page/", "…-impersonate-any-user/").
    if is_navigation_page(path[: path.rfind("/") + 1]) or is_not_crawlable(url):
        return False
    if canonical_url(url) == canonical_url(page_url):
        return False
    last = path.rsplit("/", 1)[-1]
    # Article URLs carry a slug of several words or a numeric id; section URLs are one short word.
    return last.count("-") >= 2 or bool(re.search(r"\d{3,}", path))


def discover_links(html: str, page_url: str, source: Source, max_entries: int = 30) -> list[Entry]:
    """Return candidate article entries linked from the page, in page order, without repeats."""
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return []
    page_host = urlsplit(page_url).hostname or ""
    found: list[Entry] = []
    seen: set[str] = set()
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        url = clean_link(href, page_url) or ""  # http(s) only, never userinfo
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not _same_site(parts.hostname or "", page_host):
            continue
        text = " ".join(anchor.text_content().split()) or (anchor.get("title") or "").strip()
        if len(text.split()) < MIN_ANCHOR_WORDS or not _looks_like_article(url, page_url):
            continue
        key = canonical_url(url)
        if key in seen:
            continue
        seen.add(key)
        found.append(Entry(url=url, canonical_url=key, source=source.name, title=text))
        if len(found) >= max_entries:
            break
    return found
