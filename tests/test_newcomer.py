"""What a new user trips on, each one seen: a source given by name and URL alone, configuration
errors (one line per field, exit status 2), the example configuration copied as is, batches with
dated and undated lines, a run that publishes nothing, a URL that answers 404, tables in a pipe."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_pipeline import article, feed, run_once
from webserver import Reply, WebServer

from veilleur.cli import main
from veilleur.config import load_settings
from veilleur.models import SourceKind
from veilleur.store import Store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("COLUMNS", raising=False)  # as in a pipe or a cron job: no terminal width
    monkeypatch.delenv("VEILLEUR_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_a_source_needs_only_a_name_and_a_url(
    tmp_path: Path, web: WebServer, fixed_now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    web.routes["/a"] = article(
        "Ransomware hits Alpha Corp", "Alpha Corp, a fictional company, was hit by ransomware."
    )
    web.routes["/b"] = article(
        "Ransomware hits Beta Corp", "Beta Corp, another fictional company, was hit by ransomware."
    )
    web.routes["/feed.xml"] = feed(web, [("Ransomware hits Alpha Corp", "/a")], fixed_now)
    # A feed at an address that does not say so, and a section page without a feed.
    web.routes["/latest"] = feed(web, [("Ransomware hits Beta Corp", "/b")], fixed_now)
    web.routes["/section"] = Reply(
        f'<html><body><h1>Cyber</h1><ul><li><a href="{web.url("/b")}">Ransomware hits Beta Corp</a></li>'
        "</ul></body></html>".encode()
    )
    captures = tmp_path / "captures"
    captures.mkdir()
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'catalogue = false\nstore_url = "sqlite:///{tmp_path / "store.db"}"\n'
        f'[[sources]]\nname = "Le Blog Sécu"\nurl = "{web.url("/feed.xml")}"\n'
        f'[[sources]]\nname = "Dernières nouvelles"\nurl = "{web.url("/latest")}"\n'
        f'[[sources]]\nname = "Rubrique Cyber"\nurl = "{web.url("/section")}"\n'
        f'[[sources]]\nname = "Mes captures"\nurl = "{captures}"\n'
        f'[publish]\nout_dir = "{tmp_path / "site"}"\ngit_commit = false\n'
        "[http]\nallow_private = true\npoliteness_delay = 0\nrespect_robots = false\n",
        encoding="utf-8",
    )
    settings = load_settings(config)
    found = {s.name: (s.kind, s.tag) for s in settings.sources}
    assert found == {
        "Le Blog Sécu": (SourceKind.FEED, "le-blog-secu"),  # the URL names a feed
        "Dernières nouvelles": (SourceKind.AUTO, "dernieres-nouvelles"),  # decided by what it serves
        "Rubrique Cyber": (SourceKind.AUTO, "rubrique-cyber"),
        "Mes captures": (SourceKind.FILES, "mes-captures"),  # an existing local folder
    }
    summary = run_once(settings, fixed_now).summary
    assert all(report.error is None for report in summary.sources.values()), summary.sources
    store = Store(settings.resolved_store_url())
    try:
        # The feed behind a plain address was read as a feed, the section page as a page.
        latest = [store.entries.id_for_url(web.url("/b"))]
        assert latest[0] is not None and store.entries.id_for_url(web.url("/a")) is not None
    finally:
        store.close()
    assert summary.sources["Dernières nouvelles"].new == 1 and summary.sources["Le Blog Sécu"].new == 1
    assert summary.sources["Rubrique Cyber"].error is None


def test_configuration_errors_say_each_field_on_one_line_and_exit_2(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "veilleur.toml").write_text(
        'catalogue = "maybe"\nunknown_key = 1\n[http]\ntimeout = "soon"\n'
        '[[sources]]\nname = "a"\nkind = "rss"\nurl = "https://feeds.example/rss"\n'
        '[[sources]]\nurl = "https://feeds.example/other"\n',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["sources", "list"])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert all(line.startswith("configuration error: ") for line in lines), lines
    assert len(lines) == 5, lines
    text = "\n".join(lines)
    assert "catalogue: " in text and "'maybe'" in text
    assert "unknown_key: unknown setting" in text
    assert "http.timeout: " in text and "'soon'" in text
    assert "sources[0].kind: " in text and "'rss'" in text
    assert "sources[1].name: required" in text
    assert "Traceback" not in result.output and "errors.pydantic.dev" not in result.output

    (tmp_path / "veilleur.toml").write_text("catalogue = [\n", encoding="utf-8")
    broken = runner.invoke(main, ["run"])
    assert broken.exit_code == 2 and "veilleur.toml: not valid TOML" in broken.output


def test_an_unreadable_veilleur_now_is_a_configuration_error(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VEILLEUR_NOW", "demain matin")
    result = runner.invoke(main, ["sources", "list"])
    assert result.exit_code == 2 and "configuration error: VEILLEUR_NOW=" in result.output


def test_the_example_configuration_copied_as_is_enables_no_example_source(
    runner: CliRunner, tmp_path: Path
) -> None:
    shutil.copy(ROOT / "veilleur.example.toml", tmp_path / "veilleur.toml")
    settings = load_settings()
    assert settings.sources and not [s.name for s in settings.sources if s.enabled]
    listed = runner.invoke(main, ["sources", "list"])
    assert listed.exit_code == 0, listed.output
    assert "rtbf-regions" not in listed.output and "example.be" not in listed.output


def test_stories_batch_with_dated_and_undated_lines(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "Alpha Corp, a fictional company, was hit by ransomware on Monday, the company said. Systems "
        "were shut down as a precaution and the police are investigating the attack on Alpha Corp."
    )
    lines = [
        {"id": "aware", "url": "https://a.example/1", "title": "Ransomware hits Alpha Corp", "text": text,
         "published": "2026-11-30T23:30:00+00:00"},
        {"id": "undated", "url": "https://b.example/2", "title": "Alpha Corp ransomware attack", "text": text},
        {"id": "date-only", "url": "https://c.example/3", "title": "Beta", "text": "Beta Corp was hit.",
         "published": "2026-11-30"},
        {"id": "naive", "url": "https://d.example/4", "title": "Gamma", "text": "Gamma Corp was hit.",
         "published": "2026-12-01T08:00:00"},
    ]  # fmt: skip
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = runner.invoke(main, ["stories", "--jsonl", str(source), str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    # By date: aware, date-only and naive dates compare. The undated line is dated as the dated
    # line nearest before it (none here: the first after it, "aware"), so it sorts after it and
    # joins its story: both tell Alpha Corp's attack.
    assert [row["id"] for row in out] == ["date-only", "aware", "undated", "naive"]
    assert out[2]["story_id"] == out[1]["story_id"]


def test_a_run_that_publishes_nothing_commits_nothing(runner: CliRunner, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    git = ["git", "-C", str(site), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "init"], check=True)
    (tmp_path / "captures").mkdir()
    (tmp_path / "veilleur.toml").write_text(
        f'catalogue = false\n[[sources]]\nname = "captures"\nurl = "{tmp_path / "captures"}"\n'
        f'[publish]\nout_dir = "{site}"\n',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["run"])
    assert result.exit_code == 0, result.output
    assert "nothing published" in result.output and "_posts" not in result.output
    log = subprocess.run([*git, "log", "--format=%s"], capture_output=True, text=True, check=True).stdout
    assert log.split() == ["init"]
    assert [p.name for p in site.iterdir()] == [".git"]  # no empty register, no empty folder


def test_extract_on_a_url_that_answers_404_fails(runner: CliRunner, tmp_path: Path, web: WebServer) -> None:
    (tmp_path / "veilleur.toml").write_text("[http]\nallow_private = true\nretries = 0\n", encoding="utf-8")
    web.routes["/gone"] = Reply(b"<html><body><h1>Not Found</h1></body></html>", 404)
    result = runner.invoke(main, ["extract", web.url("/gone")])
    assert result.exit_code == 1 and "HTTP 404" in result.output
    as_json = runner.invoke(main, ["extract", "--json", web.url("/gone")])
    assert as_json.exit_code == 1 and "HTTP 404" in as_json.output
    assert runner.invoke(main, ["intel", web.url("/gone")]).exit_code == 1
    # The cause comes first: the page was not read, not "empty page: no text found".
    assert "fetch failed: HTTP 404" in as_json.output and "empty page" not in as_json.output
    posted = runner.invoke(main, ["post", web.url("/gone")])
    assert posted.exit_code == 1 and "no post: fetch failed: HTTP 404" in posted.output, posted.output


def test_tables_are_not_cut_when_the_output_is_not_a_terminal(runner: CliRunner, tmp_path: Path) -> None:
    url = "https://feeds.example/" + "tres-long-chemin/" * 8 + "rss.xml"
    (tmp_path / "veilleur.toml").write_text(
        f'catalogue = false\n[[sources]]\nname = "une source au nom assez long"\nurl = "{url}"\n',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["sources", "list"])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "une source au nom assez long" in line)
    assert url in row  # the whole URL on its row, not wrapped at 80 columns


def test_a_source_taken_out_of_the_configuration_stops_being_read(tmp_path: Path) -> None:
    from veilleur.pipeline import sync_sources

    config = tmp_path / "veilleur.toml"
    store_url = f"sqlite:///{tmp_path / 'store.db'}"
    example = '[[sources]]\nname = "exemple"\nurl = "https://www.example.be/regions/liege"\n'
    mine = '[[sources]]\nname = "mien"\nurl = "https://blog.example/feed.xml"\n'
    store = Store(store_url)
    try:
        for text, expected in (
            (example + mine, {"exemple", "mien"}),
            (mine, {"mien"}),
            (example, {"exemple"}),
        ):
            config.write_text(f'catalogue = false\nstore_url = "{store_url}"\n{text}', encoding="utf-8")
            sync_sources(store, load_settings(config))
            assert {s.name for s in store.sources.all(enabled_only=True)} == expected
        assert {s.name for s in store.sources.all()} == {"exemple", "mien"}  # history kept
    finally:
        store.close()


def test_a_source_that_is_neither_a_url_nor_a_path_says_so(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "veilleur.toml").write_text(
        f'[[sources]]\nname = "captures"\nurl = "{tmp_path / "not-yet"}"\n', encoding="utf-8"
    )
    result = runner.invoke(main, ["sources", "list"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"configuration error: source 'captures': '{tmp_path / 'not-yet'}' is neither an http(s) URL nor an "
        'existing file or folder (kind = "files" for a folder that does not exist yet)'
    ]


def test_a_misspelt_key_in_a_section_or_a_source_is_a_configuration_error(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`[http] timout` or `inclde` in a `[[sources]]` was silently ignored: the setting did nothing."""
    (tmp_path / "veilleur.toml").write_text(
        'catalogue = false\n[http]\ntimout = 5\n[brief.openai]\nbase_ur = "http://127.0.0.1:1/v1"\n'
        '[[sources]]\nname = "a"\nurl = "https://feeds.example/rss"\ninclde = ["ransomware"]\n',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["sources", "list"])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert all(line.startswith("configuration error: ") for line in lines), lines
    text = "\n".join(lines)
    assert "http.timout: unknown setting" in text
    assert "brief.openai.base_ur: unknown setting" in text
    assert "sources[0].inclde: unknown setting" in text
    assert len(lines) == 3, lines


