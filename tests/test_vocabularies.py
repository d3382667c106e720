"""Closed vocabularies of the records (veilleur.models): IOC types named as STIX names its observables,
sectors as STIX's industry-sector-ov and categories as CIRCL's incident classification (MISP
taxonomy), so the exports need no table for them; records stored with the former names still read."""

from __future__ import annotations

import ast
import hashlib
import json
import tomllib
from importlib.resources import files
from pathlib import Path

import pymisp
import pytaxonomies
import pytest
import stix2
from pydantic import ValidationError
from pytaxonomies import Taxonomies

from veilleur.brief.playbook import recommendations
from veilleur.config import WatchlistConfig
from veilleur.enrich.category import CATEGORIES
from veilleur.enrich.victim_sectors import KNOWN_SECTORS, SECTORS
from veilleur.models import (
    Category,
    Incident,
    Intel,
    Ioc,
    IocType,
    PostState,
    Sector,
    Tlp,
    former_category,
)
from veilleur.publish.stix import observable_of, pattern_of
from veilleur.store import schema
from veilleur.text.french import SECTOR_NAMES, sector_names


def test_ioc_types_are_stix_observable_types() -> None:
    observables = {
        IocType.IPV4: stix2.IPv4Address,
        IocType.IPV6: stix2.IPv6Address,
        IocType.DOMAIN: stix2.DomainName,
        IocType.URL: stix2.URL,
        IocType.EMAIL: stix2.EmailAddress,
    }
    for kind, observable in observables.items():
        assert kind.value == observable._type
    assert {kind for kind in IocType if kind.is_hash} == {
        IocType.MD5,
        IocType.SHA1,
        IocType.SHA256,
        IocType.SHA512,
    }


def test_an_intel_record_stored_with_the_former_ioc_names_reads_with_the_new_ones() -> None:
    stored = (
        '{"relevant": true, "relevance_score": 0.9, "category": "malware_campaign", "iocs": ['
        '{"kind": "ipv4", "value": "203.0.113.7"}, {"kind": "ipv6", "value": "2001:db8::7"},'
        '{"kind": "domain", "value": "evil.example"}, {"kind": "email", "value": "a@evil.example"},'
        '{"kind": "url", "value": "https://evil.example/x"}, {"kind": "sha256", "value": "'
        + "a" * 64
        + '"}]}'
    )
    intel = Intel.model_validate_json(stored)
    assert [ioc.kind for ioc in intel.iocs] == [
        IocType.IPV4,
        IocType.IPV6,
        IocType.DOMAIN,
        IocType.EMAIL,
        IocType.URL,
        IocType.SHA256,
    ]
    assert '"kind":"ipv4-addr"' in intel.model_dump_json() and '"ipv4"' not in intel.model_dump_json()
    assert intel.category is Category.MALWARE_CAMPAIGN


def test_an_unknown_ioc_type_is_refused() -> None:
    with pytest.raises(ValidationError, match="kind"):
        Ioc(kind="bitcoin-address", value="1abc")


def test_the_stix_pattern_names_the_observable_by_its_type() -> None:
    assert pattern_of(Ioc(kind=IocType.DOMAIN, value="evil.example")) == (
        "[domain-name:value = 'evil.example']"
    )
    assert "SHA-256" in pattern_of(Ioc(kind=IocType.SHA256, value="a" * 64))


def test_categories_and_post_states_are_the_stored_values() -> None:
    assert tuple(Category) == CATEGORIES and "ransomware" in CATEGORIES and Category("other") in CATEGORIES
    assert schema.posts.c.state.default.arg == PostState.PLANNED
    assert [state.value for state in PostState] == ["planned", "written", "committed"]


def test_an_analysts_category_correction_is_a_category() -> None:
    import warnings

    from veilleur.corrections import corrected

    intel = corrected(Intel(relevant=True, relevance_score=0.9), {"category": "data_breach"})
    assert intel.category is Category.DATA_BREACH
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pydantic warns when a field holds a str, not its enum
        assert intel.model_dump(mode="json")["category"] == "information-leak"


