"""Item identity across runs: a link that changed under the same GUID and title is the same item;
a GUID that several different items carry identifies nothing, today or later."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from webserver import Reply, WebServer

from veilleur.config import HttpConfig, Settings, load_settings
from veilleur.extract.html import section_result
from veilleur.models import Source, SourceKind
from veilleur.pipeline import Pipeline, RunSummary, sync_sources
from veilleur.store import Store

DAY1 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
DAY2 = DAY1 + timedelta(days=1)


def serve(web: WebServer, items: list[tuple[str, str, str]], when: datetime) -> None:
    """The feed of (title, path, guid) items, dated `when`, and a page for each item."""
    xml = "".join(
        f'<item><title>{title}</title><link>{web.url(path)}</link><guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>{format_datetime(when)}</pubDate><description>{title}.</description></item>"
        for title, path, guid in items
    )
    web.routes["/feed"] = Reply(
        f'<rss version="2.0"><channel><title>T</title>{xml}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )
    for title, path, _guid in items:
        text = (
            f"{title}: attackers deployed ransomware on the servers of the fictional {path[1:]} group. " * 12
        )
        web.routes[path] = Reply(
            f"<html><body><article><h1>{title}</h1><p>{text}</p></article></body></html>".encode()
        )


def settings_for(tmp_path: Path, web: WebServer, http: HttpConfig) -> Settings:
    source = Source(name="s", kind=SourceKind.FEED, url=web.url("/feed"), tag="s")
    settings = load_settings(
        None, store_url=f"sqlite:///{tmp_path / 'store.db'}", catalogue=False, sources=[source]
    )
    settings.http = http
    settings.publish.out_dir = tmp_path / "site"
    return settings


def run(settings: Settings, now: datetime) -> RunSummary:
    store = Store(settings.store_url)
    sync_sources(store, settings)
    pipeline = Pipeline(settings, store, now=lambda: now)
    try:
        return pipeline.run()
    finally:
        pipeline.close()
        store.close()


def test_a_moved_link_under_the_same_guid_and_title_is_the_same_item(
    tmp_path: Path, web: WebServer, http_config: HttpConfig
) -> None:
    settings = settings_for(tmp_path, web, http_config)
    serve(web, [("Ransomware hits Brackmoor", "/brackmoor", "post-7f3a")], DAY1)
    assert run(settings, DAY1).sources["s"].new == 1
    serve(web, [("Ransomware hits Brackmoor", "/brackmoor-council", "post-7f3a")], DAY2)
    second = run(settings, DAY2)
    assert second.sources["s"].new == 0 and second.sources["s"].skipped == {"already collected": 1}


def test_a_guid_every_item_carries_identifies_nothing_on_later_days_either(
    tmp_path: Path, web: WebServer, http_config: HttpConfig
) -> None:
    settings = settings_for(tmp_path, web, http_config)
    serve(
        web,
        [("Ransomware hits Brackmoor", "/brackmoor", "N/A"), ("Quillon VPN flaw", "/quillon", "N/A")],
        DAY1,
    )
    first = run(settings, DAY1)
    assert first.sources["s"].new == 2 and len(first.published) == 2
    serve(web, [("Ransomware hits Tellbank", "/tellbank", "N/A")], DAY2)
    second = run(settings, DAY2)
    assert second.sources["s"].new == 1 and second.sources["s"].skipped == {}


SECTIONS = """<html><body><h1>Bulletins</h1>
<p><a name="one"></a></p><h2>First advisory</h2><p>First text.</p><p>More of the first.</p>
<h2 id="two">Second advisory</h2><p>Second text.</p><h3>Details</h3><p>Second details.</p>
<a id="three"></a><h2>Third advisory</h2><p>Third text.</p>
<section id="four"><h2>Fourth advisory</h2><p>Fourth text.</p></section>
<p id="inline">A paragraph with an id.</p></body></html>"""


@pytest.mark.parametrize(
    ("anchor", "title", "text"),
    [
        ("one", "First advisory", "First text.\n\nMore of the first."),
        ("two", "Second advisory", "Second text.\n\nDetails\n\nSecond details."),  # up to the next h2
        ("three", "Third advisory", "Third text."),
        ("four", "Fourth advisory", "Fourth text."),
        ("inline", "", "A paragraph with an id."),
    ],
)
def test_an_anchor_reads_its_own_part_of_the_page(anchor: str, title: str, text: str) -> None:
    found = section_result(SECTIONS, anchor)
    assert found is not None and (found.title, found.text) == (title, text)


def test_an_anchor_the_page_lacks_gives_no_section() -> None:
    assert section_result(SECTIONS, "five") is None
