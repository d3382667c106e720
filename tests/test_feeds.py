"""Atom 1.0 and JSON Feed 1.1 of the published stories, on a real demo run: valid (feedparser,
RFC 4287's RELAX NG schema), French titles, every source linked, TLP honoured, `updated` moves."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import pytest
import rnc2rng
from click.testing import CliRunner
from demosite import clock_at, demo_run
from lxml import etree

from veilleur.cli import main
from veilleur.config import Settings
from veilleur.models import Briefing, PublishedStory, StorySource, Tlp
from veilleur.publish.feeds import atom, json_feed
from veilleur.publishing.outbound import published_stories
from veilleur.store import Store

NOW = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
ATOM = "{http://www.w3.org/2005/Atom}"
VALMONT = "Valmont"  # the demo's story reported by guetteur (marked amber here) and harbor


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Settings]]:
    site = tmp_path_factory.mktemp("feeds") / "site"
    with clock_at(NOW):
        settings, _summary = demo_run(site, labels={"guetteur": Tlp.AMBER})
        yield site, settings


def write_config(folder: Path, settings: Settings) -> Path:
    """A veilleur.toml naming the run's store and its sources with their TLP labels."""
    lines = [f"store_url = {json.dumps(settings.resolved_store_url())}", "catalogue = false", ""]
    for source in settings.sources:
        lines += [
            "[[sources]]",
            f"name = {json.dumps(source.name)}",
            f"kind = {json.dumps(source.kind.value)}",
            f"url = {json.dumps(source.url)}",
            f"tlp = {json.dumps(source.tlp.value)}",
            "",
        ]
    path = folder / "veilleur.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def atom_schema() -> etree.RelaxNG:
    """RFC 4287 Appendix B (tests/data/atom.rnc), converted to RELAX NG XML. The RNC's
    `namespace local = ""` comes out as an empty prefix declaration, which XML forbids."""
    rng = rnc2rng.dumps(rnc2rng.load(str(Path(__file__).parent / "data" / "atom.rnc")))
    return etree.RelaxNG(etree.fromstring(rng.replace('xmlns:local=""', "").encode("utf-8")))


def test_site_atom_is_valid_and_lists_public_stories(demo: tuple[Path, Settings]) -> None:
    site, _settings = demo
    data = (site / "feed.xml").read_bytes()
    schema = atom_schema()
    assert schema.validate(etree.fromstring(data)), schema.error_log
    parsed = feedparser.parse(data)
    assert not parsed.bozo and parsed.version == "atom10"
    posts = sorted((site / "_posts").glob("*.md"))
    assert len(parsed.entries) == len(posts) == 5  # the amber story is neither posted nor in the feed
    assert all(VALMONT not in entry.title for entry in parsed.entries)
    flaw = next(e for e in parsed.entries if "CVE-2026-31337" in e.title)
    assert flaw.link.startswith("http://localhost:4000/posts/")
    assert any(link.rel == "related" and "/harbor/articles/" in link.href for link in flaw.links)
    assert "TLP:CLEAR" in {tag.term for tag in flaw.tags} and len(flaw.tags) == 2
    assert "Recommandations" in flaw.content[0].value and "<h3>" in flaw.content[0].value
    # A capture without a public URL is named, never linked.
    clinic = next(e for e in parsed.entries if "Sainte-Aurore" in e.content[0].value)
    assert "sans lien public" in clinic.content[0].value


def test_schema_rejects_an_entry_without_updated(demo: tuple[Path, Settings]) -> None:
    site, _settings = demo
    tree = etree.fromstring((site / "feed.xml").read_bytes())
    entry = tree.find(f"{ATOM}entry")
    assert entry is not None
    entry.remove(entry.find(f"{ATOM}updated"))
    assert not atom_schema().validate(tree)


def test_site_json_feed_is_json_feed_1_1(demo: tuple[Path, Settings]) -> None:
    site, _settings = demo
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1" and feed["language"] == "fr"
    assert len(feed["items"]) == 5
    for item in feed["items"]:
        assert item["id"] and item["url"].startswith("http://localhost:4000/posts/")
        assert item["content_html"] and item["title"] and item["date_modified"] >= item["date_published"]
        assert item["_veilleur"]["tlp"] == "TLP:CLEAR" and item["_veilleur"]["sources"]
        datetime.fromisoformat(item["date_modified"])  # RFC 3339