def test_sectors_are_stix_industry_sectors_but_three_named_outside_it() -> None:
    vocabulary = set(stix2.v21.vocab.INDUSTRY_SECTOR)
    assert {sector for sector in Sector if sector.value not in vocabulary} == {
        Sector.MEDIA,
        Sector.LEGAL,
        Sector.INDIVIDUALS,
    }
    assert all(sector.in_stix == (sector.value in vocabulary) for sector in Sector)


def test_every_sector_enrichment_finds_or_the_playbook_advises_is_a_sector() -> None:
    assert set(SECTORS) <= set(Sector) and set(KNOWN_SECTORS.values()) <= set(Sector)
    book = tomllib.loads(files("veilleur.brief").joinpath("playbook.toml").read_text("utf-8"))
    advised = [key.removeprefix("sector_") for key in book if key.startswith("sector_")]
    assert advised and all(Sector.parse(key) == key for key in advised), advised
    assert recommendations(Category.RANSOMWARE, [Sector.FINANCIAL_SERVICES])[0].label == "Fraude"


def test_every_sector_has_a_french_name_and_people_are_no_sector_a_briefing_shows() -> None:
    assert set(SECTOR_NAMES) == set(Sector)
    assert sector_names([Sector.INDIVIDUALS, Sector.HEALTHCARE, Sector.ENERGY]) == ["santé", "énergie"]


def test_former_sector_names_and_any_case_read_as_today_s_values() -> None:
    stored = (
        '{"relevant": true, "relevance_score": 0.9, "sectors": ["energy_utilities", "Healthcare"],'
        ' "victims": [{"name": "Banque", "sectors": ["finance", "telecom", "transport", "hospitality"]}]}'
    )
    intel = Intel.model_validate_json(stored)
    assert intel.sectors == [Sector.ENERGY, Sector.HEALTHCARE]
    assert intel.victims[0].sectors == [
        Sector.FINANCIAL_SERVICES,
        Sector.TELECOMMUNICATIONS,
        Sector.TRANSPORTATION,
        Sector.HOSPITALITY_LEISURE,
    ]
    assert '"financial-services"' in intel.model_dump_json()
    assert Sector.parse("Non_Profit") is Sector.NON_PROFIT and Sector.parse("banking") is None
    # MISP's victim object writes the same names with spaces: what a user copies from it reads.
    assert Sector.parse(" Financial  services ") is Sector.FINANCIAL_SERVICES
    assert Sector.parse("hospitality leisure") is Sector.HOSPITALITY_LEISURE
    with pytest.raises(ValidationError, match="sectors"):
        WatchlistConfig(sectors=["banking"])  # a typo in the settings is said, not ignored
    assert WatchlistConfig(sectors=["finance"]).sectors == [Sector.FINANCIAL_SERVICES]


def test_exports_name_sectors_as_stix_and_misp_do() -> None:
    assert Sector.FINANCIAL_SERVICES.misp_name == "financial services"
    assert Sector.DEFENSE.misp_name == "defence"  # MISP's victim object spells it so
    victim = json.loads(
        Path(pymisp.__file__).parent.joinpath("data/misp-objects/objects/victim/definition.json").read_text()
    )
    known = set(victim["attributes"]["sectors"]["sane_default"])
    assert {s.misp_name for s in Sector if s.in_stix and s is not Sector.GOVERNMENT} <= known


CIRCL_KINDS = "circl:incident-classification"


def test_categories_are_circl_incident_classifications_but_five_named_outside_it() -> None:
    """The values are CIRCL's terms (MISP's taxonomy, as pytaxonomies ships it), but for five kinds
    the taxonomy lacks; each one's MISP tag is a tag of the taxonomy."""
    # The JSON files the package ships, named: without a path pytaxonomies falls back to fetching
    # the manifest from GitHub, and the tests never leave loopback.
    manifest = Path(pytaxonomies.__file__).parent / "data" / "misp-taxonomies" / "MANIFEST.json"
    if not manifest.is_file():
        pytest.skip(f"pytaxonomies ships no taxonomies here ({manifest} is missing)")
    tags = set(Taxonomies(manifest_path=manifest)["circl"].machinetags())
    named = {tag.partition("=")[2].strip('"') for tag in tags if tag.startswith(CIRCL_KINDS + "=")}
    outside = {Category.APT_ESPIONAGE, Category.LAW_ENFORCEMENT, Category.POLICY_REGULATION}
    assert {kind for kind in Category if kind.value not in named} == outside | {
        Category.RESEARCH_TOOLING,
        Category.OTHER,
    }
    assert all(kind.in_circl == (kind.value in named) for kind in Category)
    assert {kind.misp_tag for kind in Category if kind.in_circl} <= tags
    assert Category.RANSOMWARE.misp_tag == 'circl:incident-classification="ransomware"'
    assert Category.LAW_ENFORCEMENT.misp_tag is None
    assert all(kind.value == kind.value.lower() and "_" not in kind.value for kind in Category)


