"""A feed's declared encoding is hostile input too: a server or a CMS may declare UTF-16 (or any
encoding where '<' is not the ASCII byte) for a document written in UTF-8. feedparser decoded
it as declared, found no XML and the whole feed was lost ('malformed feed: not well-formed').
Real feed bytes through parse_feed; fictional items."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veilleur.collect.feeds import parse_feed
from veilleur.models import Source, SourceKind

NOW = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
SOURCE = Source(name="s", kind=SourceKind.FEED, url="https://news.example/feed", tag="s")
TITLE = "Le rançongiciel frappe la mairie fictive de Valbrune"


def _feed(declaration: str, pad: str = "") -> str:
    encoding = f' encoding="{declaration}"' if declaration else ""
    return (
        f'<?xml version="1.0"{encoding}?><rss version="2.0"><channel><title>K</title>'
        f"<item><title>{TITLE}</title><link>https://news.example/a</link>"
        "<pubDate>Mon, 30 Nov 2026 22:00:00 GMT</pubDate></item></channel></rss>" + pad
    )


@pytest.mark.parametrize("pad", ["", " "], ids=["even", "odd"])  # an odd length is no UTF-16
@pytest.mark.parametrize(
    ("declaration", "content_type"),
    [
        ("utf-16", "application/rss+xml"),
        ("", "application/rss+xml; charset=utf-16"),
        ("utf-16le", "text/xml"),
        ("", "text/xml; charset=UTF-16BE"),
        ("utf-32", "application/xml"),
        ("", "text/xml; charset=cp037"),
        ("EBCDIC-cp-us", "text/xml"),
    ],
)
def test_a_utf8_feed_declared_in_an_encoding_where_lt_is_another_byte_is_read(
    declaration: str, content_type: str, pad: str
) -> None:
    parsed = parse_feed(_feed(declaration, pad).encode("utf-8"), content_type, SOURCE, SOURCE.url, NOW)
    assert [entry.title for entry in parsed.entries] == [TITLE]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_a_feed_really_written_in_utf16_or_utf32_is_still_read(codec: str) -> None:
    declared = "utf-16" if codec.startswith("utf-16") else "utf-32"
    body = _feed(declared).encode(codec)
    parsed = parse_feed(body, f"application/rss+xml; charset={declared}", SOURCE, SOURCE.url, NOW)
    assert [entry.title for entry in parsed.entries] == [TITLE]
