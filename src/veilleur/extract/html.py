"""HTML pages → article text and metadata, with trafilatura."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import UTC, datetime

import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.settings import Document

from veilleur.extract.text import clean_capture


@dataclass
class HtmlResult:
    title: str
    text: str
    published: datetime | None
    canonical_url: str
    method: str


def _parse_date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed's content), paragraphs separated by blank lines."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return " ".join(html.split())
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    blocks: list[str] = []
    for element in root.iter("p", "li", "h1", "h2", "h3", "h4", "blockquote", "pre", "td"):
        text = " ".join(element.text_content().split())
        if text and element.getparent() is not None and element.getparent().tag not in {"li", "blockquote"}:
            blocks.append(text)
    if not blocks:
        return " ".join(root.text_content().split())
    return "\n\n".join(dict.fromkeys(blocks))


def extract_html(html: str, url: str = "") -> HtmlResult:
    """Main text of a page. Trafilatura first; when it finds nothing, the page's text rendering
    goes through our capture cleaner, which copes with pages trafilatura cannot segment."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=False,
        )
    if isinstance(document, Document):
        text = document.text or ""
        if text.strip():
            return HtmlResult(
                title=(document.title or "").strip(),
                text=text.strip(),
                published=_parse_date(document.date),
                canonical_url=document.url or "",
                method="trafilatura",
            )
    cleaned = clean_capture(fragment_text(html))
    return HtmlResult(cleaned.title, cleaned.text, None, "", "text-fallback")
