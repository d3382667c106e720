"""A feed document built to make the parser work for minutes is refused at once, as that source's
error; ordinary documents with long tags (long links, many namespaces) are read as before."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from veilleur.collect import feeds
from veilleur.collect.feeds import MAX_TAG_ATTRIBUTES, FeedError, parse_feed
from veilleur.models import Source, SourceKind

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
SOURCE = Source(name="s", kind=SourceKind.FEED, url="https://news.example/feed", tag="s")


def rss(item_attributes: str = "", link: str = "https://news.example/a") -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item{item_attributes}><title>Un titre</title><link>{link}</link>"
        f"<pubDate>{format_datetime(NOW)}</pubDate></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "attributes",
    [
        "".join(f' a{i}="x"' for i in range(60_000)),  # expat + SAX: 90 s for 100 000 before
        "".join(f"\n  xmlns:n{i}='urn:x:{i}'" for i in range(20_000)),  # namespace declarations
        "".join(f" b{i}=''" for i in range(60_000)),
        "".join(f' c{i}=">"' for i in range(60_000)),  # a ">" in a value does not end the tag
        "".join(f" e{i}" for i in range(60_000)),  # no values (not XML, parsed leniently)
    ],
    ids=["values", "namespaces", "empty-values", "gt-in-values", "no-values"],
)
def test_a_tag_with_thousands_of_attributes_is_refused_at_once(
    attributes: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At once: refused by the linear scan before any parser reads it (how long the scan takes
    is `bench/hostile_inputs.py`'s)."""

    def parser_reached(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the crowded feed reached feedparser")

    monkeypatch.setattr(feeds.feedparser, "parse", parser_reached)
    with pytest.raises(FeedError, match="attributes"):
        parse_feed(rss(attributes), "application/rss+xml", SOURCE, SOURCE.url, NOW)


def test_long_tags_and_a_few_hundred_attributes_are_still_read() -> None:
    few = "".join(f' a{i}="{"x" * 20}"' for i in range(MAX_TAG_ATTRIBUTES))
    # One tag of 6 kB whose value holds 800 "=": an enclosure with a long query string.
    query = "&amp;".join(f"k{i}=v" for i in range(800))
    enclosure = f'<enclosure url="https://news.example/a.mp3?{query}" length="1" type="audio/mpeg"/>'
    long_tag = rss().replace(b"</item>", enclosure.encode() + b"</item>")
    for body in (rss(few), long_tag):
        result = parse_feed(body, "application/rss+xml", SOURCE, SOURCE.url, NOW)
        assert [entry.title for entry in result.entries] == ["Un titre"]
