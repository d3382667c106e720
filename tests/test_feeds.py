"""Feed parsing: real feeds parse, every malformed case is an error or a sensible default."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from conftest import shared_path

from veilleur.collect.feeds import FeedError, FeedResult, parse_feed
from veilleur.models import Source, SourceKind

SOURCE = Source(name="test", kind=SourceKind.FEED, url="http://127.0.0.1/feed", tag="test")
NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def rss(items: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>
<link>http://127.0.0.1/</link>{items}</channel></rss>""".encode()


def item(title: str, link: str, guid: str = "", date: datetime | None = NOW) -> str:
    pub = f"<pubDate>{format_datetime(date)}</pubDate>" if date else ""
    guid_tag = f"<guid>{guid}</guid>" if guid else ""
    return (
        f"<item><title>{title}</title><link>{link}</link>{guid_tag}{pub}<description>d</description></item>"
    )


def parse(body: bytes, content_type: str = "application/rss+xml", **kwargs: int) -> FeedResult:
    return parse_feed(body, content_type, SOURCE, "http://127.0.0.1/feed", now=NOW, **kwargs)


def test_real_feeds_parse_into_entries() -> None:
    folder = shared_path("corpus", "feeds")
    for path in sorted(folder.glob("*.xml")):
        result = parse_feed(
            path.read_bytes(),
            "application/rss+xml",
            SOURCE,
            "https://example.org/",
            now=datetime(2025, 7, 24, tzinfo=UTC),
            max_age_days=3650,
            max_entries=500,
        )
        assert result.entries, path.name
        for entry in result.entries:
            assert entry.url.startswith("http") and entry.canonical_url.startswith("http")
            assert entry.title


def test_malformed_xml_is_an_error() -> None:
    with pytest.raises(FeedError, match="malformed"):
        parse(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>cut')


def test_non_xml_is_an_error() -> None:
    with pytest.raises(FeedError):
        parse(b"this is plain text, not a feed at all", "text/plain")


def test_empty_body_is_an_error() -> None:
    with pytest.raises(FeedError, match="empty"):
        parse(b"   ")


def test_html_served_as_feed_says_so_and_points_to_the_real_feed() -> None:
    page = b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>x</body></html>'
    with pytest.raises(FeedError, match=r"HTML page.*http://127\.0\.0\.1/rss\.xml"):
        parse(page, "text/html")


def test_duplicate_guids_and_links_are_collected_once() -> None:
    body = rss(
        item("A", "http://127.0.0.1/a", "g1")
        + item("A again", "http://127.0.0.1/a?utm_source=x", "g2")
        + item("A", "http://127.0.0.1/a-moved", "g1")  # same GUID and title: the same article
    )
    result = parse(body)
    assert [e.url for e in result.entries] == ["http://127.0.0.1/a"]
    assert result.skipped_duplicate == 2 and len(result.warnings) == 2


def test_a_guid_shared_by_different_items_is_not_an_identity() -> None:
    body = rss(
        item("Quillon VPN patched", "http://127.0.0.1/quillon", "N/A")
        + item("Brackmoor council ransomware", "http://127.0.0.1/brackmoor", "N/A")
        + item("Brackmoor council ransomware", "http://127.0.0.1/brackmoor?utm_source=rss", "other")
    )
    result = parse(body)
    assert [e.url for e in result.entries] == ["http://127.0.0.1/quillon", "http://127.0.0.1/brackmoor"]
    assert result.skipped_duplicate == 1
    assert any("N/A' is on 2 different items" in warning for warning in result.warnings)


def test_links_differing_by_a_section_anchor_are_distinct_items() -> None:
    body = rss(
        item("AVIS-101", "http://127.0.0.1/avis#AVIS-101", "http://127.0.0.1/avis#AVIS-101")
        + item("AVIS-102", "http://127.0.0.1/avis#AVIS-102", "http://127.0.0.1/avis#AVIS-102")
        + item("Other", "http://127.0.0.1/news#comments", "n1")
        + item("Other again", "http://127.0.0.1/news#xtor=RSS-3", "n2")
        + item("Lone", "http://127.0.0.1/lone#section-2", "lone")
    )
    result = parse(body)
    assert [e.canonical_url for e in result.entries] == [
        "http://127.0.0.1/avis#AVIS-101",
        "http://127.0.0.1/avis#AVIS-102",
        "http://127.0.0.1/news",  # comments and tracking fragments are not parts of the page
        "http://127.0.0.1/lone#section-2",  # the same from one run to the next, alone or not
    ]
    assert result.skipped_duplicate == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026/11/21 13:17:20", datetime(2026, 11, 21, 13, 17, 20, tzinfo=UTC)),
        ("Sa, 21 Nov 2026 10:00:00 +0100", datetime(2026, 11, 21, 9, 0, tzinfo=UTC)),
        ("samedi 21 novembre 2026", datetime(2026, 11, 21, tzinfo=UTC)),
        ("Mo, 09 Mär 2026 10:00:00 MEZ", datetime(2026, 3, 9, 9, 0, tzinfo=UTC)),
        ("zaterdag 21 november 2026 10:00", datetime(2026, 11, 21, 10, 0, tzinfo=UTC)),
        ("Do, 01 Okt 2026 08:00:00 +0000", datetime(2026, 10, 1, 8, 0, tzinfo=UTC)),
        ("Di, 01 Dez 2026 08:00:00 +0000", None),  # beyond tomorrow: absurd, kept undated
        ("03/11/2026", None),  # 3 November or 11 March: not a date to drop an item on
        ("Nov 2026", None),  # no day
    ],
)
def test_feed_dates_are_read_fully_or_not_at_all(raw: str, expected: datetime | None) -> None:
    body = rss(f"<item><title>t</title><link>http://127.0.0.1/x</link><pubDate>{raw}</pubDate></item>")
    result = parse(body, max_age_days=3650)
    assert [e.published for e in result.entries] == [expected]
    if expected is None:
        assert result.undated == 1 and result.warnings


