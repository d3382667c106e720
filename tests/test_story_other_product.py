"""A report that names no CVE id (a page cut after its first sentence, a headline-only item)
against one that lists a few: the first's headline product, never named by the second, is the
flaw of another product. Fictional texts."""

from __future__ import annotations

from datetime import date

import pytest

from veilleur.cluster.features import Features, Input, features_for, features_of
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, CveMentionRecord, Intel

DAY = date(2026, 8, 27)
LISTING = (
    "The Fictional Agency on Monday added three flaws to its Known Exploited Vulnerabilities "
    "catalog: CVE-2026-41111 and CVE-2026-41112 in Acme RouterOS and CVE-2026-41113 in the Zeta "
    "browser, based on evidence of active exploitation."
)


def _report(article_id: str, title: str, text: str, cves: list[str]) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.VULNERABILITY,
        cves=[CveMentionRecord(id=cve, sentence=text) for cve in cves],
    )
    return features_for([Input(article_id, DAY, title, text, f"wire {article_id}", intel)])[0]


def _listing() -> Features:
    cves = ["CVE-2026-41111", "CVE-2026-41112", "CVE-2026-41113"]
    return _report("three", "Fictional Agency adds three exploited flaws to its catalog", LISTING, cves)


def test_a_cut_page_naming_another_product_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    cut = _report(
        "cut",
        "Fictional Agency adds Quillgate NetGuard flaw to its catalog",
        "The Fictional Agency added a Quillgate NetGuard flaw to its catalog.",
        [],
    )
    assert cut.named_subjects == {"netguard"} and not cut.cves
    # Two catalogue additions naming other products (tests/test_story_catalogue_additions.py);
    # this rule, which also holds for a report that is no addition, is checked with that one off.
    assert str(Clusterer().score(cut, _listing(), 0.64, 0.06)[1][-1]) == "other catalogue addition"
    monkeypatch.setattr("veilleur.cluster.pair_score.additions_apart", lambda new, old: False)
    score, signals = Clusterer().score(cut, _listing(), 0.64, 0.06)
    assert "other product's flaw" in [str(s) for s in signals] and score < Weights().join
    assert Clusterer(Weights(other_coined=0.0)).score(cut, _listing(), 0.64, 0.06)[0] >= Weights().join


def test_a_cut_page_naming_a_listed_product_joins() -> None:
    cut = _report(
        "cut",
        "Fictional Agency adds Acme RouterOS flaws to its catalog",
        "The Fictional Agency added two Acme RouterOS flaws to its catalog.",
        [],
    )
    score, signals = Clusterer().score(cut, _listing(), 0.64, 0.06)
    assert "other product's flaw" not in [str(s) for s in signals] and score >= Weights().join


def test_denial_of_service_is_no_coined_name() -> None:
    assert features_of("a", DAY, "Fictional OS flaws enable MitM and DoS attacks", "x").coined == frozenset()


def test_kinds_of_exploit_server_or_device_are_no_coined_names_in_either_language() -> None:
    """A proof of concept, a command-and-control server, an injection or a device kind written like
    a name (PoC, C2, SQLi, IoT, 2FA, 5G) is no subject another report must name."""
    for title in (
        "Threat actors exploit Fictional Panel flaw after PoC release, hit C2 and IoT hosts",
        "Des pirates exploitent la faille de Fictional Panel après la publication d'un PoC",
        "SQLi and 2FA bypass flaws found in Fictional Panel 5G gateways",
    ):
        assert features_of("a", DAY, title, "x").coined == frozenset(), title
    # A real coined name is still one.
    assert features_of("b", DAY, "QuillShell flaw in Fictional Panel after PoC release", "x").coined == {
        "quillshell"
    }


def test_a_cut_page_whose_headline_names_a_poc_joins_the_listing() -> None:
    cut = _report(
        "cut",
        "Attackers exploit Acme RouterOS flaw following PoC release",
        "Attackers exploit an Acme RouterOS flaw following the release of a proof of concept.",
        [],
    )
    assert cut.named_subjects == {"routeros"}  # the listed product, not the proof of concept
    assert "other product's flaw" not in [str(s) for s in Clusterer().score(cut, _listing(), 0.64, 0.06)[1]]


def test_a_cut_page_naming_a_listed_model_and_its_system_joins() -> None:
    """A headline naming a product line's model and its system ("QuillAG and vxQuillAG QuillOS
    flaw") against a listing naming the line and the model but not the system: one of the
    headline's products is the listing's, the flaw is the same product's."""
    listing = _report(
        "one",
        "Fictional Agency urges agencies to patch Quill Networks flaw",
        "The Fictional Agency added CVE-2026-42001, a flaw in Quill Networks vxQuillAG secure "
        "access gateways, to its Known Exploited Vulnerabilities catalog.",
        ["CVE-2026-42001"],
    )
    cut = _report(
        "cut",
        "Fictional Agency adds Quill Networks vxQuillAG QuillOS flaw to its catalog",
        "The Fictional Agency added a Quill Networks vxQuillAG QuillOS flaw to its catalog.",
        [],
    )
    assert cut.named_subjects == {"vxquillag", "quillos"} and not cut.cves
    signals = [str(s) for s in Clusterer().score(cut, listing, 0.6, 0.03)[1]]
    assert "other product's flaw" not in signals
