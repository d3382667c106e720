"""A feed item's GUID is an identity hint, not a text: one of thousands of characters (a CMS that
puts the whole item, or a signed token, in it) could not be stored by PostgreSQL, whose index of
(source, guid) takes at most 2,704 bytes a row ('index row size 2816 exceeds btree version 4
maximum 2704'): the item was lost, though its link was fine. Such a GUID is not used, and said."""

from __future__ import annotations

import random
import string
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from veilleur.collect.feeds import GUID_CHARS, parse_feed
from veilleur.models import Source, SourceKind
from veilleur.store import Store

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
SOURCE = Source(name="s", kind=SourceKind.FEED, url="https://news.example/feed", tag="s")


def _feed(guid: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>Rançongiciel à Valbrune</title><link>https://news.example/a</link>"
        f'<guid isPermaLink="false">{guid}</guid><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate>'
        "</item></channel></rss>"
    ).encode()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_item_with_a_guid_of_thousands_of_characters_is_still_collected(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from test_console import _own_postgres_database

    url = f"sqlite:///{tmp_path / 'v.db'}" if backend == "sqlite" else _own_postgres_database(request)
    store = Store(url)
    long = "".join(random.Random(7).choice(string.ascii_letters) for _ in range(3_000))
    result = parse_feed(_feed(long), "application/rss+xml", SOURCE, SOURCE.url, NOW)
    [entry] = result.entries
    assert entry.guid == ""
    assert any("GUID of 3000 characters" in warning for warning in result.warnings)
    assert store.entries.add_new(entry, date(2026, 11, 20), NOW) is not None
    # A GUID of ordinary length is kept.
    kept = parse_feed(_feed("x" * GUID_CHARS), "application/rss+xml", SOURCE, SOURCE.url, NOW)
    assert kept.entries[0].guid == "x" * GUID_CHARS
    store.close()