def test_report_types_are_stix_report_type_ov_values() -> None:
    vocabulary = set(stix2.v21.vocab.REPORT_TYPE)
    assert all(set(kind.report_types) <= vocabulary for kind in Category)
    assert Category.APT_ESPIONAGE.report_types == ["threat-report", "intrusion-set"]
    assert Category.VULNERABILITY.report_types == ["vulnerability"]
    assert Category.DDOS.report_types == ["threat-report"]
    Category.RANSOMWARE.report_types.append("x")  # each call a new list: no caller changes another's
    assert Category.RANSOMWARE.report_types == ["threat-report", "malware"]


FORMER_CATEGORIES = {
    "data_breach": Category.DATA_BREACH,
    "malware_campaign": Category.MALWARE_CAMPAIGN,
    "apt_espionage": Category.APT_ESPIONAGE,
    "ddos": Category.DDOS,
    "fraud_phishing": Category.FRAUD_PHISHING,
    "law_enforcement": Category.LAW_ENFORCEMENT,
    "policy_regulation": Category.POLICY_REGULATION,
    "research_tooling": Category.RESEARCH_TOOLING,
}


def test_former_category_names_and_any_case_read_as_today_s_values() -> None:
    for former, kind in FORMER_CATEGORIES.items():
        assert Category.parse(former) is kind and former_category(former) == kind.value
        assert Intel(relevant=True, relevance_score=0.5, category=former).category is kind
    assert Category.parse("Denial of Service") is Category.DDOS and Category.parse("DDoS") is Category.DDOS
    assert Category.parse("Law_Enforcement") is Category.LAW_ENFORCEMENT
    assert Category.parse("malware") is Category.MALWARE_CAMPAIGN and Category.parse("breach") is None
    assert former_category("ransomware") == "ransomware" and former_category("x") == "x"
    stored = '{"relevant": true, "relevance_score": 0.9, "category": "apt_espionage"}'
    assert '"category":"espionage"' in Intel.model_validate_json(stored).model_dump_json()
    incident = Incident(
        story_id=1,
        victim="V",
        category="ddos",
        first_reported="2026-01-01",
        last_reported="2026-01-01",
        title="t",
    )
    assert incident.category is Category.DDOS
    with pytest.raises(ValidationError, match="category"):
        Intel(relevant=True, relevance_score=0.5, category="breach")


EXPORTERS = ("stix.py", "misp.py", "feeds.py", "observables.py")
VOCABULARIES = {"Category", "Sector", "IocType", "Tlp", "PostState"}
# The fields that hold a vocabulary's value: a story's category, an IOC's kind, a TLP, a post's state;
# and the variables that do (`kind` alone is also a MISP attribute type in misp.py: not that one).
VOCABULARY_FIELDS = {"category", "kind", "tlp", "state"}
VOCABULARY_NAMES = {"category", "tlp", "sector", "state"}


def _category_terms() -> set[str]:
    return {kind.value for kind in Category} | set(FORMER_CATEGORIES)