def test_a_source_declared_in_the_file_is_changed_in_the_file_not_by_a_command(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`sources disable|remove|add NAME` on a `[[sources]]` of veilleur.toml said "done" and the
    next command brought the source back as declared."""
    (tmp_path / "veilleur.toml").write_text(
        'catalogue = false\n[[sources]]\nname = "Mon blog"\nurl = "https://blog.example/feed.xml"\n',
        encoding="utf-8",
    )
    for command in (
        ["sources", "disable", "Mon blog"],
        ["sources", "remove", "Mon blog"],
        ["sources", "enable", "Mon blog"],
        ["sources", "add", "Mon blog", "https://other.example/rss"],
    ):
        result = runner.invoke(main, command)
        assert result.exit_code == 1, (command, result.output)
        assert "declared in the configuration file" in result.output, result.output
    listed = runner.invoke(main, ["sources", "list"], terminal_width=300)
    row = next(line for line in listed.output.splitlines() if "Mon blog" in line)
    assert "yes" in row and "blog.example/feed.xml" in row, row
    added = runner.invoke(main, ["sources", "add", "Autre", "https://other.example/rss"])
    assert added.exit_code == 0, added.output


def test_a_watched_page_without_article_links_is_not_just_ok_0(
    runner: CliRunner, tmp_path: Path, web: WebServer
) -> None:
    """A section page whose links do not read as articles said "ok …: 0 new item(s)" forever."""
    web.routes["/section"] = Reply(
        b'<html><body><h1>Cyber</h1><ul><li><a href="/a1">Ransomware hits Beta Corp</a></li>'
        b'<li><a href="/ransomware-hits-gamma-corp">Gamma</a></li></ul></body></html>'
    )
    web.routes["/good"] = Reply(
        b'<html><body><a href="/news/ransomware-hits-delta-corp">Ransomware hits Delta Corp</a></body></html>'
    )
    (tmp_path / "veilleur.toml").write_text(
        "catalogue = false\n[http]\nallow_private = true\npoliteness_delay = 0\nrespect_robots = false\n"
        f'[[sources]]\nname = "Rubrique"\nurl = "{web.url("/section")}"\n'
        f'[[sources]]\nname = "Bonne rubrique"\nurl = "{web.url("/good")}"\n',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["sources", "check"])
    assert result.exit_code == 0, result.output
    lines = {line.split(":")[0]: line for line in result.output.splitlines() if line.startswith("ok ")}
    assert "0 new item(s)" in lines["ok Rubrique"] and "no article link found" in lines["ok Rubrique"]
    assert "1 new item(s)" in lines["ok Bonne rubrique"]
    assert "no article link" not in lines["ok Bonne rubrique"]


def test_a_source_named_that_does_not_exist_or_is_off_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    # `veilleur run --source hackernews` (the README lists the built-in sources by tag) read nothing
    # and exited 0, as did `sources check` with a misspelt name: a cron job never said a word.
    (tmp_path / "captures").mkdir()
    (tmp_path / "veilleur.toml").write_text(
        f'[[sources]]\nname = "captures"\nurl = "{tmp_path / "captures"}"\ntag = "mine"\n', encoding="utf-8"
    )
    by_tag = runner.invoke(main, ["run", "--source", "hackernews"])
    assert by_tag.exit_code == 2, by_tag.output
    assert "no source named 'hackernews' (tagged 'hackernews': thehackernews)" in by_tag.output
    assert "veilleur run" not in by_tag.output  # refused before anything ran: no summary
    off = runner.invoke(main, ["run", "--source", "zataz"])  # a built-in source, off until enabled
    assert off.exit_code == 2 and "source 'zataz' is disabled; `veilleur sources enable zataz`" in off.output
    checked = runner.invoke(main, ["sources", "check", "captures", "captur"])
    assert checked.exit_code == 2 and "no source named 'captur'" in checked.output, checked.output
    ran = runner.invoke(main, ["run", "--source", "captures"])
    assert ran.exit_code == 0 and "nothing published" in ran.output, ran.output


def test_sources_remove_enable_disable_name_the_source_a_tag_belongs_to(runner: CliRunner) -> None:
    # From a fresh clone, `veilleur sources disable hackernews` (the README gives each built-in
    # source's tag beside its name) said only "no source named 'hackernews'"; `run --source`
    # already named the source the tag belongs to.
    for command in ("remove", "enable", "disable"):
        result = runner.invoke(main, ["sources", command, "hackernews"])
        assert result.exit_code == 1, (command, result.output)
        assert "no source named 'hackernews' (tagged 'hackernews': thehackernews)" in result.output, command
    unknown = runner.invoke(main, ["sources", "disable", "nosuchsource"])
    assert unknown.exit_code == 1 and "no source named 'nosuchsource';" in unknown.output
    assert "tagged" not in unknown.output
