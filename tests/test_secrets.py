"""Secrets stay secret and sources are checked at the edge: URL credentials are used for the
request and written nowhere; an API key echoed by an upstream error is redacted from the store,
the output, `brief --explain` and the site. Real loopback servers, the real command line."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from test_pipeline import article
from webserver import Reply, WebServer

from veilleur.cli import main
from veilleur.redact import redact

PASSWORD = "s3cret-PASS-42"
KEY = "Zq7Wm2Xr9Lp4Tn8Ks3Vd6Hf1"  # no known key shape: only its registration can redact it


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "400")
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def everything(tmp_path: Path, *results: Result) -> list[tuple[str, bytes]]:
    """Every file under tmp_path (store, site) and every command's output, as bytes."""
    # veilleur.toml is the user's own file, where the credentials are declared.
    files = [path for path in tmp_path.rglob("*") if path.is_file() and path.name != "veilleur.toml"]
    assert any(path.suffix == ".db" for path in files)
    found = [(str(path), path.read_bytes()) for path in files]
    for number, result in enumerate(results):
        found.append((f"output {number}", result.output.encode()))
        found.append((f"stderr {number}", result.stderr.encode()))
    return found


def rss(items: str) -> bytes:
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode()
    )


def write_config(tmp_path: Path, url: str, extra: str = "") -> None:
    (tmp_path / "veilleur.toml").write_text(
        f"""catalogue = false
store_url = "sqlite:///{tmp_path / "store.db"}"
[[sources]]
name = "private"
kind = "feed"
url = "{url}"
tag = "private"
[http]
allow_private = true
politeness_delay = 0
retries = 0
[publish]
out_dir = "{tmp_path / "site"}"
{extra}""",
        encoding="utf-8",
    )


def test_url_credentials_are_used_and_written_nowhere(
    runner: CliRunner, tmp_path: Path, web: WebServer, fixed_now: datetime
) -> None:
    expected = "Basic " + base64.b64encode(f"reader:{PASSWORD}".encode()).decode()
    stamp = format_datetime(fixed_now)

    def private_feed(handler: Any) -> Reply:
        if handler.headers.get("Authorization") != expected:
            return Reply(b"login required", 401)
        # A relative link: resolved against the feed URL, it must not inherit the userinfo.
        item = f"<item><title>Ransomware hits Sigma Corp</title><link>articles/one</link><pubDate>{stamp}</pubDate></item>"
        return Reply(rss(item), content_type="application/rss+xml")

    web.routes["/private/feed.xml"] = private_feed
    web.routes["/private/articles/one"] = article(
        "Ransomware hits Sigma Corp", "Sigma Corp, a fictional company, was hit by ransomware."
    )
    port = web.server_address[1]
    write_config(tmp_path, f"http://reader:{PASSWORD}@127.0.0.1:{port}/private/feed.xml")
    run = runner.invoke(main, ["run"], terminal_width=400)
    assert run.exit_code == 0, run.output
    posts = list((tmp_path / "site" / "_posts").glob("*.md"))
    assert len(posts) == 1
    assert f"(http://127.0.0.1:{port}/private/articles/one)" in posts[0].read_text(encoding="utf-8")
    listed = runner.invoke(main, ["sources", "list"], terminal_width=400)
    exported = runner.invoke(main, ["sources", "export"])
    assert f"127.0.0.1:{port}/private/feed.xml" in exported.output
    for where, content in everything(tmp_path, run, listed, exported):
        assert PASSWORD.encode() not in content and b"reader:" not in content, where


def test_a_failing_source_with_credentials_shows_none(
    runner: CliRunner, tmp_path: Path, web: WebServer
) -> None:
    web.routes["/gone.xml"] = Reply(b"gone", 404)
    write_config(tmp_path, f"http://reader:{PASSWORD}@127.0.0.1:{web.server_address[1]}/gone.xml")
    run = runner.invoke(main, ["run"], terminal_width=400)
    check = runner.invoke(main, ["sources", "check"], terminal_width=400)
    assert run.exit_code == 1 and "HTTP 404" in run.output and "HTTP 404" in check.output
    for where, content in everything(tmp_path, run, check):
        assert PASSWORD.encode() not in content and b"reader:" not in content, where