def _reads_vocabulary(node: ast.AST) -> bool:
    """`x.category`, `ioc.kind`, `story.tlp`, `str(x.category)`: an expression that is a value of a
    vocabulary."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str" and node.args:
        return _reads_vocabulary(node.args[0])
    return (isinstance(node, ast.Attribute) and node.attr in VOCABULARY_FIELDS) or (
        isinstance(node, ast.Name) and node.id in VOCABULARY_NAMES
    )


def _tables(source: str) -> list[str]:
    """What in `source` translates a vocabulary by a table of its own: a dict keyed by a category
    name or by members of a vocabulary (`{IocType.MD5: "MD5"}`), a lookup by a value
    (`NAMES[ioc.kind]`, `.get(story.tlp)`), a value compared with a literal (`category == "x"`)."""
    found = []
    terms = _category_terms()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            for key in node.keys:
                if isinstance(key, ast.Constant) and key.value in terms:
                    found.append(repr(key.value))
                if (
                    isinstance(key, ast.Attribute)
                    and isinstance(key.value, ast.Name)
                    and key.value.id in VOCABULARIES
                ):
                    found.append(ast.unparse(key))
        if isinstance(node, ast.Subscript) and _reads_vocabulary(node.slice):
            found.append(ast.unparse(node))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
            and _reads_vocabulary(node.args[0])
        ):
            found.append(ast.unparse(node))
        if isinstance(node, ast.Compare):  # no `category == "..."` either: a property says it
            sides = [node.left, *node.comparators]
            if any(_reads_vocabulary(s) for s in sides) and any(isinstance(s, ast.Constant) for s in sides):
                found.append(ast.unparse(node))
    return found


@pytest.mark.parametrize("module", EXPORTERS)
def test_no_exporter_keeps_a_table_of_a_vocabulary(module: str) -> None:
    """What an export says of a category (STIX report types, a MISP tag, a feed's term), a sector,
    an IOC type (STIX hashing algorithm and observable, MISP type and category, hash length) or a
    TLP (its STIX marking) comes from the vocabulary itself: no exporter holds a table of them."""
    assert _tables(files("veilleur.publish").joinpath(module).read_text("utf-8")) == [], module


def test_the_table_check_finds_the_tables_exporters_kept() -> None:
    """The check above fails on what stix.py and misp.py held before the vocabularies said it."""
    former = """
_HASH_NAMES = {IocType.MD5: "MD5", IocType.SHA1: "SHA-1"}
TLP_MARKING_IDS = {Tlp.CLEAR: "marking-definition--94868c89"}
kind, category, to_ids = IOC_TYPES[clean.kind]
refs = [TLP_MARKING_IDS[story.tlp]]
tag = TAGS.get(str(story.intel.category))
report_types = ["malware"] if category == "ransomware" else []
"""
    assert sorted(_tables(former)) == sorted(
        [
            "IocType.MD5",
            "IocType.SHA1",
            "Tlp.CLEAR",
            "IOC_TYPES[clean.kind]",
            "TLP_MARKING_IDS[story.tlp]",
            "TAGS.get(str(story.intel.category))",
            "category == 'ransomware'",
        ]
    )


def test_ioc_types_name_stix_observables_and_hashing_algorithms() -> None:
    """A type is a STIX 2.1 cyber-observable stix2 knows, or a hash whose name is in STIX's
    hashing-algorithm-ov; its hex length is its digest's."""
    algorithms = set(stix2.v21.vocab.HASHING_ALGORITHM)
    for kind in IocType:
        if kind.is_hash:
            assert kind.stix_hash_name in algorithms, kind
            assert kind.hex_length == len(hashlib.new(kind.value, b"x").hexdigest())
            assert kind.value not in stix2.v21.OBJ_MAP_OBSERVABLE
        else:
            assert kind.stix_hash_name is None and kind.hex_length is None
            assert stix2.v21.OBJ_MAP_OBSERVABLE[kind.value]._type == kind.value
    assert IocType.SHA256.stix_hash_name == "SHA-256" and IocType.SHA512.hex_length == 128
    assert observable_of(Ioc(kind=IocType.IPV6, value="2001:db8::7")).type == "ipv6-addr"


def test_ioc_types_are_misp_attribute_types_in_their_default_category() -> None:
    """Each type's MISP attribute type and category are MISP's, as PyMISP ships its type list
    (describeTypes.json): the category allows the type and is MISP's default for it."""
    described = json.loads(Path(pymisp.__file__).parent.joinpath("data/describeTypes.json").read_text())
    types = described["result"]
    for kind in IocType:
        assert kind.misp_type in types["types"], kind
        assert kind.misp_category in types["categories"], kind
        assert kind.misp_type in types["category_type_mappings"][kind.misp_category], kind
        assert types["sane_defaults"][kind.misp_type]["default_category"] == kind.misp_category
        assert types["sane_defaults"][kind.misp_type]["to_ids"] == 1  # every IOC is exported `to_ids`
    assert IocType.IPV4.misp_type == "ip-dst" and IocType.EMAIL.misp_type == "email-src"
    assert IocType.SHA1.misp_type == "sha1" and IocType.DOMAIN.misp_type == "domain"


def test_each_tlp_has_its_oasis_marking_definition() -> None:
    ids = [tlp.stix_marking_id for tlp in Tlp]
    assert len(set(ids)) == len(Tlp)
    assert all(
        stix2.MarkingDefinition(id=i, definition_type="statement", definition={"statement": "x"}) for i in ids
    )
    # OASIS's published id: a platform recognises the label by it, so it never changes.
    assert Tlp.CLEAR.stix_marking_id == "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"


def test_former_category_names_read_in_clustering_features_and_console_filters() -> None:
    """Clustering features stored by a former release, and a console link written with a former
    name (`?category=ddos`), read as today's categories."""
    from datetime import date

    import numpy as np

    from veilleur.cluster.embed import DIMENSIONS
    from veilleur.cluster.features import _SETS, decode
    from veilleur.cluster.minhash import NUM_PERM
    from veilleur.web.data import StoryRow, filter_rows

    stored = json.dumps(
        {"title": "t", "source": "s", "category": "law_enforcement", **{k: [] for k in _SETS}}
    )
    minhash, vector = np.zeros(NUM_PERM, "<u8").tobytes(), np.zeros(DIMENSIONS, "<f2").tobytes()
    features = decode("1", date(2026, 1, 1), stored, minhash, vector)
    assert features.category == Category.LAW_ENFORCEMENT
    row = StoryRow(1, "t", "2026-01-01", "2026-01-01", Category.DDOS, [], [], [], 1, [], 20, "published")
    assert filter_rows([row], {"category": "ddos"}) == [row]
    assert filter_rows([row], {"category": "Denial-of-Service"}) == [row]
    assert filter_rows([row], {"category": "phishing"}) == []


def test_a_post_read_from_the_store_has_its_state_as_the_vocabulary_s() -> None:
    """`PostRow.state` and `StoryPost.state` are `PostState` members, not bare strings; a state
    the vocabulary lacks is refused, not carried along."""
    from veilleur.store.posts import _post_row
    from veilleur.store.rows import story_post_of

    row = {
        "id": 1, "story_id": 2, "entry_id": 3, "path": "_posts/2026-03-14-x.md", "post_date": "2026-03-14",
        "title": "X", "tag": "veille", "state": "written", "updates": "[]", "revision": 1,
    }  # fmt: skip
    assert type(_post_row(row).state) is PostState and _post_row(row).state is PostState.WRITTEN
    assert type(story_post_of(row, [3]).state) is PostState
    with pytest.raises(ValueError):
        _post_row({**row, "state": "published"})


@pytest.mark.parametrize(
    "typed",
    [
        "ransomware\u200b",
        "\u200fRansomware\u200e",
        "ＲＡＮＳＯＭＷＡＲＥ",
        "Ransomware\u00a0",
        "\u2066ransomware\u2069",
    ],
    ids=["zero-width-space", "direction-marks", "full-width", "no-break-space", "isolates"],
)
def test_a_category_pasted_with_invisible_or_wide_characters_reads_as_typed(typed: str) -> None:
    """A console filter, a correction or a setting pasted from a page (a zero-width space, RTL
    marks, full-width letters) names the category its letters name; before, it named none, and the
    console's filtered list was silently empty."""
    from veilleur.web.data import StoryRow, filter_rows

    assert Category.parse(typed) == Category.RANSOMWARE
    row = StoryRow(
        1, "t", "2026-01-01", "2026-01-01", Category.RANSOMWARE, [], [], [], 1, [], 20, "published"
    )
    assert filter_rows([row], {"category": typed}) == [row]
    assert Sector.parse("\u200fＨｅａｌｔｈｃａｒｅ\u200b") == Sector.HEALTHCARE
    assert Category.parse("ransom\u200bware x") is None  # still the whole name, nothing guessed
