"""Every item in its own error boundary: a hostile feed item, an unwritable post or register, a
store from before failure records — each is one recorded failure, and the rest is published."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from postcheck import check_post
from sqlalchemy import text
from webserver import Reply, WebServer

from veilleur.cli import main
from veilleur.clock import collection_day
from veilleur.config import HttpConfig, Settings, load_settings
from veilleur.models import Entry, Source, SourceKind
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store
from veilleur.store.migrations import head, version
from veilleur.text.slug import front_matter_title, slugify

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{name}, a fictional company, was hit by a ransomware attack on Monday that encrypted its file servers,
the company said in a statement published on its website.</p>
<p>Systems were shut down as a precaution and staff moved to manual procedures while the security team of
{name} investigated the intrusion with outside experts.</p>
<p>The incident was reported to the national cybersecurity centre and to the police. {name} says it has
backups and expects to restore its services for customers within days.</p></article></body></html>"""


def page(title: str, name: str) -> Reply:
    return Reply(PAGE.format(title=title, name=name).encode())


def rss(items: list[tuple[str, str]], when: datetime) -> Reply:
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>{format_datetime(when)}</pubDate></item>"
        for title, link in items
    )
    return Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )


def write_config(tmp_path: Path, web: WebServer, feeds: list[str]) -> Path:
    sources = "".join(
        f'[[sources]]\nname = "{name}"\nkind = "feed"\nurl = "{web.url(f"/{name}.xml")}"\ntag = "{name}"\n\n'
        for name in feeds
    )
    path = tmp_path / "veilleur.toml"
    path.write_text(
        f"""store_url = "sqlite:///{tmp_path / "store.db"}"
catalogue = false

{sources}[http]
allow_private = true
politeness_delay = 0.0
retries = 0
timeout = 5.0

[publish]
out_dir = "{tmp_path / "site"}"
""",
        encoding="utf-8",
    )
    return path


def test_hostile_items_fail_alone_and_the_good_feed_is_published(
    tmp_path: Path, web: WebServer, monkeypatch: pytest.MonkeyPatch, fixed_now: datetime
) -> None:
    """A reference to a lone surrogate in a feed's title (feedparser raised UnicodeEncodeError on
    it until the feed's references were made carriable), a link with a bad port, a host label of 70
    characters and a 300-character title, next to a good feed."""
    monkeypatch.setenv("COLUMNS", "400")
    now = fixed_now  # the run reads it from $VEILLEUR_NOW
    web.routes["/good/1"] = page("Ransomware hits Alpha Corp", "Alpha Corp")
    web.routes["/good.xml"] = rss([("Ransomware hits Alpha Corp", web.url("/good/1"))], now)
    web.routes["/s/1"] = page("Ransomware hits Beta Corp", "Beta Corp")
    web.routes["/surrogate.xml"] = rss([("Ransomware &#xD800; hits Beta Corp", web.url("/s/1"))], now)
    long_title = (
        "Ransomware hits Gamma Corp offices in Amsterdam Brussels Copenhagen Dublin Edinburgh Frankfurt "
        "Geneva Helsinki Istanbul Jakarta Kyoto Lisbon Madrid Nairobi Oslo Prague Quito Riga Seville "
        "Tallinn Utrecht Valencia Warsaw Zagreb Antwerp Bergen Cork Dresden Eindhoven Florence Graz Hamburg Innsbruck Leipzig"
    )
    assert len(long_title) >= 300
    web.routes["/h/long"] = page(long_title, "Gamma Corp")
    bad_port = "http://127.0.0.1:99999/ransomware-delta"
    long_label = f"http://{'a' * 70}.example/ransomware-omega"
    web.routes["/hostile.xml"] = rss(
        [
            ("Ransomware hits Delta Corp", bad_port),
            ("Ransomware hits Omega Corp", long_label),
            (long_title, web.url("/h/long")),
        ],
        now,
    )
    config = write_config(tmp_path, web, ["good", "surrogate", "hostile"])
    result = CliRunner().invoke(main, ["--config", str(config), "run"])
    output = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), output
    # No source failed: the bad port and the long label are two pages not fetched, retried by the
    # next run and named in the summary; the exit status says whether a source failed (README).
    assert result.exit_code == 0, output

    posts = {path.name: path for path in (tmp_path / "site" / "_posts").glob("*.md")}
    good = [name for name in posts if "ransomware-hits-alpha-corp" in name]
    assert len(good) == 1, output
    assert check_post(posts[good[0]].read_text(encoding="utf-8"), good[0]) == []

    # The surrogate: the feed is read, its item published without it (U+FFFD in its place).
    beta = [path for name, path in posts.items() if "beta-corp" in name]
    assert len(beta) == 1, output
    assert "\ud800" not in beta[0].read_text(encoding="utf-8", errors="surrogatepass")
    # The bad port and the bad host label: each its own entry's failure, named in the summary.
    assert bad_port in output and long_label in output, output
    # The long title: a post under a name the file system takes, or its own publish failure.
    gamma = [name for name in posts if "gamma-corp" in name]
    if gamma:
        assert len(gamma[0].encode()) <= 255
    else:
        assert "publish" in output and "File name too long" in output, output


def settings_for(tmp_path: Path, web: WebServer, http: HttpConfig, names: list[str]) -> Settings:
    sources = [Source(name=n, kind=SourceKind.FEED, url=web.url(f"/{n}.xml"), tag=n) for n in names]
    settings = load_settings(
        None, store_url=f"sqlite:///{tmp_path / 'store.db'}", catalogue=False, sources=sources
    )
    settings.http = http
    settings.publish.out_dir = tmp_path / "site"
    return settings


