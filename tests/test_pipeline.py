"""The whole pipeline on real loopback servers: the demo, idempotence, de-duplication across
feeds and days, the collection-day rule, source health and filters."""

from __future__ import annotations

import os
import socket
import subprocess
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from click.testing import CliRunner
from postcheck import check_post
from webserver import Reply, WebServer

from veilleur.cli import main
from veilleur.clock import collection_day
from veilleur.config import HttpConfig, Settings, load_settings
from veilleur.demo import run_demo
from veilleur.models import ReasonCode, Source, SourceKind
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store

DEMO_SLUGS = {
    "la-clinique-sainte-aurore-victime-dune-cyberattaque",
    "la-mairie-de-fictiveville-visee-par-une-attaque-informatique-par-deni-de-service",
    "le-centre-hospitalier-de-valmont-paralyse-par-un-rancongiciel",
    "critical-netgate-vpn-flaw-exploited-in-the-wild-patch-now",
    "phishing-wave-impersonates-the-fictional-northbank-to-steal-logins",
    "year-end-report",
}


def test_demo_publishes_exactly_the_good_posts(tmp_path: Path, now: datetime) -> None:
    site = tmp_path / "site"
    summary = run_demo(site, port=0)
    posts = sorted((site / "_posts").glob("*.md"))
    assert {p.name[11:-3] for p in posts} == DEMO_SLUGS
    for path in posts:
        assert check_post(path.read_text(encoding="utf-8"), path.name) == [], path.name
    assert {r.name for r in summary.failed_sources} == {"broken-feed", "html-not-feed"}
    assert any(url.endswith("verification.html") and "bot check" in why for url, why in summary.rejected)
    assert {url.rsplit("/", 1)[1] for url, _ in summary.irrelevant} == {
        "marche-de-noel.html",
        "fete-du-fromage-record-affluence.html",
    }
    valmont = (site / "_posts").glob("*valmont*")
    assert len(list(valmont)) == 1  # the same story came through two feeds
    phishing = next(p for p in posts if "northbank" in p.name).read_text(encoding="utf-8")
    # The page was gone (410): the feed's own text was briefed, in French from its facts.
    assert "\n### Hameçonnage et fraude : " in phishing and "«" not in phishing
    # The year-end report states its figures with what they count, in French: it read "Rançongiciel :
    # article de Cyber Harbor Daily" with a "Source" point only, then "5 200 et 18 %" and the
    # English sentence quoted.
    report = next(p for p in posts if "year-end" in p.name).read_text(encoding="utf-8")
    assert "\n### Rapport : chiffres des attaques par rançongiciel selon Harbor Threat Lab\n" in report
    assert (
        "*   **Chiffres :** 5 200 organisations citées sur des sites d'extorsion, selon Harbor Threat Lab."
        in report
    )
    assert "«" not in report
    assert "**Source :**" not in report
    log = subprocess.run(
        ["git", "-C", str(site), "log", "--format=%s"], capture_output=True, text=True, check=True
    )
    day = posts[0].name[:10]
    assert log.stdout.strip() == f"feat(veille-cyber): new posts from {day}"


def test_second_demo_run_publishes_nothing(tmp_path: Path, fixed_now: datetime) -> None:
    site = tmp_path / "site"
    with socket.socket() as probe:  # a free port, the same for both runs (URLs must not change)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run_demo(site, port=port)
    # The command the demo suggests, on the configuration it wrote, shows the demo's sources
    # (it once disabled them all: the file names none) and leaves them enabled.
    listed = CliRunner().invoke(main, ["--config", str(site / "veilleur.toml"), "sources", "list"])
    assert listed.exit_code == 0, listed.output
    assert all(name in listed.output for name in ("guetteur", "harbor", "gazette", "captures"))
    before = {p.name: p.read_bytes() for p in (site / "_posts").glob("*.md")}
    summary = run_demo(site, port=port)
    after = {p.name: p.read_bytes() for p in (site / "_posts").glob("*.md")}
    assert before == after and len(after) == len(DEMO_SLUGS)
    assert summary.published == [] and summary.fetched == 0
    ok = [r for r in summary.sources.values() if not r.error and r.name != "captures"]
    assert ok and all(r.not_modified for r in ok)  # only conditional GETs answered 304