def test_an_echoed_api_key_is_found_nowhere(
    runner: CliRunner, tmp_path: Path, web: WebServer, monkeypatch: pytest.MonkeyPatch, fixed_now: datetime
) -> None:
    monkeypatch.setenv("VEILLEUR_TEST_API_KEY", KEY)
    echo = {"error": {"message": f"Incorrect API key provided: {KEY}. Sent: Authorization: Bearer {KEY}"}}
    web.routes["/v1/chat/completions"] = Reply(
        json.dumps(echo).encode(), 401, content_type="application/json"
    )
    stamp = format_datetime(fixed_now)
    item = f"<item><title>Ransomware hits Kappa Corp</title><link>{web.url('/kappa')}</link><pubDate>{stamp}</pubDate></item>"
    web.routes["/feed.xml"] = Reply(rss(item), content_type="application/rss+xml")
    web.routes["/kappa"] = article(
        "Ransomware hits Kappa Corp", "Kappa Corp, a fictional company, was hit by ransomware."
    )
    brief = f"""[brief]
backend = "openai"
[brief.openai]
base_url = "{web.url("/v1")}"
api_key_env = "VEILLEUR_TEST_API_KEY"
retries = 0
"""
    write_config(tmp_path, web.url("/feed.xml"), brief)
    run = runner.invoke(main, ["run"], terminal_width=400)
    assert run.exit_code == 0, run.output
    assert web.hits("/v1/chat/completions") >= 1  # the key was really sent, and echoed
    assert "AuthenticationError" in run.output  # the failure itself is reported
    explain = runner.invoke(main, ["brief", "--explain", web.url("/kappa")], terminal_width=400)
    assert explain.exit_code == 0 and "AuthenticationError" in explain.output, explain.output
    assert list((tmp_path / "site" / "_posts").glob("*.md"))  # published by the fallback
    for where, content in everything(tmp_path, run, explain):
        assert KEY.encode() not in content, where


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("HTTP 404 (https://bob:hunter2@feeds.example/x)", "hunter2"),
        ("Authorization: Bearer eyJhbGciOi.payload.sig", "eyJhbGciOi"),
        ("GET https://api.example/v1?api_key=abcd1234&q=1 failed", "abcd1234"),
        ("GET https://api.example/v1?token=abcd1234 failed", "abcd1234"),
        ("Incorrect API key provided: sk-proj-0123456789abcdefXYZ", "sk-proj-0123456789abcdefXYZ"),
        ('{"api_key": "k-0123456789"}', "k-0123456789"),
    ],
)
def test_redaction_removes_credentials_of_every_shape(text: str, secret: str) -> None:
    assert secret not in redact(text)


def test_redaction_leaves_ordinary_messages_alone() -> None:
    for text in (
        "HTTP 404 Not Found (https://feeds.example/x)",
        "token budget exhausted",
        "Basic authentication",
    ):
        assert redact(text) == text


def test_sources_add_checks_url_and_tag_and_never_stores_credentials(
    runner: CliRunner, tmp_path: Path
) -> None:
    secret = runner.invoke(
        main, ["sources", "add", "private", f"https://reader:{PASSWORD}@feeds.example/rss"]
    )
    assert secret.exit_code != 0 and "never stored" in secret.output and PASSWORD not in secret.output
    for url in (
        "javascript:alert(1)",
        "https://feeds.example:99999/rss",
        "https://" + "a" * 70 + ".example/",
    ):
        refused = runner.invoke(main, ["sources", "add", "bad", url])
        assert refused.exit_code != 0, url
    hostile = runner.invoke(
        main, ["sources", "add", "x", "https://feeds.example/rss", "--tag", 'a{{site}}{:onclick="x"}']
    )
    assert hostile.exit_code != 0 and "slug" in hostile.output
    named = runner.invoke(main, ["sources", "add", "Le Monde Cyber", "https://feeds.example/rss"])
    assert named.exit_code == 0 and "tag le-monde-cyber" in named.output
    listed = runner.invoke(main, ["sources", "list"], terminal_width=400).output
    assert "private" not in listed and "bad" not in listed and "le-monde-cyber" in listed
    database = b"".join(path.read_bytes() for path in (tmp_path / "data").rglob("*") if path.is_file())
    assert PASSWORD.encode() not in database