def run_once(settings: Settings, now: datetime) -> Pipeline:
    store = Store(settings.resolved_store_url())
    sync_sources(store, settings)
    pipeline = Pipeline(settings, store, now=lambda: now)
    try:
        pipeline.run()
    finally:
        pipeline.close()
        store.close()
    return pipeline


def test_an_unwritable_post_fails_alone_is_given_up_and_retried(
    tmp_path: Path, web: WebServer, http_config: HttpConfig
) -> None:
    now = datetime(2026, 11, 30, 22, 0, tzinfo=UTC)  # a month's last day, late: the day rolls over
    titles = {"/a": "Ransomware hits Alpha Corp", "/b": "Ransomware hits Beta Corp"}
    web.routes["/a"] = page(titles["/a"], "Alpha Corp")
    web.routes["/b"] = page(titles["/b"], "Beta Corp")
    web.routes["/f.xml"] = rss([(title, web.url(path)) for path, title in titles.items()], now)
    settings = settings_for(tmp_path, web, http_config, ["f"])
    settings.limits.max_attempts = 2
    site = tmp_path / "site"
    day = collection_day(now, settings.publish.timezone, settings.publish.day_rollover_hour)
    # A directory where Beta's post goes, and a file where the register's folder goes.
    blocked = site / "_posts" / f"{day.isoformat()}-{slugify(front_matter_title(titles['/b']))}.md"
    blocked.mkdir(parents=True)
    site.joinpath("_data").write_text("not a folder", encoding="utf-8")

    first = run_once(settings, now).summary
    assert [path.name for path in first.published] == [f"{day.isoformat()}-ransomware-hits-alpha-corp.md"]
    failures = {failure.stage: failure for failure in first.failures}
    assert set(failures) == {"publish", "register"}
    assert failures["publish"].label == web.url("/b") and "IsADirectoryError" in failures["publish"].reason
    assert failures["publish"].attempts == 1 and not failures["publish"].given_up
    env = {
        "VEILLEUR_STORE_URL": settings.resolved_store_url(),
        "VEILLEUR_CATALOGUE": "false",
        "VEILLEUR_HTTP__ALLOW_PRIVATE": "true",
        "COLUMNS": "300",
    }
    checked = CliRunner(env=env).invoke(main, ["sources", "check", "f"])
    assert checked.exit_code == 0, checked.output
    assert "failed items of these sources" in checked.output and "IsADirectoryError" in checked.output

    second = run_once(settings, now + timedelta(hours=1)).summary
    assert [(f.stage, f.attempts, f.given_up) for f in second.failures if f.stage == "publish"] == [
        ("publish", 2, True)
    ]
    third = run_once(settings, now + timedelta(hours=2)).summary  # given up: not tried again
    assert [f.stage for f in third.failures] == ["register"] and third.given_up == 1

    # Repaired by hand, then `veilleur retry --all`: the next run publishes it.
    blocked.rmdir()
    site.joinpath("_data").unlink()
    store = Store(settings.resolved_store_url())
    assert {f.stage for f in store.failures.all(state="failed")} == {"publish", "register"}
    store.close()
    result = CliRunner(env={"VEILLEUR_STORE_URL": settings.resolved_store_url()}).invoke(
        main, ["retry", "--all"]
    )
    assert result.exit_code == 0 and "tried again next run" in result.output
    fourth = run_once(settings, now + timedelta(hours=3)).summary
    assert fourth.failures == [] and [p.name for p in fourth.published] == [blocked.name]
    assert check_post(blocked.read_text(encoding="utf-8"), blocked.name) == []
    assert (site / "_data" / "incidents.json").is_file()
    store = Store(settings.resolved_store_url())
    assert store.failures.all() == []


def test_retry_lists_and_refuses_unknown_ids(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store(url)
    first = store.failures.record("brief", "entry:1", "rejected by the guard: [red]x", "s", "https://a/1")
    store.close()
    runner = CliRunner(env={"VEILLEUR_STORE_URL": url, "COLUMNS": "300"})
    listed = runner.invoke(main, ["retry"])
    assert listed.exit_code == 0 and "rejected by the guard: [red]x" in listed.output
    unknown = runner.invoke(main, ["retry", str(first.id + 1)])
    assert unknown.exit_code == 1 and f"no failure with id {first.id + 1}" in unknown.output
    assert runner.invoke(main, ["retry", str(first.id)]).exit_code == 0
    assert Store(url).failures.all() == []


def test_a_store_from_before_failure_records_upgrades_in_place(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = Store(url)
    old = Entry(url="https://a.example/1", canonical_url="https://a.example/1", source="s")
    entry_id = store.entries.add(old, datetime(2026, 11, 2).date())
    assert entry_id is not None
    with store.engine.begin() as conn:  # as a schema-4 store was: no failure table, version 4
        conn.execute(text("DROP TABLE failures"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    store.close()

    upgraded = Store(url)
    assert upgraded.version == version(head()) >= 5
    assert upgraded.entries.get(entry_id) is not None  # what it held is kept
    failure = upgraded.failures.give_up(
        upgraded.failures.record("extract", f"entry:{entry_id}", "ValueError: x").id
    )
    assert failure.state == "failed" and upgraded.failures.items("extract", "failed") == {f"entry:{entry_id}"}
