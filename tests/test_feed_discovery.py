"""An HTML page served where a feed was expected: the source fails with a clear reason, and the
feed the page advertises — found by trafilatura's feed discovery, not by a pattern of ours — is
named in that reason as an absolute http(s) address, never a script or a credential."""

from __future__ import annotations

import pytest

from veilleur.collect.feeds import FeedError, parse_feed
from veilleur.models import Source, SourceKind

BASE = "https://news.example/section/"
SOURCE = Source(name="news", kind=SourceKind.FEED, url=BASE, tag="news")


def _reason(head: str, body: str = "<p>Latest news</p>") -> str:
    page = f"<!DOCTYPE html><html><head><title>News</title>{head}</head><body>{body}</body></html>"
    with pytest.raises(FeedError) as raised:
        parse_feed(page.encode("utf-8"), "text/html; charset=utf-8", SOURCE, BASE)
    return str(raised.value)


@pytest.mark.parametrize(
    ("head", "feed"),
    [
        ('<link rel="alternate" type="application/rss+xml" href="/rss.xml">', "https://news.example/rss.xml"),
        (  # a charset parameter on the type, which a pattern on the exact type missed
            '<link rel="alternate" type="application/atom+xml; charset=UTF-8" href="atom.xml">',
            "https://news.example/section/atom.xml",
        ),
        (  # attributes in another order
            '<link href="https://feeds.example/news" type="application/rss+xml" rel="alternate">',
            "https://feeds.example/news",
        ),
    ],
)
def test_the_feed_a_page_advertises_is_named(head: str, feed: str) -> None:
    reason = _reason(head)
    assert reason.startswith("an HTML page was served instead of a feed")
    assert reason.endswith(f"; the page advertises a feed at {feed}")


@pytest.mark.parametrize(
    "head",
    [
        "",
        '<link rel="stylesheet" type="text/css" href="/style.css">',
        '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">',
        '<link rel="alternate" type="application/rss+xml" href="data:text/xml,<rss/>">',
    ],
)
def test_no_feed_or_a_feed_that_is_no_web_address_gives_no_hint(head: str) -> None:
    assert _reason(head) == "an HTML page was served instead of a feed"


def test_credentials_in_the_advertised_address_are_not_repeated() -> None:
    reason = _reason(
        '<link rel="alternate" type="application/rss+xml" href="https://u:secret@feeds.example/x">'
    )
    assert "secret" not in reason
