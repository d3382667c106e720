"""HTML pages → article text and metadata, with trafilatura."""

from __future__ import annotations

import contextlib
import re
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import lxml.html
from lxml.etree import ParserError

from veilleur.crowded import uncrowded
from veilleur.extract.nesting import shallow
from veilleur.extract.text import clean_capture


def tame(html: str) -> str:
    """`html` without the attributes of a tag crowded with them (`veilleur.crowded`): libxml2
    took 20 s per parse on a tag with 100 000, and a page is parsed several times."""
    return uncrowded(html)


@dataclass
class HtmlResult:
    title: str
    text: str
    published: datetime | None
    canonical_url: str
    method: str
    byline: str = ""  # the page's author line(s), `page_byline`


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
        root = lxml.html.fragment_fromstring(tame(html), create_parent="div")
    except (ParserError, ValueError):
        return " ".join(html.split())
    except AssertionError:
        # lxml's fragment parser asserts on a whole document with a head and no body ("too many
        # bodies: []"): such a page shows no text, and its markup is none either.
        return ""
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


def _title_and_url(tree: Any, url: str) -> tuple[str, str]:
    """trafilatura's own title and URL metadata of a page (the steps of its `extract_metadata`
    that give them), without the date search, which is most of the metadata's cost."""
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    meta = examine_meta(tree)
    with contextlib.suppress(Exception):  # as trafilatura does: broken JSON-LD is no reason to fail
        meta = extract_meta_json(tree, meta)
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.url:
        meta.url = extract_url(tree, url or None)
    meta.clean_and_trim()
    return meta.title or "", meta.url or ""


def extract_html(html: str, url: str = "", page_date: bool = True) -> HtmlResult:
    """Main text of a page. Trafilatura first; when it finds nothing, the page's text rendering
    goes through our capture cleaner, which copes with pages trafilatura cannot segment.

    `page_date=False` (the feed gave the date): the page's date is not looked for and `published`
    is None; the title, URL and text are the same."""
    # Imported here: a Markdown or text capture (`veilleur post` on a file) never needs it.
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    html = tame(html)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        own = ("", "")
        # Parsed once: the byline and (when the feed gave the date) the title and URL are read
        # first, as trafilatura reads its metadata, then the extraction prunes the tree.
        tree = load_html(html)
        flat = shallow(html, tree) if tree is not None else None
        if flat is not None:  # nested past libxml2's depth: nothing past it was kept
            html = flat
            tree = load_html(html)
        byline = page_byline(tree) if tree is not None else ""
        if not page_date and tree is not None:
            own = _title_and_url(tree, url)
        document = trafilatura.bare_extraction(
            html if tree is None else tree,
            url=(url or own[1]) or None,
            with_metadata=page_date,
            include_comments=False,
            include_tables=True,
            favor_precision=False,
            # The page's own metadata only (meta tags, JSON-LD, <time>, the URL): htmldate's search
            # of the text finds a comment's or a quoted event's date as easily as the article's,
            # and an undated feed item is dropped as old on this date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if isinstance(document, Document):
        text = document.text or ""
        if text.strip():
            title, canonical = (document.title or "", document.url or "") if page_date else own
            published = _parse_date(document.date) if page_date else None
            return HtmlResult(
                title=title.strip(),
                text=text.strip(),
                published=published,
                canonical_url=canonical,
                method="trafilatura",
                byline=byline,
            )
    cleaned = clean_capture(fragment_text(html))
    return HtmlResult(cleaned.title, cleaned.text, None, "", "text-fallback", byline)


# Where a page names its author: meta tags, then the elements the common themes mark as a byline.
_BYLINE_META = "//meta[@name='author' or @property='article:author' or @name='byl']/@content"
_BYLINE_ELEMENTS = (
    "//*[@rel='author' or @itemprop='author'"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' sponsored-label ')]"
)
BYLINE_CHARS = 200  # a byline is a name or a label, never a paragraph
_BYLINE_VALUE_CHARS = 80