ARTICLE = """<html><head><title>{title}</title></head><body><nav><a href="/">Home</a></nav><article>
<h1>{title}</h1>
<p>{lead} The attack was detected early on Monday by the security team of the organisation.</p>
<p>Attackers deployed ransomware on several servers and demanded a ransom, the company said in a statement.
Systems were shut down as a precaution and operations were moved to manual procedures for the day.</p>
<p>The incident has been reported to the national cybersecurity centre and to the police, who are
investigating. The company says it has backups and expects to restore its services within days.</p>
</article></body></html>"""


def article(title: str, lead: str) -> Reply:
    return Reply(ARTICLE.format(title=title, lead=lead).encode())


def feed(web: WebServer, items: list[tuple[str, str]], when: datetime) -> Reply:
    body = "".join(
        f"<item><title>{title}</title><link>{web.url(path)}</link><pubDate>{format_datetime(when)}</pubDate></item>"
        for title, path in items
    )
    return Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )


def settings_for(tmp_path: Path, sources: list[Source], http: HttpConfig) -> Settings:
    settings = load_settings(
        None, store_url=f"sqlite:///{tmp_path / 'store.db'}", catalogue=False, sources=sources
    )
    settings.http = http
    settings.publish.out_dir = tmp_path / "site"
    return settings


def run_once(settings: Settings, now: datetime) -> Pipeline:
    """One run at `now`: the pipeline's clock and $VEILLEUR_NOW (the store's timestamps) agree."""
    before = os.environ.get("VEILLEUR_NOW")
    os.environ["VEILLEUR_NOW"] = now.isoformat()
    store = Store(settings.resolved_store_url())
    sync_sources(store, settings)
    pipeline = Pipeline(settings, store, now=lambda: now)
    try:
        pipeline.run()
    finally:
        pipeline.close()
        store.close()
        if before is None:
            del os.environ["VEILLEUR_NOW"]
        else:
            os.environ["VEILLEUR_NOW"] = before
    return pipeline


def test_same_article_on_a_later_day_and_through_two_feeds_is_published_once(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, now: datetime
) -> None:
    day1 = now
    day2 = day1 + timedelta(days=1)
    web.routes["/a"] = article(
        "Ransomware hits Alpha Corp", "Alpha Corp, a fictional company, was hit by ransomware."
    )
    web.routes["/b"] = article(
        "Ransomware hits Beta Corp", "Beta Corp, another fictional company, was hit by ransomware."
    )
    # The same Beta article under a second URL (a syndicated copy): same text, different address.
    web.routes["/mirror/b"] = article(
        "Ransomware hits Beta Corp", "Beta Corp, another fictional company, was hit by ransomware."
    )
    web.routes["/one.xml"] = feed(web, [("Ransomware hits Alpha Corp", "/a")], day1)
    web.routes["/two.xml"] = feed(web, [("Ransomware hits Alpha Corp", "/a?utm_source=two")], day1)
    sources = [
        Source(name="one", kind=SourceKind.FEED, url=web.url("/one.xml"), tag="one"),
        Source(name="two", kind=SourceKind.FEED, url=web.url("/two.xml"), tag="two"),
    ]
    settings = settings_for(tmp_path, sources, http_config)
    first = run_once(settings, day1)
    assert len(first.summary.published) == 1

    web.routes["/one.xml"] = feed(
        web, [("Ransomware hits Alpha Corp", "/a"), ("Ransomware hits Beta Corp", "/b")], day2
    )
    web.routes["/two.xml"] = feed(web, [("Beta Corp ransomware (copy)", "/mirror/b")], day2)
    second = run_once(settings, day2)
    names = sorted(p.name for p in (tmp_path / "site" / "_posts").glob("*.md"))
    assert len(names) == 2, names
    assert names[0].startswith(collection_day(day1, "Pacific/Noumea", 12).isoformat())
    assert any(n.startswith(collection_day(day2, "Pacific/Noumea", 12).isoformat()) for n in names)
    assert len(second.summary.published) == 1 and second.summary.duplicates == 1

    third = run_once(settings, day2 + timedelta(hours=1))
    assert third.summary.published == [] and third.summary.extracted == 0