def test_export_command_with_a_higher_limit_includes_the_amber_story(
    demo: tuple[Path, Settings], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _site, settings = demo
    monkeypatch.setenv("VEILLEUR_CONFIG", str(write_config(tmp_path, settings)))
    out = tmp_path / "internal.xml"
    result = CliRunner().invoke(main, ["export", "atom", "--max-tlp", "amber", "-o", str(out)])
    assert result.exit_code == 0, result.output
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo and len(parsed.entries) == 6  # the amber story, kept off the site, too
    amber = next(e for e in parsed.entries if VALMONT in e.title)
    assert amber.title.startswith("[TLP:AMBER]") and "TLP:AMBER" in {tag.term for tag in amber.tags}
    result = CliRunner().invoke(main, ["export", "jsonfeed", "--since", "2099-01-01"])
    assert result.exit_code == 0 and json.loads(result.output)["items"] == []
    bad = CliRunner().invoke(main, ["export", "atom", "--since", "yesterday"])
    assert bad.exit_code == 2 and "not a date" in bad.output


def test_entry_updated_moves_when_the_post_is_rewritten(demo: tuple[Path, Settings]) -> None:
    _site, settings = demo
    store = Store(settings.resolved_store_url())
    try:
        before = {s.story_id: s for s in published_stories(store, settings, posted_only=True)}
        story_id = min(before)
        post = store.posts.of_story(story_id)
        assert post is not None
        later = NOW + timedelta(days=1)
        with clock_at(later):  # a new source joined: the post is rewritten
            store.posts.record_written(post.id, post.members, post.updates, post.revision)
        after = {s.story_id: s for s in published_stories(store, settings, posted_only=True)}
    finally:
        store.close()
    assert after[story_id].updated == later and after[story_id].published == before[story_id].published
    assert all(after[i].updated == before[i].updated for i in before if i != story_id)
    parsed = feedparser.parse(atom(list(after.values()), settings, NOW))
    entry = next(e for e in parsed.entries if e.id == f"http://localhost:4000{after[story_id].permalink}")
    assert entry.updated == later.isoformat(timespec="seconds") and parsed.feed.updated == entry.updated


def test_hostile_strings_are_escaped_in_both_feeds() -> None:
    settings = Settings()
    hostile = '<script>alert(1)</script> & "x" \x00\x1b'
    story = PublishedStory(
        story_id=7,
        title=hostile,
        post_title="",
        briefing=Briefing(heading=hostile, summary=hostile),
        post_date=NOW.date(),
        published=NOW,
        updated=NOW,
        permalink="/posts/2026/11/30/x/",
        sources=[
            StorySource(outlet=hostile, url="javascript:alert(1)", source="a", date=NOW.date()),
            StorySource(outlet="ok", url='https://a.example/x"><b>', source="a", date=NOW.date()),
        ],
    )
    data = atom([story], settings, NOW)
    parsed = feedparser.parse(data)
    assert not parsed.bozo and atom_schema().validate(etree.fromstring(data))
    content = parsed.entries[0].content[0].value
    assert "<script>" not in content and "&lt;script&gt;" in content and "javascript:" not in content
    assert 'href="https://a.example/x%22%3E%3Cb%3E"' in content
    item = json.loads(json_feed([story], settings))["items"][0]
    assert "<script>" not in item["content_html"] and "\x00" not in item["title"]


def test_newest_stories_are_the_last_updated_within_the_limit(demo: tuple[Path, Settings]) -> None:
    _site, settings = demo
    store = Store(settings.resolved_store_url())
    try:
        every = published_stories(store, settings)
        newest = published_stories(store, settings, max_tlp=Tlp.CLEAR, posted_only=True, newest=2)
    finally:
        store.close()
    public = sorted(
        (s for s in every if s.tlp is Tlp.CLEAR and s.permalink),
        key=lambda s: (s.updated, s.story_id),
        reverse=True,
    )
    assert len(every) == 6 and len(public) == 5
    assert [s.story_id for s in newest] == [s.story_id for s in public[:2]]
