"""An item's date is hostile input like its title: a date no clock can hold is no date, and it
never costs the feed's other items. Real feed bytes through parse_feed; fictional items."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veilleur.collect.dates import parse_date
from veilleur.collect.feeds import parse_feed
from veilleur.models import Source, SourceKind

NOW = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
SOURCE = Source(name="s", kind=SourceKind.FEED, url="https://news.example/feed", tag="s")
GOOD = "Mon, 30 Nov 2026 22:00:00 GMT"


def _rss(dates: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Item {n}</title><link>https://news.example/{n}</link><pubDate>{date}</pubDate></item>"
        for n, date in enumerate(dates)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>K</title>{items}</channel></rss>'.encode()
    )


def _atom(dates: list[str]) -> bytes:
    entries = "".join(
        f'<entry><title>Item {n}</title><link href="https://news.example/{n}"/><id>urn:x:{n}</id>'
        f"<updated>{date}</updated></entry>"
        for n, date in enumerate(dates)
    )
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>K</title>{entries}</feed>'.encode()


@pytest.mark.parametrize(
    "offset", ["+9999", "-9959", "+2400", "-2400", "+2460"], ids=["99h99", "-99h59", "24h", "-24h", "24h60"]
)
@pytest.mark.parametrize("shape", [_rss, _atom], ids=["rss", "atom"])
def test_a_utc_offset_of_a_day_or_more_is_no_date_and_costs_no_other_item(offset: str, shape: object) -> None:
    """dateutil reads 'Sun, 30 Nov 2026 23:30:00 +9999' with an offset of 99 h 99 min, which
    Python's datetime cannot compare: parse_feed raised ('offset must be a timedelta strictly
    between -timedelta(hours=24) and timedelta(hours=24)'), and the whole feed failed — none of its
    items was collected."""
    hostile = f"Sun, 30 Nov 2026 23:30:00 {offset}"
    assert parse_date(hostile) is None
    assert callable(shape)
    parsed = parse_feed(shape([GOOD, hostile, GOOD]), "application/rss+xml", SOURCE, SOURCE.url, NOW)
    assert [entry.url for entry in parsed.entries] == [f"https://news.example/{n}" for n in range(3)]
    assert [entry.published is None for entry in parsed.entries] == [False, True, False]


@pytest.mark.parametrize(
    "written",
    ["Mon, 01 Jan 0001 00:00:00 GMT", "Mon, 01 Jan 0000 00:00:00 GMT", "Sat, 30 Nov 0026 10:00:00 GMT"],
    ids=["dotnet-unset", "year-0000", "year-0026"],
)
def test_a_year_written_below_1000_is_no_date_and_the_item_is_kept(written: str) -> None:
    """The RFC 822 reading takes a four-digit year below 1000 for a two-digit one: .NET's unset
    date 'Mon, 01 Jan 0001' read as 2001, '0000' as 2000, and parse_feed dropped the item as
    old — its article never collected. Read as no date, the item is kept, undated."""
    assert parse_date(written) is None
    parsed = parse_feed(_rss([GOOD, written]), "application/rss+xml", SOURCE, SOURCE.url, NOW)
    assert [entry.url for entry in parsed.entries] == ["https://news.example/0", "https://news.example/1"]
    assert parsed.entries[1].published is None and parsed.skipped_old == 0
