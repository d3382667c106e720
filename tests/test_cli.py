"""The command line: single inputs, batches, sources, OPML, configuration and exit codes."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path
from postcheck import check_post
from test_extract import SEED_TEASERS
from webserver import Reply, WebServer

from veilleur.cli import main


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "400")  # rich tables stay on one line per row
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_post_on_the_seed_input(runner: CliRunner) -> None:
    seed = shared_path("seeds", "000_2c8f3f87bf6db0f0.txt")
    result = runner.invoke(main, ["post", str(seed)])
    assert result.exit_code == 0, result.output
    post = result.stdout
    first = post.split("\n")
    assert first[1] == "title: 'La clinique André Renard victime d’une cyber-attaque'"
    date = first[2].removeprefix("date: ")
    assert check_post(post, f"{date}-la-clinique-andre-renard-victime-dune-cyber-attaque.md") == []
    assert "Les urgences ont été déviées vers d'autres hôpitaux" in post  # a French fact, not a quotation
    for teaser in SEED_TEASERS:
        assert teaser not in post.replace("**Recommandations :**", ""), teaser


def test_post_refuses_a_page_without_article(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "error.html"
    page.write_text(
        "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"
    )
    result = runner.invoke(main, ["post", str(page)])
    assert result.exit_code == 1 and "no post" in result.output and "---" not in result.stdout


def test_extract_json(runner: CliRunner) -> None:
    seed = shared_path("seeds", "000_2c8f3f87bf6db0f0.txt")
    result = runner.invoke(main, ["extract", str(seed), "--json"])
    data = json.loads(result.stdout)
    assert data["title"] == "La clinique André Renard victime d'une cyber-attaque"
    assert data["lang"] == "fr" and data["usable"] is True and data["reason"] == ""


def test_extract_jsonl_batch(runner: CliRunner, tmp_path: Path) -> None:
    body = "<p>" + "The attackers exploited a flaw in the fictional gateway to steal data. " * 15 + "</p>"
    lines = [
        json.dumps(
            {
                "id": 1,
                "url": "https://news.example/1",
                "html": f"<html><body><article>{body}</article></body></html>",
            }
        ),
        json.dumps(
            {
                "id": 2,
                "url": "https://news.example/2",
                "title": "T",
                "published": "2026-11-20T08:00:00Z",
                "text": "Menu\n\n"
                + "Une attaque par rançongiciel a touché la commune fictive de Valmont hier soir. " * 12,
            }
        ),
        json.dumps({"id": 3, "markdown": "# Short\n\n[Home](/)"}),
        "{not json",
        json.dumps({"id": 5, "url": "https://news.example/5"}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", "--jsonl", str(source), str(tmp_path / "out.jsonl")])
    # Every line has its output line; the two refused ones make the exit status 1, named.
    assert result.exit_code == 1 and "2 input line(s) refused: 4, 5" in result.output, result.output
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(rows) == 5 and rows[4]["line"] == 5
    assert (
        rows[0]["id"] == 1 and rows[0]["usable"] and rows[0]["lang"] == "en" and "gateway" in rows[0]["text"]
    )
    assert rows[1]["usable"] and rows[1]["lang"] == "fr" and rows[1]["published"].startswith("2026-11-20")
    assert rows[2]["usable"] is False and "empty page" in rows[2]["reason"]
    assert (
        rows[3] == {"line": 4, "usable": False, "reason": rows[3]["reason"]}
        and "invalid JSON" in rows[3]["reason"]
    )
    assert rows[4]["usable"] is False and "one of html, markdown or text" in rows[4]["reason"]
    for row in rows[:3]:
        assert set(row) >= {"title", "text", "lang", "published", "usable", "reason"}


def test_sources_catalogue_add_remove_enable_and_opml(runner: CliRunner, tmp_path: Path) -> None:
    listed = runner.invoke(main, ["sources", "list"], terminal_width=400)
    for tag in (
        "bleepingcomp",
        "hackernews",
        "sans-isc",
        "schneier",
        "zerodaysfans",
        "securelist",
        "troyhunt",
        "krebs",
        "philvenables",
        "certfr",
    ):
        assert tag in listed.stdout
    assert "zataz" not in listed.stdout  # extras are off until enabled
    assert runner.invoke(main, ["sources", "enable", "zataz"]).exit_code == 0
    assert (
        runner.invoke(
            main,
            [
                "sources",
                "add",
                "gazette",
                "https://gazette.example/region/",
                "--kind",
                "page",
                "--tag",
                "gazette",
            ],
        ).exit_code
        == 0
    )
    saved = runner.invoke(main, ["sources", "add", "saved", str(tmp_path), "--kind", "files"])
    assert saved.exit_code == 0
    assert "posts will name this outlet 'saved': --title sets its name" in saved.output
    titled = ["sources", "add", "titled", str(tmp_path), "--kind", "files", "--title", "Mes captures"]
    named = runner.invoke(main, titled)
    assert named.exit_code == 0 and "--title" not in named.output
    bad = runner.invoke(main, ["sources", "add", "x", "not-a-url"])
    assert bad.exit_code != 0 and "http(s) URL" in bad.output
    # The kind as checked: an address that names a feed is one; another is decided when first read.
    feed = runner.invoke(main, ["sources", "add", "echo", "https://echo.example/actu/feed.xml"])
    assert feed.output.startswith("added echo (feed) https://echo.example/actu/feed.xml"), feed.output
    page = runner.invoke(main, ["sources", "add", "region", "https://echo.example/region/"])
    assert page.output.startswith("added region (auto: feed or page, decided at the first read)"), page.output
    exported = runner.invoke(main, ["sources", "export", str(tmp_path / "s.opml")])
    assert exported.exit_code == 0
    opml = (tmp_path / "s.opml").read_text()
    assert "https://www.zataz.com/feed/" in opml and "gazette.example" not in opml  # OPML holds feeds
    # The file written is said, and so are the sources OPML cannot hold (it said nothing at all).
    assert f"{opml.count('<outline')} feed(s) → {tmp_path / 's.opml'}" in exported.output
    left_out = exported.output.split("not in OPML (not feeds): ")[1]
    assert "gazette (page)" in left_out and "region (auto)" in left_out and "saved (files)" in left_out
    assert "zataz" not in left_out
    assert runner.invoke(main, ["sources", "remove", "zataz"]).exit_code == 0
    assert runner.invoke(main, ["sources", "remove", "gazette"]).exit_code == 0
    assert "zataz" not in runner.invoke(main, ["sources", "list"], terminal_width=400).stdout
    assert "gazette" not in runner.invoke(main, ["sources", "list", "--all"], terminal_width=400).stdout
    imported = runner.invoke(main, ["sources", "import", str(tmp_path / "s.opml")])
    # Exported here and imported back: every feed is already a source (zataz disabled), none twice.
    assert imported.exit_code == 0 and "0 feed(s) imported" in imported.output, imported.output
    assert "already read by source zataz (disabled: sources enable zataz)" in imported.output
    listed = runner.invoke(main, ["sources", "list", "--all"], terminal_width=400).stdout
    assert listed.count("https://krebsonsecurity.com/feed/") == 1, listed


def test_sources_import_adds_only_feeds_not_read_yet(runner: CliRunner, tmp_path: Path) -> None:
    # A new user's round trip: the built-in feeds came back under their titles' slugs
    # (krebs-on-security beside krebs), each read twice by every run.
    opml = tmp_path / "mine.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline type="rss" text="Krebs on Security" xmlUrl="https://KrebsOnSecurity.com/feed"/>'
        '<outline type="rss" text="Cyber Harbor" xmlUrl="https://harbor.example/rss.xml" category="harbor"/>'
        '<outline type="rss" text="Harbor again" xmlUrl="https://harbor.example/rss.xml/"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    imported = runner.invoke(main, ["sources", "import", str(opml)], terminal_width=400)
    assert imported.exit_code == 0, imported.output
    assert "1 feed(s) imported" in imported.output, imported.output
    assert "skipped: krebs-on-security https://KrebsOnSecurity.com/feed: already read by source krebs" in (
        imported.output
    )
    assert "skipped: harbor-again https://harbor.example/rss.xml/: already read by source cyber-harbor" in (
        imported.output
    )
    listed = runner.invoke(main, ["sources", "list", "--all"], terminal_width=400).stdout
    assert "krebs-on-security" not in listed and "cyber-harbor" in listed


def test_sources_check_records_health_and_exit_code(
    runner: CliRunner, tmp_path: Path, web: WebServer, fixed_now: datetime
) -> None:
    now = format_datetime(fixed_now)
    web.routes["/ok.xml"] = Reply(
        f'<rss version="2.0"><channel><item><title>A</title><link>{web.url("/a")}</link>'
        f"<pubDate>{now}</pubDate></item>"
        f"<item><title>A</title><link>{web.url('/a?utm_source=rss')}</link></item>"
        f"<item><title>Old</title><link>{web.url('/old')}</link>"
        "<pubDate>Mon, 01 Jan 2024 08:00:00 +0000</pubDate></item></channel></rss>".encode(),
        content_type="application/rss+xml",
    )
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f"""catalogue = false
[[sources]]
name = "good"
kind = "feed"
url = "{web.url("/ok.xml")}"
tag = "good"
[[sources]]
name = "missing"
kind = "feed"
url = "{web.url("/missing.xml")}"
tag = "missing"
[http]
allow_private = true
politeness_delay = 0
""",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["sources", "check"], terminal_width=400)
    assert result.exit_code == 1
    assert (
        "ok good: 1 new item(s); skipped: 1 too old, 1 duplicate in the feed" in result.stdout
        and "failed missing" in result.stdout
        and "HTTP 404" in result.stdout
    )


def test_environment_overrides_the_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from veilleur.config import load_settings

    (tmp_path / "veilleur.toml").write_text('[publish]\nstyle = "current"\ntimezone = "Europe/Brussels"\n')
    monkeypatch.setenv("VEILLEUR_PUBLISH__STYLE", "old")
    settings = load_settings()
    assert settings.publish.style == "old" and settings.publish.timezone == "Europe/Brussels"
    (tmp_path / "veilleur.toml").write_text("unknown_key = 1\n")
    result = runner.invoke(main, ["sources", "list"])
    assert result.exit_code == 2 and "configuration error: unknown_key: unknown setting" in result.output


def test_run_exit_status_says_a_source_failed(runner: CliRunner, tmp_path: Path, web: WebServer) -> None:
    (tmp_path / "veilleur.toml").write_text(
        f"""catalogue = false
[[sources]]
name = "broken"
kind = "feed"
url = "{web.url("/broken.xml")}"
tag = "broken"
[http]
allow_private = true
politeness_delay = 0
retries = 0
[publish]
out_dir = "{tmp_path / "site"}"
""",
        encoding="utf-8",
    )
    web.routes["/broken.xml"] = Reply(b"<rss><channel><item><title>cut", content_type="application/rss+xml")
    result = runner.invoke(main, ["run"], terminal_width=400)
    assert result.exit_code == 1
    assert "broken" in result.output and "malformed feed" in result.output