def test_a_half_understood_date_never_drops_an_item() -> None:
    # feedparser reads "2026/11/21 13:17:20" as the 1st of the month: 21 days old, dropped.
    body = rss(
        "<item><title>t</title><link>http://127.0.0.1/x</link><pubDate>2026/11/21 13:17:20</pubDate></item>"
    )
    result = parse(body, max_age_days=3)
    assert result.skipped_old == 0 and len(result.entries) == 1


def test_missing_date_and_title_get_defaults() -> None:
    result = parse(rss("<item><link>http://127.0.0.1/x</link></item>"))
    assert len(result.entries) == 1
    assert result.entries[0].published is None and result.entries[0].title == ""


@pytest.mark.parametrize("date", [datetime(2199, 1, 1, tzinfo=UTC), datetime(1970, 1, 1, tzinfo=UTC)])
def test_absurd_dates_are_ignored_with_a_warning(date: datetime) -> None:
    result = parse(rss(item("A", "http://127.0.0.1/a", date=date)))
    assert result.entries[0].published is None
    assert any("absurd date" in warning for warning in result.warnings)


def test_old_items_and_excess_items_are_not_collected() -> None:
    items = item("old", "http://127.0.0.1/old", date=NOW - timedelta(days=10))
    items += "".join(item(f"n{i}", f"http://127.0.0.1/n{i}") for i in range(5))
    result = parse(rss(items), max_age_days=3, max_entries=3)
    assert result.skipped_old == 1
    assert [e.title for e in result.entries] == ["n0", "n1", "n2"]


def test_relative_links_are_resolved_and_items_without_link_skipped() -> None:
    result = parse(rss("<item><title>rel</title><link>/news/1</link></item><item><title>none</title></item>"))
    assert [e.url for e in result.entries] == ["http://127.0.0.1/news/1"]
    assert any("without a link" in w for w in result.warnings)


def test_title_entities_are_kept_as_the_feed_delivers_them() -> None:
    # SANS ISC double-escapes: the blog's titles keep "&#x5b;" verbatim (POST-FORMAT.md §2.1).
    body = rss(item("&amp;#x5b;Guest Diary&amp;#x5d; Title, (Thu, Mar  5th)", "http://127.0.0.1/d"))
    assert parse(body).entries[0].title == "&#x5b;Guest Diary&#x5d; Title, (Thu, Mar  5th)"