def page_byline(root: Any) -> str:
    """The author line(s) of a parsed page (`root`, before extraction prunes it): distinct short
    values of its author meta tags, JSON-LD `author` names and byline elements, joined by "; " and
    cut at `BYLINE_CHARS` ("" when none). A date or icon in the same element is dropped with the
    characters of the Private Use Area icon fonts draw."""
    import json

    values: list[str] = [str(v) for v in root.xpath(_BYLINE_META)]
    for script in root.xpath("//script[@type='application/ld+json']/text()"):
        with contextlib.suppress(ValueError, RecursionError):
            values += _ld_authors(json.loads(script))
    for element in root.xpath(_BYLINE_ELEMENTS)[:10]:
        values.append(element.text_content())
    kept = []
    for value in values:
        clean = " ".join("".join(c for c in value if not 0xE000 <= ord(c) <= 0xF8FF).split())
        if clean and len(clean) <= _BYLINE_VALUE_CHARS and not _DATE_ONLY.match(clean):
            kept.append(clean)
    return "; ".join(dict.fromkeys(kept))[:BYLINE_CHARS]


# A "byline" element that holds only the date ("Jul 24, 2024", "24/07/2024", "24 juillet 2024").
_DATE_ONLY = re.compile(r"^(?:\w+\.? \d{1,2},? \d{4}|\d{1,2}[ ./-]\w+\.?[ ./-]\d{2,4}|\d{4}-\d{2}-\d{2})$")


def _ld_authors(data: object, depth: int = 0) -> list[str]:
    """The `author` names of a JSON-LD document (objects, lists, @graph), a few levels deep."""
    if depth > 4:
        return []
    if isinstance(data, list):
        return [name for item in data[:20] for name in _ld_authors(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    found: list[str] = []
    author = data.get("author")
    for one in author if isinstance(author, list) else [author]:
        if isinstance(one, str):
            found.append(one)
        elif isinstance(one, dict) and isinstance(one.get("name"), str):
            found.append(one["name"])
    for key in ("@graph", "mainEntity"):
        found += _ld_authors(data.get(key), depth + 1)
    return found


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def section_html(html: str, anchor: str) -> str | None:
    """The part of a page that `#anchor` points to, as HTML: the element with that id when it
    holds the section (a `<section>`, `<article>`, `<div>`…), or, for a heading or an empty
    anchor, the heading and what follows it up to the next heading of the same or higher level.
    None when the page has no such element."""
    try:
        root = lxml.html.document_fromstring(tame(html))
    except (ParserError, ValueError):
        return None
    found = root.xpath("//*[@id=$name] | //a[@name=$name]", name=anchor)
    if not found:
        return None
    element = found[0]
    if element.tag not in _HEADINGS and not element.text_content().strip():
        # <a id="x"></a> or <a name="x"> before (or inside) a heading
        parent = element.getparent()
        if parent is not None and parent.tag in _HEADINGS:
            heading = parent
        else:  # the anchor alone, or alone in its paragraph, just before the heading
            heading = element.getnext()
            if heading is None and parent is not None and not parent.text_content().strip():
                heading = parent.getnext()
        if heading is None or not isinstance(heading.tag, str):
            return None
        element = heading
    if element.tag not in _HEADINGS:
        return str(lxml.html.tostring(element, encoding="unicode"))
    level = int(element.tag[1])
    parts = [element]
    stops = " | ".join(f".//h{n}" for n in range(1, level + 1))
    for sibling in element.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _HEADINGS and int(sibling.tag[1]) <= level:
            break
        if sibling.tag not in _HEADINGS and sibling.xpath(stops):  # the next section's container
            break
        parts.append(sibling)
    return "".join(str(lxml.html.tostring(part, encoding="unicode")) for part in parts)


def section_result(html: str, anchor: str) -> HtmlResult | None:
    """Title (its first heading) and text of the part of the page `#anchor` points to."""
    fragment = section_html(html, anchor)
    if fragment is None:
        return None
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    heading = root.xpath("(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)[1]")
    title = " ".join(heading[0].text_content().split()) if heading else ""
    if heading:
        heading[0].drop_tree()
    text = fragment_text(str(lxml.html.tostring(root, encoding="unicode")))
    return HtmlResult(title, text, None, "", "page-section")
