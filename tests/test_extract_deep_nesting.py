"""A page nested deeper than libxml2 goes (256 elements) keeps its article. The parser stopped
there and kept nothing past it: 260 unclosed `<font>` or nested `<div>` before the article (a
hostile page, a template that never closes its tags) made it "empty page: no text found". Such a
page is now read flattened past 200 elements deep; a page the parser reads whole is read as it
is. The page is fictional."""

from __future__ import annotations

import pytest

from veilleur.extract import extract_article
from veilleur.extract.html import extract_html
from veilleur.extract.nesting import MAX_DEPTH, _flattened
from veilleur.models import Document, Entry

BODY = (
    "The fictional Harrowgate Borough Council was hit by a ransomware attack on Monday: attackers "
    "encrypted its servers and stole residents' records, and council tax payments were suspended. "
) * 5
URL = "https://news.example/harrowgate"


def _page(tag: str, depth: int, closed: bool = True) -> str:
    inner = f"<h1>Council hit by ransomware</h1><p>{BODY}</p><p>Police are investigating the attack.</p>"
    return (
        "<html><head><title>Council hit by ransomware</title></head><body>"
        + f"<{tag}>" * depth
        + inner
        + (f"</{tag}>" * depth if closed else "")
        + "</body></html>"
    )


def _article(html: str) -> tuple[str, bool, str]:
    document = Document(url=URL, final_url=URL, status=200, content_type="text/html", text=html)
    article = extract_article(document, Entry(url=URL, canonical_url=URL, source="t"), 50)
    return article.text, article.usable, article.reason


@pytest.mark.parametrize(
    ("tag", "depth", "closed"), [("div", 300, True), ("font", 1000, False), ("b", 5000, True)]
)
def test_a_page_nested_past_the_parsers_depth_keeps_its_article(tag: str, depth: int, closed: bool) -> None:
    text, usable, reason = _article(_page(tag, depth, closed))
    assert usable, reason
    assert "Harrowgate Borough Council" in text and "Police are investigating" in text


def test_a_page_the_parser_reads_whole_is_read_as_it_is() -> None:
    shallow_page = _page("div", 100)
    assert (
        extract_html(shallow_page, URL).text
        == extract_html(shallow_page.replace("<div>" * 100, ""), URL).text
    )
    # Flattening keeps every word and drops only the tags past MAX_DEPTH (a space each): with
    # <html> and <body> open, 198 <div> stay.
    flat = _flattened(_page("div", MAX_DEPTH + 50))
    assert flat.count("<div>") == flat.count("</div>") == MAX_DEPTH - 2 and BODY in flat
