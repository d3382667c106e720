"""A text page with a stray NUL character is a page, not binary content: its article is extracted
and its document stored without the NUL. Binary data served as a page is still recognised as such."""

from __future__ import annotations

import codecs
import random

from webserver import Reply, WebServer

from veilleur.collect import fetch_document
from veilleur.collect.charset import looks_binary
from veilleur.collect.http import Fetcher
from veilleur.config import HttpConfig
from veilleur.extract import extract_article
from veilleur.models import Document, Entry

PARAGRAPHS = "".join(
    f"<p>The fictional company Quillpage Corp{number} was hit by a ransomware attack on Monday that "
    f"encrypted {number} of its servers, the company said. The attackers demanded a ransom and "
    f"threatened to publish files stolen from its network.</p>"
    for number in range(8)
)
ADDRESS = "https://example.test/a"


def _page(marker: str) -> str:
    return (
        "<html><head><title>Ransomware attack on Quillpage</title></head><body><article>"
        f"<h1>Ransomware attack on Quillpage</h1><p>Quillpage{marker} confirmed the incident.</p>"
        f"{PARAGRAPHS}</article></body></html>"
    )


def _extracted(html: str, content_type: str = "text/html") -> tuple[bool, str, str]:
    document = Document(url=ADDRESS, final_url=ADDRESS, status=200, content_type=content_type, text=html)
    article = extract_article(document, Entry(url=ADDRESS, canonical_url=ADDRESS, source="s"))
    return article.usable, article.reason, article.text


def test_a_page_with_a_stray_nul_is_extracted() -> None:
    clean = _extracted(_page(""))
    for marker in ("\x00", "\x00\x00", " \x00 x \x00"):
        usable, reason, extracted = _extracted(_page(marker))
        assert usable, reason  # was: 'binary content (text/html), not an article'
        assert "\x00" not in extracted and "ransom" in extracted
        assert len(extracted.split()) >= len(clean[2].split())


def test_binary_bytes_are_still_binary() -> None:
    noise = random.Random(3).randbytes(4096)
    assert looks_binary(noise, "text/html")
    assert not _extracted(noise.decode("latin-1"))[0]
    text = _page("").encode()
    assert looks_binary(text.decode().encode("utf-16-le"), "text/html")  # UTF-16 without its mark
    assert not looks_binary(codecs.BOM_UTF16_LE + text.decode().encode("utf-16-le"), "text/html")
    assert not looks_binary(_page("\x00").encode(), "text/html")
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise, "text/html")


def test_a_fetched_page_with_nul_characters_is_stored_and_extracted_without_them(
    web: WebServer, http_config: HttpConfig
) -> None:
    # In the first bytes (taken for binary before) and further on (kept in the document's text,
    # which PostgreSQL refuses: the page could not be stored).
    web.routes["/nul"] = Reply(_page("\x00").replace("</article>", "<p>x\x00y</p></article>").encode())
    item = Entry(url=web.url("/nul"), canonical_url=web.url("/nul"), source="s")
    with Fetcher(http_config) as fetcher:
        document = fetch_document(item, fetcher)
    assert "\x00" not in document.text and "Quillpage confirmed" in document.text
    article = extract_article(document, item)
    assert article.usable and "ransom" in article.text, article.reason