def test_source_health_and_failures_are_recorded(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    web.routes["/bad.xml"] = Reply(b"<html><body>not a feed</body></html>")
    sources = [Source(name="bad", kind=SourceKind.FEED, url=web.url("/bad.xml"), tag="bad")]
    settings = settings_for(tmp_path, sources, http_config)
    now = fixed_now
    for _ in range(2):
        pipeline = run_once(settings, now)
        assert (
            pipeline.summary.failed_sources[0].error
            and "HTML page" in pipeline.summary.failed_sources[0].error
        )
    store = Store(settings.resolved_store_url())
    health = store.sources.health("bad")
    assert health.consecutive_failures == 2 and health.last_success is None
    assert health.last_error and "HTML page was served instead of a feed" in health.last_error
    web.routes["/bad.xml"] = feed(web, [], now)
    run_once(settings, now)
    health = store.sources.health("bad")
    assert health.consecutive_failures == 0 and health.last_success is not None and health.last_error is None


def test_include_and_exclude_keywords_filter_a_source(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, now: datetime
) -> None:
    web.routes["/a"] = article(
        "Ransomware hits Alpha Corp", "Alpha Corp, a fictional company, was hit by ransomware."
    )
    web.routes["/b"] = article(
        "Ransomware hits Beta Corp", "Beta Corp, another fictional company, was hit by ransomware."
    )
    web.routes["/f.xml"] = feed(web, [("Alpha", "/a"), ("Beta", "/b")], now)
    sources = [Source(name="f", kind=SourceKind.FEED, url=web.url("/f.xml"), tag="f", exclude=["Beta Corp"])]
    pipeline = run_once(settings_for(tmp_path, sources, http_config), now)
    assert [p.name for p in pipeline.summary.published] == [
        f"{collection_day(now, 'Pacific/Noumea', 12)}-alpha.md"
    ]
    assert any("exclude" in why for _, why in pipeline.summary.irrelevant)

    strict = [Source(name="f", kind=SourceKind.FEED, url=web.url("/f.xml"), tag="f", min_relevance=0.999)]
    other = tmp_path / "strict"
    other.mkdir()
    pipeline = run_once(settings_for(other, strict, http_config), now)
    assert pipeline.summary.published == []
    assert all("minimum relevance" in why for _, why in pipeline.summary.irrelevant)


def test_collection_day_rule() -> None:
    # 06:05 in Nouméa (UTC+11) labels the previous day, as the reference blog's morning job does.
    morning = datetime(2026, 3, 5, 19, 5, tzinfo=UTC)  # 2026-03-06 06:05 local
    afternoon = datetime(2026, 3, 6, 4, 17, tzinfo=UTC)  # 2026-03-06 15:17 local
    assert collection_day(morning, "Pacific/Noumea", 12) == date(2026, 3, 5)
    assert collection_day(afternoon, "Pacific/Noumea", 12) == date(2026, 3, 6)
    assert collection_day(morning, "Europe/Brussels", 0) == date(2026, 3, 5)


def test_bad_items_and_pages_end_to_end(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    """Through a real server: each bad case is a recorded error or a sensible default, never a
    crash and never a garbage post."""
    now = fixed_now
    lead = "Gamma Corp, a fictional company, was hit by ransomware."
    web.routes["/untitled"] = article("Ransomware hits Gamma Corp", lead)
    web.routes["/undated"] = article(
        "Ransomware hits Delta Corp", "Delta Corp, a fictional firm, was hit by ransomware."
    )
    web.routes["/future"] = article(
        "Ransomware hits Omega Corp", "Omega Corp, a fictional firm, was hit by ransomware."
    )
    web.routes["/forbidden"] = Reply(b"<html><body>Forbidden</body></html>", 403)
    web.routes["/error"] = Reply(b"<html><body>Internal error</body></html>", 500)
    web.routes["/binary"] = Reply(bytes(range(256)) * 40, content_type="application/octet-stream")
    web.routes["/unusual"] = Reply(
        b"<html><head><title>Just a moment...</title></head><body><p>We detected unusual traffic from your "
        b"network. Please complete the CAPTCHA.</p></body></html>"
    )
    stamp = format_datetime(now)
    items = (
        f"<item><link>{web.url('/untitled')}</link><pubDate>{stamp}</pubDate></item>"
        f"<item><title>Ransomware hits Delta Corp</title><link>{web.url('/undated')}</link></item>"
        f"<item><title>Ransomware hits Omega Corp</title><link>{web.url('/future')}</link>"
        "<pubDate>Tue, 01 Jan 2199 00:00:00 GMT</pubDate></item>"
        f"<item><title>Dup</title><link>{web.url('/undated')}</link><guid>x</guid></item>"
        f"<item><title>Forbidden page</title><link>{web.url('/forbidden')}</link><pubDate>{stamp}</pubDate></item>"
        f"<item><title>Server error</title><link>{web.url('/error')}</link><pubDate>{stamp}</pubDate></item>"
        f"<item><title>Binary</title><link>{web.url('/binary')}</link><pubDate>{stamp}</pubDate></item>"
        f"<item><title>Bot wall</title><link>{web.url('/unusual')}</link><pubDate>{stamp}</pubDate></item>"
    )
    web.routes["/f.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )
    sources = [Source(name="f", kind=SourceKind.FEED, url=web.url("/f.xml"), tag="f")]
    settings = settings_for(tmp_path, sources, http_config)
    pipeline = run_once(settings, now)
    summary = pipeline.summary
    published = sorted(p.name[11:-3] for p in summary.published)
    # No title in the feed: the page title is used. No date, or an absurd one: still published.
    assert published == [
        "ransomware-hits-delta-corp",
        "ransomware-hits-gamma-corp",
        "ransomware-hits-omega-corp",
    ]
    for path in summary.published:
        assert check_post(path.read_text(encoding="utf-8"), path.name) == []
    errors = dict(summary.fetch_errors)
    assert "HTTP 403" in errors[web.url("/forbidden")] and "HTTP 500" in errors[web.url("/error")]
    rejected = dict(summary.rejected)
    assert "binary" in rejected[web.url("/binary")] and "bot check" in rejected[web.url("/unusual")]
    assert "HTTP 403" in rejected[web.url("/forbidden")]  # gave up at once (permanent), no feed text
    assert web.url("/error") not in rejected  # transient: retried on the next run
    store = Store(settings.resolved_store_url())
    pending = {item.entry.url: item for item in store.entries.pending_fetch()}
    assert list(pending) == [web.url("/error")] and pending[web.url("/error")].fetch_attempts == 1


def test_watchlist_matches_show_in_the_run_summary(tmp_path: Path, fixed_now: datetime) -> None:
    from io import StringIO

    from rich.console import Console

    from veilleur.config import WatchlistConfig
    from veilleur.demo import DemoServer, demo_settings
    from veilleur.report import print_summary

    with DemoServer() as server:
        settings = demo_settings(tmp_path / "site", server.base)
        settings.watchlist = WatchlistConfig(vendors=["NetGate"], sectors=["healthcare"])
        store = Store(settings.resolved_store_url())
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store)
        summary = pipeline.run()
        pipeline.close()
    matched = dict(summary.watchlist)
    netgate = next(url for url in matched if "netgate" in url)
    assert matched[netgate] == "vendor: NetGate"
    assert any("sector: healthcare" in why for why in matched.values())
    entry_id = store.entries.id_for_url(netgate)
    assert entry_id is not None
    intel = store.intel.get(entry_id)
    assert intel is not None and any(
        r.code == ReasonCode.WATCHLIST and r.values == ("vendor", "NetGate") for r in intel.priority_reasons
    )
    buffer = StringIO()
    print_summary(summary, Console(file=buffer, width=200))
    assert f"{len(summary.watchlist)} articles match your watchlist" in buffer.getvalue()