def test_opml_import_checks_every_outline(runner: CliRunner, tmp_path: Path) -> None:
    opml = tmp_path / "in.opml"
    opml.write_text(
        f"""<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Good" xmlUrl="https://good.example/feed"/>
<outline text="Secret" xmlUrl="https://reader:{PASSWORD}@secret.example/feed"/>
<outline text="Script" xmlUrl="javascript:alert(1)"/>
<outline text="Port" xmlUrl="https://port.example:70000/feed"/>
<outline text="Evil" category="{{{{site}}}}" xmlUrl="https://evil.example/feed"/>
</body></opml>""",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["sources", "import", str(opml)], terminal_width=400)
    assert result.exit_code == 0 and "3 feed(s) imported" in result.output, result.output
    assert PASSWORD not in result.output and "credentials" in result.output
    exported = runner.invoke(main, ["sources", "export"]).output
    assert "https://secret.example/feed" in exported and PASSWORD not in exported
    assert "javascript" not in exported and "port.example" not in exported and "{{" not in exported


def test_feed_links_keep_no_userinfo_and_only_http(fixed_now: datetime) -> None:
    from veilleur.collect.feeds import parse_feed
    from veilleur.models import Source, SourceKind

    stamp = format_datetime(fixed_now)
    items = (
        f"<item><title>A</title><link>javascript:alert(1)</link><pubDate>{stamp}</pubDate></item>"
        f"<item><title>B</title><link>https://bob:{PASSWORD}@news.example/b</link><pubDate>{stamp}</pubDate></item>"
        f"<item><title>C</title><link>c</link><pubDate>{stamp}</pubDate></item>"
    )
    source = Source(name="s", kind=SourceKind.FEED, url="https://news.example/feed", tag="s")
    result = parse_feed(
        rss(items), "application/rss+xml", source, f"https://bob:{PASSWORD}@news.example/feed"
    )
    assert [entry.url for entry in result.entries] == ["https://news.example/b", "https://news.example/c"]
    assert any("not an http(s) URL" in warning for warning in result.warnings)


def test_credentials_given_on_the_command_line_are_used_not_shown(
    runner: CliRunner, tmp_path: Path, web: WebServer
) -> None:
    expected = "Basic " + base64.b64encode(f"reader:{PASSWORD}".encode()).decode()

    def private_page(handler: Any) -> Reply:
        if handler.headers.get("Authorization") != expected:
            return Reply(b"login required", 401)
        return article("Ransomware hits Tau Corp", "Tau Corp, a fictional company, was hit by ransomware.")

    web.routes["/private/tau"] = private_page
    (tmp_path / "veilleur.toml").write_text(
        "catalogue = false\n[http]\nallow_private = true\npoliteness_delay = 0\n"
    )
    url = f"http://reader:{PASSWORD}@127.0.0.1:{web.server_address[1]}/private/tau"
    extracted = runner.invoke(main, ["extract", url, "--json"])
    assert extracted.exit_code == 0, extracted.output
    data = json.loads(extracted.stdout)
    assert data["title"] == "Ransomware hits Tau Corp" and data["url"] == url.replace(
        f"reader:{PASSWORD}@", ""
    )
    posted = runner.invoke(main, ["post", url])
    assert posted.exit_code == 0 and "/private/tau)" in posted.stdout, posted.output
    for result in (extracted, posted):
        assert PASSWORD not in result.output and "reader:" not in result.output
