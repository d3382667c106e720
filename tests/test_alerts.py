"""Alerts through apprise on real loopback receivers: a JSON webhook (the tests' web server) and
an SMTP server (aiosmtpd). A watchlist match on the demo is announced exactly once; a failing
channel is retried at the next run and never stops the run; the alerts table migrates in."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from demosite import clock_at, demo_run
from smtpserver import Inbox, SmtpServer, free_port
from sqlalchemy import create_engine, inspect, text
from webserver import Reply, WebServer

from veilleur.cli import main
from veilleur.config import Settings
from veilleur.demo import DemoServer, run_demo
from veilleur.models import Briefing, PriorityReason, PublishedStory, ReasonCode, StorySource, Tlp
from veilleur.publish.alerts import compose, news, state_of
from veilleur.store import Store
from veilleur.store.alerts import sent_alerts
from veilleur.store.migrations import head, version

NOW = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)


def hook_bodies(web: WebServer, path: str) -> list[dict[str, str]]:
    return [json.loads(body) for where, body in web.bodies if where == path]


def test_watchlist_match_on_the_demo_is_announced_once(tmp_path: Path, web: WebServer) -> None:
    web.routes["/hook"] = Reply(b"{}", content_type="application/json")
    web.routes["/down"] = Reply(b"busy", 503)
    port = web.server_address[1]

    def configure(settings: Settings) -> None:
        settings.watchlist.keywords = ["Fictiveville"]
        settings.alerts.urls = [f"json://127.0.0.1:{port}/hook", f"json://127.0.0.1:{port}/down"]
        settings.alerts.min_priority = 100  # only the watchlist match qualifies on the demo

    site = tmp_path / "site"
    with clock_at(NOW), DemoServer() as server:
        settings, first = demo_run(site, adjust=configure, server=server)
        sent = hook_bodies(web, "/hook")
        assert len(sent) == 1 and first.alerts_sent == 1
        alert = sent[0]
        assert alert["title"].startswith("[TLP:CLEAR] ") and "Fictiveville" in alert["title"]
        assert alert["message"].startswith("Priorité ") and "Attaque DDoS (+" in alert["message"]
        assert "\nListe de veille : mot-clé : Fictiveville\n" in alert["message"]
        assert "liste de veille, mot-clé : Fictiveville (+" in alert["message"]
        assert "Article : http://localhost:4000/posts/" in alert["message"]
        # The failing channel stopped nothing: recorded, to be tried again.
        assert len(list((site / "_posts").glob("*.md"))) == 6
        assert [f.stage for f in first.failures] == ["alert"] and "json://127.0.0.1" in first.failures[
            0
        ].label
        assert "/down" not in first.failures[0].label  # the channel's path (a token) is not shown

        web.routes["/down"] = Reply(b"{}", content_type="application/json")  # back up
        _settings, second = demo_run(site, adjust=configure, server=server)
    assert len(hook_bodies(web, "/hook")) == 1  # nothing repeated by the second run
    # The failed attempt and its retry, which the channel accepted.
    assert len(hook_bodies(web, "/down")) == 2 and second.alerts_sent == 1 and second.failures == []
    store = Store(settings.resolved_store_url())
    try:
        assert len(sent_alerts(store.engine)) == 2 and store.failures.items("alert") == set()
    finally:
        store.close()


def story(**changes: object) -> PublishedStory:
    base = PublishedStory(
        story_id=4,
        title="Rançongiciel : Hôpital <b>X</b>",
        post_title="",
        briefing=Briefing(heading="h", summary="L'hôpital X a été victime d'une attaque.\x1b"),
        post_date=date(2026, 11, 30),
        published=NOW,
        updated=NOW,
        permalink="/posts/2026/11/30/x/",
        sources=[StorySource(outlet="o", url="https://news.example/a", source="o", date=date(2026, 11, 30))],
        priority=85,
        priority_reasons=[
            PriorityReason(code=ReasonCode.CATEGORY, values=("ransomware",), points=40),
            PriorityReason(code=ReasonCode.CRITICAL_SECTOR, values=("healthcare",), points=10),
            # Stored as text before the codes: said as written.
            PriorityReason(code=ReasonCode.WRITTEN, values=("odd reason",)),
        ],
        watchlist=["keyword: hôpital"],
        victims=["Hôpital X"],
        cves=["CVE-2026-1000"],
        tlp=Tlp.AMBER,
    )
    return base.model_copy(update=changes)


def test_only_significant_updates_are_announced_again() -> None:
    first = story()
    assert news(first, None) == []
    known = state_of(first)
    assert news(story(summary="other"), known) is None  # rephrased: nothing new
    assert news(story(victims=["Hôpital X", "Clinique Y"]), known) == ["victime Clinique Y"]
    assert news(story(cves=["CVE-2026-1000", "CVE-2026-2000"]), known) == ["CVE-2026-2000"]
    assert news(story(exploited=True), known) == ["exploitation confirmée"]
    assert news(story(victims=["hôpital x"]), known) is None  # the same victim, written otherwise


def test_alert_text_is_french_and_marked() -> None:
    title, body = compose(story(), Settings(), ["CVE-2026-2000"])
    assert title == "[TLP:AMBER] Mise à jour : Rançongiciel : Hôpital <b>X</b>"
    assert body.startswith(
        "Priorité 85/100 — Rançongiciel (+40); secteur critique : santé (+10); odd reason\n"
        "Liste de veille : mot-clé : hôpital\nNouveau : CVE-2026-2000\n"
    )
    assert "Article : http://localhost:4000/posts/2026/11/30/x/" in body and "\x1b" not in body
    assert "Source : https://news.example/a" in body and body.rstrip().endswith("Marquage : TLP:AMBER")


def test_alerts_test_command_sends_an_email_through_apprise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = Inbox()
    with SmtpServer(inbox) as server:
        url = f"mailto://127.0.0.1:{server.port}?from=veille@example.org&to=soc@example.org"
        monkeypatch.setenv("VEILLEUR_ALERTS__URLS", json.dumps([url, "json://127.0.0.1:9/nothing-listens"]))
        monkeypatch.setenv("VEILLEUR_STORE_URL", f"sqlite:///{tmp_path / 'v.db'}")
        result = CliRunner().invoke(main, ["alerts", "test"])
    assert result.exit_code == 1  # one channel failed, and says so
    assert "sent mailto://127.0.0.1" in result.output and "failed json://127.0.0.1:9" in result.output
    assert len(inbox.messages) == 1 and inbox.recipients == [["soc@example.org"]]
    mail = inbox.messages[0]
    assert mail["Subject"] == "veilleur : message de test"
    body = mail.get_body(preferencelist=("plain", "html"))
    assert body is not None and "arrivent bien" in body.get_content()


def test_alerts_table_is_added_to_an_older_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    Store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:  # back to the schema before alerts, as a store of that release
        conn.execute(text("DROP TABLE alerts"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0009'"))  # before r0010_alerts
    assert "alerts" not in inspect(engine).get_table_names()
    engine.dispose()
    store = Store(url)
    try:
        assert store.version == version(head())
        assert "alerts" in inspect(store.engine).get_table_names() and sent_alerts(store.engine) == {}
    finally:
        store.close()


def test_demo_command_announces_its_watchlist_match_once(
    tmp_path: Path, web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`veilleur demo --out DIR` twice (its own entry point, on one port so that its URLs stay the
    same), configured by a veilleur.toml with a watchlist and a loopback webhook."""
    web.routes["/demo-hook"] = Reply(b"{}", content_type="application/json")
    config = tmp_path / "veilleur.toml"
    config.write_text(
        '[watchlist]\nkeywords = ["Fictiveville"]\n\n[alerts]\n'
        f'urls = ["json://127.0.0.1:{web.server_address[1]}/demo-hook"]\nmin_priority = 100\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("VEILLEUR_CONFIG", str(config))
    port = free_port()
    with clock_at(NOW):
        first = run_demo(tmp_path / "site", port=port)
        second = run_demo(tmp_path / "site", port=port)
    sent = hook_bodies(web, "/demo-hook")
    assert first.alerts_sent == 1 and second.alerts_sent == 0 and len(sent) == 1
    assert "Fictiveville" in sent[0]["title"]


def test_with_review_on_a_story_is_announced_only_once_approved(tmp_path: Path, web: WebServer) -> None:
    from veilleur.store.console import ConsoleStore

    web.routes["/hook"] = Reply(b"{}", content_type="application/json")
    port = web.server_address[1]

    def configure(settings: Settings) -> None:
        settings.publish.review = True
        settings.watchlist.keywords = ["Fictiveville"]
        settings.alerts.urls = [f"json://127.0.0.1:{port}/hook"]
        settings.alerts.min_priority = 100

    site = tmp_path / "site"
    with clock_at(NOW), DemoServer() as server:
        settings, first = demo_run(site, adjust=configure, server=server)
        assert first.alerts_sent == 0 and hook_bodies(web, "/hook") == []  # waiting for review
        store = Store(settings.resolved_store_url())
        try:
            with store.engine.connect() as conn:
                story_ids = list(conn.execute(text("SELECT id FROM stories")).scalars())
            assert story_ids
            console = ConsoleStore(store.engine)
            for story_id in story_ids:  # an analyst approves every story of the day
                console.set_review(int(story_id), "approved", "analyste")
        finally:
            store.close()
        _settings, second = demo_run(site, adjust=configure, server=server)
    sent = hook_bodies(web, "/hook")
    assert second.alerts_sent == 1 and len(sent) == 1 and "Fictiveville" in sent[0]["title"]


def test_a_refused_alert_says_why_without_the_channels_path(web: WebServer) -> None:
    """A webhook answering 501 is named by its status, as apprise logged it; the channel's path
    (a token in many webhooks) is not shown."""
    from veilleur.publish.alerts import Channel, ChannelError, notify

    web.routes["/hook-s3cr3t-token"] = Reply(b"nope", 501, content_type="text/plain")
    channel = Channel(f"json://127.0.0.1:{web.server_address[1]}/hook-s3cr3t-token")
    with pytest.raises(ChannelError) as refused:
        notify(channel, "titre", "corps")
    reason = str(refused.value)
    assert "501" in reason, reason
    assert "s3cr3t" not in reason and "json://" not in reason  # the caller adds the label


def test_alerts_send_without_a_channel_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("VEILLEUR_CONFIG", raising=False)
    monkeypatch.delenv("VEILLEUR_ALERTS__URLS", raising=False)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["alerts", "send"])
    assert result.exit_code == 1 and "no alert channel" in result.output, result.output


def test_a_channel_whose_host_part_is_a_token_is_never_shown_by_it() -> None:
    """Many apprise services read a secret from the URL's host part (Pushover's application token
    in `pover://user@token`, Slack's first token, a Telegram bot token): their label and a refusal's
    reason name the service and a digest, never that part; a webhook's server is still shown."""
    from veilleur.publish.alerts import Channel, _why

    for url, secret in [
        ("pover://userkey@apptoken123secret", "apptoken123secret"),
        ("slack://TokenAsecret/TokenB/TokenC", "tokenasecret"),
        ("tgram://123456:ABCsecret/987", "ABCsecret"),
    ]:
        channel = Channel(url)
        assert secret.casefold() not in channel.label.casefold(), channel.label
        assert channel.label.startswith(url.split("://")[0] + "://… (") and channel.key[:8] in channel.label
        logged = f"Failed to send notification to {url.split('://')[1].split('/')[0]}: Unauthorized"
        assert secret.casefold() not in _why(channel, logged).casefold()
    assert Channel("json://127.0.0.1:8080/hook-token").label == "json://127.0.0.1:8080"
    assert Channel("mailtos://user:pw@mail.example.com").label == "mailtos://mail.example.com"
