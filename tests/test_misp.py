"""MISP feed export: an event per story with its tags, objects and attributes; manifest.json and
hashes.csv match the events PyMISP reloads; uuids and files stable across exports; the demo."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from click.testing import CliRunner
from pymisp import MISPEvent
from test_stix import IOCS, demo_site, full_story  # noqa: F401 (demo_site is a fixture)

from veilleur.cli import main
from veilleur.models import Intel, Ioc, Named, Tlp, Victim
from veilleur.publish.misp import MANIFEST, build_event, event_uuid, threat_level, write_feed
from veilleur.store import Store


def reload_feed(folder: Path) -> dict[str, MISPEvent]:
    """Every event file of the feed, loaded by PyMISP; checks manifest.json and hashes.csv
    against them (what a MISP instance reads before fetching an event)."""
    events = {}
    for path in sorted(folder.glob("*.json")):
        if path.name == MANIFEST:
            continue
        event = MISPEvent()
        event.load_file(str(path))
        assert path.name == f"{event.uuid}.json"
        events[event.uuid] = event
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest) == set(events)
    for ident, event in events.items():
        entry = manifest[ident]
        assert entry["info"] == event.info and entry["date"] == event.date.isoformat()
        assert entry["threat_level_id"] == event.threat_level_id and entry["analysis"] == event.analysis
        assert entry["timestamp"] == int(event.timestamp.timestamp())
        assert entry["Orgc"]["name"] == event.Orgc.name
        assert sorted(t["name"] for t in entry["Tag"]) == sorted(t.name for t in event.tags)
    lines = (folder / "hashes.csv").read_text(encoding="utf-8").splitlines()
    expected = {
        f"{hashlib.md5(str(value).encode()).hexdigest()},{ident}"
        for ident, event in events.items()
        for attribute in [*event.attributes, *(a for o in event.objects for a in o.attributes)]
        for value in str(attribute.value).split("|")
    }
    assert set(lines) == expected and len(lines) == len(expected)
    return events


def test_a_full_story_becomes_an_event_with_tags_objects_and_attributes(tmp_path: Path) -> None:
    errors: list[str] = []
    event = build_event(full_story(), "CERT fictif", errors)
    assert errors == []
    assert event.info == "Rançongiciel à l'hôpital de Valmont" and event.date.isoformat() == "2026-11-20"
    assert event.threat_level_id == 1 and event.analysis == 1
    tags = {tag.name for tag in event.tags}
    assert {"tlp:amber", 'misp-galaxy:threat-actor="APT28"', 'misp-galaxy:ransomware="LockBit"'} <= tags
    assert 'circl:incident-classification="ransomware"' in tags  # the category, as MISP's taxonomy

    types = {(a.type, a.value, a.to_ids) for a in event.attributes}
    assert ("vulnerability", "CVE-2026-1234", False) in types
    assert ("ip-dst", "203.0.113.7", True) in types and ("ip-dst", "2001:db8::7", True) in types
    for kind in ["domain", "url", "md5", "sha1", "sha256", "email-src"]:
        assert any(t == kind and to_ids for t, _v, to_ids in types), kind
    assert len(event.attributes) == len(IOCS) + 1

    report = next(o for o in event.objects if o.name == "report")
    values = {(a.object_relation, a.value) for a in report.attributes}
    assert ("title", "Rançongiciel à l'hôpital de Valmont") in values
    assert ("link", "https://news.example/a") in values and ("link", "https://other.example/b") in values
    summary = next(v for r, v in values if r == "summary")
    assert "frappé par un rançongiciel" in summary and "Urgences détournées" in summary
    victim = next(o for o in event.objects if o.name == "victim")
    assert {(a.object_relation, a.value) for a in victim.attributes} >= {
        ("name", "Hôpital de Valmont"),
        ("sectors", "healthcare"),
        ("regions", "France"),
    }

    write_feed(tmp_path, [full_story()], "CERT fictif")
    (reloaded,) = reload_feed(tmp_path).values()
    assert reloaded.uuid == event_uuid("CERT fictif", 7) and reloaded.info == event.info
    assert {t.name for t in reloaded.tags} == tags
    assert len(reloaded.attributes) == len(event.attributes) and len(reloaded.objects) == 2


def test_a_name_no_galaxy_knows_and_a_bad_ioc() -> None:
    story = full_story(iocs=[Ioc(kind="domain-name", value="evil'.example"), Ioc(kind="sha256", value="abc")])
    story.intel.threat_actors[:] = [Named(name="Zzqq Crew", canonical="Zzqq Crew")]
    errors: list[str] = []
    event = build_event(story, "veilleur", errors)
    assert len(errors) == 2 and "evil'.example" in errors[0]
    assert not any(tag.name.startswith("misp-galaxy:threat-actor") for tag in event.tags)
    assert ("threat-actor", "Zzqq Crew") in {(a.type, a.value) for a in event.attributes}


def test_threat_levels() -> None:
    assert [threat_level(p) for p in (95, 70, 69, 40, 39, 1, 0)] == [1, 1, 2, 2, 3, 3, 4]


def test_files_are_stable_and_a_story_no_longer_exported_is_removed(tmp_path: Path) -> None:
    stories = [full_story(story_id=7), full_story(story_id=8, tlp=Tlp.CLEAR)]
    write_feed(tmp_path, stories)
    (tmp_path / "README.txt").write_text("the analyst's own file", encoding="utf-8")
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    write_feed(tmp_path, stories)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == first

    result = write_feed(tmp_path, stories[1:])
    assert result.removed == [event_uuid("veilleur", 7)]
    assert not (tmp_path / f"{event_uuid('veilleur', 7)}.json").exists()
    assert (tmp_path / "README.txt").exists()
    assert list(reload_feed(tmp_path)) == [event_uuid("veilleur", 8)]


def test_a_value_twice_in_an_event_is_one_line_of_hashes_csv(tmp_path: Path) -> None:
    story = full_story()
    # Two victims of one sector and country: their objects repeat 'healthcare', 'FR', ...
    story.intel.victims.append(Victim(name="Clinique de Valmont", sectors=["healthcare"], countries=["FR"]))
    write_feed(tmp_path, [story])
    lines = (tmp_path / "hashes.csv").read_text(encoding="utf-8").splitlines()
    healthcare = f"{hashlib.md5(b'healthcare').hexdigest()},{event_uuid('veilleur', 7)}"
    assert lines.count(healthcare) == 1 and len(lines) == len(set(lines))
    events = reload_feed(tmp_path)
    assert sum(o.name == "victim" for o in events[event_uuid("veilleur", 7)].objects) == 2


def test_the_demo_store_exports_a_feed_pymisp_reloads(demo_site: Path, tmp_path: Path) -> None:  # noqa: F811
    config = demo_site / "veilleur.toml"
    runner = CliRunner()
    done = runner.invoke(main, ["--config", str(config), "export", "misp", str(tmp_path / "feed")])
    assert done.exit_code == 0, done.output
    events = reload_feed(tmp_path / "feed")
    store = Store(f"sqlite:///{demo_site / '.veilleur' / 'demo.db'}")
    try:
        headings = {
            b.briefing.heading for sid, *_ in store.stories.all() if (b := store.briefings.of_story(sid))
        }
    finally:
        store.close()
    assert {event.info for event in events.values()} == headings and len(events) == len(headings) > 0
    assert all("tlp:clear" in {t.name for t in event.tags} for event in events.values())
    assert any(a.type == "vulnerability" for event in events.values() for a in event.attributes)
    assert any(o.name == "victim" for event in events.values() for o in event.objects)
    before = {p.name: p.read_bytes() for p in (tmp_path / "feed").iterdir()}
    again = runner.invoke(main, ["--config", str(config), "export", "misp", str(tmp_path / "feed")])
    assert again.exit_code == 0 and {p.name: p.read_bytes() for p in (tmp_path / "feed").iterdir()} == before


def test_the_category_is_a_circl_taxonomy_tag_when_the_taxonomy_names_it() -> None:
    story = full_story()
    kinds = []
    for stored in ("ddos", "information-leak", "law_enforcement"):  # a former name reads too
        story.intel.category = Intel(relevant=True, relevance_score=1.0, category=stored).category
        tags = [tag.name for tag in build_event(story, "CERT fictif").tags]
        kinds.append([tag for tag in tags if tag.startswith("circl:")])
    assert kinds == [
        ['circl:incident-classification="denial-of-service"'],
        ['circl:incident-classification="information-leak"'],
        [],  # police action: no kind of CIRCL's
    ]
