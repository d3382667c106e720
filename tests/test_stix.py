"""STIX 2.1 export: every kind of object from a full story, valid for the OASIS validator; hostile
values escaped in patterns; ids stable across exports; the demo store exported by the command."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import CLOCKS
from stix2patterns.validator import run_validator
from stixcheck import stix_problems

from veilleur.cli import main
from veilleur.demo import run_demo
from veilleur.models import (
    Briefing,
    CveMentionRecord,
    ExportSource,
    ExportStory,
    Intel,
    Ioc,
    KeyPoint,
    Named,
    Tlp,
    Victim,
)
from veilleur.publish.stix import build_bundle, bundle_json, pattern_of
from veilleur.store import Store

T0 = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
T1 = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
IOCS = [
    Ioc(kind="ipv4-addr", value="203.0.113.7"),
    Ioc(kind="ipv6-addr", value="2001:db8::7"),
    Ioc(kind="domain-name", value="evil.example"),
    Ioc(kind="url", value="https://evil.example/payload.exe"),
    Ioc(kind="md5", value="d41d8cd98f00b204e9800998ecf8427e"),
    Ioc(kind="sha1", value="da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    Ioc(kind="sha256", value="e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    Ioc(kind="email-addr", value="ransom@evil.example"),
]


def full_story(story_id: int = 7, tlp: Tlp = Tlp.AMBER, iocs: list[Ioc] | None = None) -> ExportStory:
    intel = Intel(
        relevant=True,
        relevance_score=0.9,
        category="ransomware",
        cves=[CveMentionRecord(id="CVE-2026-1234", sentence="The flaw CVE-2026-1234 was used.")],
        victims=[Victim(name="Hôpital de Valmont", sectors=["healthcare"], countries=["FR"])],
        sectors=["healthcare", "energy_utilities", "media"],  # a former name, one STIX lacks
        countries=["FR", "BE"],
        threat_actors=[Named(name="Fancy Bear", canonical="APT28", aliases=["Sofacy"])],
        malware=[Named(name="LockBit 3.0", canonical="LockBit")],
        iocs=IOCS if iocs is None else iocs,
        priority=80,
    )
    briefing = Briefing(
        heading="Rançongiciel à l'hôpital de Valmont",
        summary="L'hôpital de Valmont a été frappé par un rançongiciel.",
        key_points=[KeyPoint(label="Impact", text="Urgences détournées.")],
    )
    sources = [
        ExportSource("Le Monde fictif", "lemonde", "https://news.example/a", "Attaque à Valmont", T0),
        ExportSource("Other Outlet", "other", "https://other.example/b", "Valmont hit", T1),
    ]
    return ExportStory(
        story_id=story_id,
        title="Rançongiciel à l'hôpital de Valmont",
        briefing=briefing,
        intel=intel,
        sources=sources,
        first_day=date(2026, 11, 20),
        last_day=date(2026, 11, 21),
        first_seen=T0,
        last_seen=T1,
        permalink="/posts/2026/11/20/valmont/",
        tlp=tlp,
    )


def by_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [item for item in bundle["objects"] if item["type"] == kind]


def test_a_full_story_gives_every_object_and_passes_the_validator() -> None:
    result = build_bundle([full_story()], publisher="CERT fictif")
    bundle = bundle_json(result)
    errors, _warnings = stix_problems(bundle)
    assert errors == [] and result.errors == []

    (report,) = by_type(bundle, "report")
    assert report["name"] == "Rançongiciel à l'hôpital de Valmont" and report["lang"] == "fr"
    assert report["published"] == "2026-11-20T08:30:00Z"
    assert report["report_types"] == ["threat-report", "malware"] and report["labels"] == ["ransomware"]
    assert [ref["url"] for ref in report["external_references"]] == [
        "https://news.example/a",
        "https://other.example/b",
    ]
    publisher = next(i for i in by_type(bundle, "identity") if i["name"] == "CERT fictif")
    assert report["created_by_ref"] == publisher["id"]
    assert report["object_marking_refs"] == [Tlp.AMBER.stix_marking_id]

    identities = {i["name"]: i for i in by_type(bundle, "identity")}
    victim = identities["Hôpital de Valmont"]
    assert victim["identity_class"] == "organization" and victim["sectors"] == ["healthcare"]
    # The sector is named as STIX names it, with no table between (the former name read as it).
    assert identities["energy"]["identity_class"] == "class"
    assert identities["energy"]["sectors"] == ["energy"]
    assert "sectors" not in identities["media"]  # not in industry-sector-ov: the class alone
    # The victim's country: the other place the article names (BE, say where the attackers are) is
    # no location a threat of this story targets.
    assert {loc["country"] for loc in by_type(bundle, "location")} == {"FR"}
    (actor,) = by_type(bundle, "intrusion-set")
    assert actor["name"] == "APT28" and set(actor["aliases"]) == {"Fancy Bear", "Sofacy"}
    (family,) = by_type(bundle, "malware")
    assert family["name"] == "LockBit" and family["is_family"] is True
    (flaw,) = by_type(bundle, "vulnerability")
    assert flaw["external_references"][0] == {
        "source_name": "cve",
        "external_id": "CVE-2026-1234",
        "url": "https://www.cve.org/CVERecord?id=CVE-2026-1234",
    }
    patterns = sorted(i["pattern"] for i in by_type(bundle, "indicator"))
    assert "[ipv4-addr:value = '203.0.113.7']" in patterns
    assert (
        "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']"
        in patterns
    )
    assert "[email-addr:value = 'ransom@evil.example']" in patterns and len(patterns) == len(IOCS)
    for kind in ["ipv4-addr", "ipv6-addr", "domain-name", "url", "file", "email-addr"]:
        assert by_type(bundle, kind), kind

    ids = {item["id"]: item for item in bundle["objects"]}
    relations = {(r["relationship_type"], ids[r["source_ref"]]["type"], ids[r["target_ref"]]["type"])
                 for r in by_type(bundle, "relationship")}  # fmt: skip
    assert {
        ("targets", "intrusion-set", "identity"),
        ("targets", "malware", "location"),
        ("exploits", "malware", "vulnerability"),
        ("targets", "intrusion-set", "vulnerability"),
        ("located-at", "identity", "location"),
        ("uses", "intrusion-set", "malware"),
        ("indicates", "indicator", "malware"),
        ("based-on", "indicator", "file"),
    } <= relations
    assert set(report["object_refs"]) >= {victim["id"], actor["id"], family["id"], flaw["id"]}
    for item in bundle["objects"]:
        if item["type"] in {"report", "identity", "intrusion-set", "malware", "indicator", "relationship"}:
            assert ("object_marking_refs" in item and "created_by_ref" in item) or item is publisher, item[
                "id"
            ]
    marking = {m["id"]: m for m in by_type(bundle, "marking-definition")}[Tlp.AMBER.stix_marking_id]
    assert (
        marking["extensions"]["extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"]["tlp_2_0"]
        == "amber"
    )


@pytest.mark.parametrize(
    "ioc",
    [
        Ioc(kind="domain-name", value="evil'.example"),
        Ioc(kind="email-addr", value="o'brien@evil.example"),
        Ioc(kind="url", value="https://x.example/a'b\\c?q=']"),
        Ioc(kind="url", value="https://x.example/\\' OR 1=1 --"),
    ],
)
def test_quotes_and_backslashes_are_escaped_in_patterns(ioc: Ioc) -> None:
    pattern = pattern_of(ioc)
    assert run_validator(pattern, stix_version="2.1") == []
    literal = pattern.split(" = ", 1)[1][:-1]
    assert literal[0] == literal[-1] == "'"
    assert literal[1:-1].replace("\\\\", "").replace("\\'", "").count("'") == 0
    unescaped = literal[1:-1].replace("\\'", "'").replace("\\\\", "\\")
    assert unescaped == ioc.value
    result = build_bundle([full_story(iocs=[ioc])])
    bundle = bundle_json(result)
    assert stix_problems(bundle)[0] == []
    indicators = by_type(bundle, "indicator")
    if ioc.kind in ("domain-name", "email-addr"):  # a quote is in no domain name: left out, and said
        assert indicators == [] and "not a" in result.errors[0]
    else:  # (a URL as sent on the wire: backslash percent-encoded) the quote escaped
        (indicator,) = indicators
        assert "\\'" in indicator["pattern"] and run_validator(indicator["pattern"], stix_version="2.1") == []


def test_ids_are_stable_and_a_reexport_updates_the_same_objects() -> None:
    first = bundle_json(build_bundle([full_story()]))
    again = bundle_json(build_bundle([full_story()]))
    assert first == again
    later = full_story()
    grown = ExportStory(**{**later.__dict__, "last_seen": datetime(2026, 11, 22, tzinfo=UTC)})
    updated = bundle_json(build_bundle([grown, full_story(story_id=8, tlp=Tlp.CLEAR)]))
    old_ids = {item["id"] for item in first["objects"]}
    assert old_ids <= {item["id"] for item in updated["objects"]}
    report = next(r for r in by_type(updated, "report") if r["id"] == by_type(first, "report")[0]["id"])
    assert report["modified"] == "2026-11-22T00:00:00.000Z"
    # The victim is shared: one object, marked by its strictest story.
    (victim,) = [i for i in by_type(updated, "identity") if i["name"] == "Hôpital de Valmont"]
    assert victim["object_marking_refs"] == [Tlp.AMBER.stix_marking_id]
    assert stix_problems(updated)[0] == []


def test_a_story_that_fails_leaves_nothing_behind() -> None:
    good = full_story(story_id=8, tlp=Tlp.CLEAR, iocs=[])
    # A date stix2 refuses (the store never gives one): the story fails after its entities are noted.
    broken = ExportStory(**{**full_story(story_id=9, iocs=[IOCS[2]]).__dict__, "first_seen": "not a date"})
    broken.intel.victims[:] = [Victim(name="Only In The Broken Story")]
    result = build_bundle([good, broken])
    assert len(result.errors) == 1 and result.errors[0].startswith("story 9 left out")
    bundle = bundle_json(result)
    assert [r["name"] for r in by_type(bundle, "report")] == [good.title]
    names = {item.get("name") for item in bundle["objects"]}
    assert "Only In The Broken Story" not in names and "evil.example" not in names
    assert Tlp.AMBER.stix_marking_id not in {m["id"] for m in by_type(bundle, "marking-definition")}
    assert stix_problems(bundle)[0] == []


def test_an_unknown_ioc_kind_is_reported_and_the_rest_exported() -> None:
    bad = [
        Ioc.model_construct(kind="bitcoin", value="1abc"),  # a record that skipped validation
        Ioc(kind="md5", value="xyz"),
        Ioc(kind="ipv4-addr", value="2001:db8::1"),
    ]
    result = build_bundle([full_story(iocs=[*bad, IOCS[0]])])
    assert len(result.errors) == 3 and "bitcoin" in result.errors[0]
    assert len(by_type(bundle_json(result), "indicator")) == 1


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("demo") / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VEILLEUR_NOW", CLOCKS["2026-11-30T23:30Z"].isoformat())
        run_demo(site, port=0)
    return site


def test_the_demo_store_exports_a_valid_bundle(demo_site: Path, tmp_path: Path) -> None:
    config = demo_site / "veilleur.toml"
    runner = CliRunner()
    out = tmp_path / "bundle.json"
    done = runner.invoke(main, ["--config", str(config), "export", "stix", "-o", str(out)])
    assert done.exit_code == 0, done.output
    bundle = json.loads(out.read_text(encoding="utf-8"))
    errors, _warnings = stix_problems(bundle)
    assert errors == []
    reports = by_type(bundle, "report")
    store = Store(f"sqlite:///{demo_site / '.veilleur' / 'demo.db'}")
    try:
        briefed = [sid for sid, *_ in store.stories.all() if store.briefings.of_story(sid) is not None]
        sources = store.sources.all()
    finally:
        store.close()
    assert len(reports) == len(briefed) > 0
    assert any(v["name"] for v in by_type(bundle, "vulnerability"))
    assert all(r["object_marking_refs"] == [Tlp.CLEAR.stix_marking_id] for r in reports)

    again = runner.invoke(main, ["--config", str(config), "export", "stix"])
    assert json.loads(again.stdout) == bundle

    later = runner.invoke(main, ["--config", str(config), "export", "stix", "--since", "2100-01-01"])
    assert later.exit_code == 0 and by_type(json.loads(later.stdout), "report") == []
    bad = runner.invoke(main, ["--config", str(config), "export", "stix", "--since", "yesterday"])
    assert bad.exit_code == 2 and "not a date" in bad.output
    one = runner.invoke(main, ["--config", str(config), "export", "stix", "--story", str(briefed[0])])
    assert len(by_type(json.loads(one.stdout), "report")) == 1

    # A source marked amber: its stories carry TLP:AMBER, and --max-tlp green leaves them out.
    marked = config.read_text(encoding="utf-8").replace("[publish]", "")
    lines = [f'[[sources]]\nname = {json.dumps(s.name)}\nurl = {json.dumps(s.url)}\nkind = "{s.kind}"\ntlp = "amber"\n'
             for s in sources]  # fmt: skip
    amber = tmp_path / "amber.toml"
    amber.write_text(
        marked.split("out_dir")[0] + "\n".join(lines) + "\n[publish]\nout_dir" + marked.split("out_dir")[1]
    )
    all_amber = runner.invoke(main, ["--config", str(amber), "export", "stix"])
    assert all_amber.exit_code == 0, all_amber.output
    assert all(
        r["object_marking_refs"] == [Tlp.AMBER.stix_marking_id]
        for r in by_type(json.loads(all_amber.stdout), "report")
    )
    gated = runner.invoke(main, ["--config", str(amber), "export", "stix", "--max-tlp", "green"])
    assert by_type(json.loads(gated.stdout), "report") == []


@pytest.mark.parametrize(
    ("stored", "labels", "report_types"),
    [
        ("apt_espionage", ["espionage"], ["threat-report", "intrusion-set"]),  # a former name
        ("data_breach", ["information-leak"], ["threat-report"]),
        ("vulnerability", ["vulnerability"], ["vulnerability"]),
        ("malware", ["malware"], ["threat-report", "malware"]),
        ("law-enforcement", ["law-enforcement"], ["threat-report"]),
    ],
)
def test_a_report_names_its_category_as_the_vocabulary_does(
    stored: str, labels: list[str], report_types: list[str]
) -> None:
    """The report's label is the category's CIRCL term, its types the category's STIX report
    types: read from the Category, whatever name the record was stored with."""
    story = full_story()
    story.intel.category = Intel(relevant=True, relevance_score=1.0, category=stored).category
    bundle = bundle_json(build_bundle([story]))
    (report,) = by_type(bundle, "report")
    assert report["labels"] == labels and report["report_types"] == report_types
    assert stix_problems(bundle)[0] == []
