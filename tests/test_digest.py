"""The French daily digest on a real demo run: files, and a multipart e-mail delivered to a real
SMTP server on loopback (aiosmtpd), parsed with the `email` package."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from demosite import clock_at, demo_run
from smtpserver import Inbox, SmtpServer

from veilleur.cli import main
from veilleur.config import Settings
from veilleur.models import Briefing, Category, PublishedStory, StorySource, Tlp
from veilleur.publish.digest import build, day_label, order
from veilleur.publishing.outbound import published_stories
from veilleur.store import Store

NOW = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)


def watch(settings: Settings) -> None:
    settings.watchlist.keywords = ["Fictiveville"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, date]]:
    site = tmp_path_factory.mktemp("digest") / "site"
    with clock_at(NOW):
        settings, _summary = demo_run(site, labels={"guetteur": Tlp.RED}, adjust=watch)
        store = Store(settings.resolved_store_url())
        try:
            days = {story.post_date for story in published_stories(store, settings)}
        finally:
            store.close()
        assert len(days) == 1
        yield settings, days.pop()


def config(folder: Path, settings: Settings, port: int, extra: str = "") -> Path:
    lines = [f"store_url = {json.dumps(settings.resolved_store_url())}", "catalogue = false", extra, ""]
    for source in settings.sources:
        lines += [
            "[[sources]]",
            f"name = {json.dumps(source.name)}",
            f"kind = {json.dumps(source.kind.value)}",
            f"url = {json.dumps(source.url)}",
            f"tlp = {json.dumps(source.tlp.value)}",
            "",
        ]
    lines += [
        "[digest]",
        'to = ["soc@example.org", "rssi@example.org"]',
        "",
        "[digest.smtp]",
        'host = "127.0.0.1"',
        f"port = {port}",
        'security = "none"',
        'user = "veille"',
        'password_env = "DIGEST_TEST_PASSWORD"',
        'sender = "veille@example.org"',
    ]
    path = folder / "veilleur.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_digest_is_sent_in_french_with_both_parts(
    demo: tuple[Settings, date], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, day = demo
    inbox = Inbox(user="veille", password="s3cret-digest")
    monkeypatch.setenv("DIGEST_TEST_PASSWORD", "s3cret-digest")
    with SmtpServer(inbox) as server:
        monkeypatch.setenv("VEILLEUR_CONFIG", str(config(tmp_path, settings, server.port)))
        result = CliRunner().invoke(
            main, ["digest", "--date", day.isoformat(), "--send", "-o", str(tmp_path / "out")]
        )
    assert result.exit_code == 0, result.output
    assert inbox.logins == ["veille"] and len(inbox.messages) == 1
    assert sorted(inbox.recipients[0]) == ["rssi@example.org", "soc@example.org"]
    mail = inbox.messages[0]
    assert mail.get_content_type() == "multipart/alternative"
    assert str(mail["Subject"]).startswith(f"Veille cyber du {day_label(day)}")
    assert "novembre" in str(mail["Subject"]) or "décembre" in str(mail["Subject"])
    plain = mail.get_body(preferencelist=("plain",))
    html = mail.get_body(preferencelist=("html",))
    assert plain is not None and html is not None
    text, markup = plain.get_content(), html.get_content()
    for body in (text, markup):
        # Watchlist matches first, then the categories; the TLP:RED story is not sent.
        assert body.index("Votre liste de veille") < body.index("Fictiveville") < body.index("Rançongiciel")
        assert "Valmont" not in body and "TLP:CLEAR" in body and "priorité" in body
        assert "Sainte-Aurore" in body and day_label(day) in body
    assert '<a href="http://localhost:4000/posts/' in markup and 'style="' in markup and "<table" in markup
    assert "http://127.0.0.1:" in text  # the sources' links
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == [f"digest-{day.isoformat()}.html", f"digest-{day.isoformat()}.md"]
    markdown = (tmp_path / "out" / f"digest-{day.isoformat()}.md").read_text(encoding="utf-8")
    assert (
        markdown.startswith(f"# Veille cyber — {day_label(day)}") and "## Votre liste de veille" in markdown
    )


def test_missing_password_variable_is_a_clear_error(
    demo: tuple[Settings, date], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, day = demo
    monkeypatch.delenv("DIGEST_TEST_PASSWORD", raising=False)
    monkeypatch.setenv("VEILLEUR_CONFIG", str(config(tmp_path, settings, 9)))
    result = CliRunner().invoke(main, ["digest", "--date", day.isoformat(), "--send", "-o", str(tmp_path)])
    assert result.exit_code == 1 and "DIGEST_TEST_PASSWORD is not set" in result.output


def test_order_and_escaping() -> None:
    def story(
        story_id: int, priority: int, category: Category, watchlist: list[str], title: str
    ) -> PublishedStory:
        return PublishedStory(
            story_id=story_id,
            title=title,
            post_title="",
            briefing=Briefing(heading=title, summary=f"Résumé {title}"),
            post_date=date(2026, 11, 30),
            published=NOW,
            updated=NOW,
            permalink="",
            sources=[
                StorySource(outlet="<b>x</b>", url="javascript:alert(1)", source="a", date=date(2026, 11, 30))
            ],
            category=category,
            priority=priority,
            watchlist=watchlist,
        )

    stories = [
        story(1, 20, Category.VULNERABILITY, [], "Faille"),
        story(2, 50, Category.RANSOMWARE, [], "Rançon"),
        story(3, 10, Category.DDOS, ["BE"], "Watched"),
        story(4, 70, Category.VULNERABILITY, [], "Grosse faille"),
        story(5, 5, Category.OTHER, [], "*gras* <script>x</script> {{ liquid }}"),
    ]
    sections = order(stories)
    assert [(title, [s.story_id for s in items]) for title, items in sections] == [
        ("Votre liste de veille", [3]),
        ("Vulnérabilité", [4, 1]),
        ("Rançongiciel", [2]),
        ("Cybersécurité", [5]),
    ]
    made = build(stories, date(2026, 11, 30), Settings())
    assert "<script>" not in made.html and "&lt;script&gt;" in made.html and "javascript:" not in made.html
    assert "\\*gras\\*" in made.markdown and "{{" not in made.markdown and "javascript:" not in made.markdown
    assert made.subject == "Veille cyber du lundi 30 novembre 2026 — 5 sujets"


def test_with_review_on_the_digest_carries_approved_stories_only(
    demo: tuple[Settings, date], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text as sql

    from veilleur.store.console import ConsoleStore

    settings, day = demo
    monkeypatch.setenv("VEILLEUR_CONFIG", str(config(tmp_path, settings, 9, "[publish]\nreview = true")))

    def digest(folder: Path) -> str:
        result = CliRunner().invoke(main, ["digest", "--date", day.isoformat(), "-o", str(folder)])
        assert result.exit_code == 0, result.output
        return (folder / f"digest-{day.isoformat()}.md").read_text(encoding="utf-8")

    assert "Sainte-Aurore" not in digest(tmp_path / "before")  # nothing approved yet
    store = Store(settings.resolved_store_url())
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(sql("SELECT story_id FROM story_briefings")).all()
        ids = [int(row[0]) for row in rows]
        assert ids
        for story_id in ids:
            ConsoleStore(store.engine).set_review(story_id, "approved", "analyste")
        after = digest(tmp_path / "after")
        for story_id in ids:
            ConsoleStore(store.engine).set_review(story_id, "rejected", "analyste")
        rejected = digest(tmp_path / "rejected")
    finally:
        store.close()
    assert "Sainte-Aurore" in after and "Fictiveville" in after
    assert "Sainte-Aurore" not in rejected
