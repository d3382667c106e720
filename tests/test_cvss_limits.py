"""A CVSS score is a number from 0 to 10 as the page writes it: "a CVSS score of -9.8" (a hyphen or
a minus sign glued to it) states no score, not 9.8. Fictional sentences written for the test."""

from __future__ import annotations

import pytest

from veilleur.brief.facts import cve_facts
from veilleur.enrich.vulnerability import vulnerability_facts
from veilleur.models import CveMentionRecord, Intel


@pytest.mark.parametrize(
    ("said", "score"),
    [
        ("a CVSS score of 9.8", 9.8),
        ("a CVSS score of -9.8", None),
        ("a CVSS score of \u22129.8", None),
        ("a CVSS v3.1 base score of 7,5", 7.5),
        ("a CVSS score of 19.8", None),
    ],
)
def test_a_cvss_score_is_read_as_written(said: str, score: float | None) -> None:
    title = "Critical flaw in Quillpage Gateway"
    text = f"The flaw CVE-2026-41001 in the fictional Quillpage Gateway has {said}. Version 4.2.1 fixes it."
    assert vulnerability_facts(title, text, ["CVE-2026-41001"]).cvss == score


@pytest.mark.parametrize(("said", "line"), [("9.8", "Score CVSS 9,8"), ("-9.8", ""), ("\u22129.8", "")])
def test_a_cve_line_states_the_score_as_written(said: str, line: str) -> None:
    sentence = f"The flaw CVE-2026-41001 in the fictional Quillpage Gateway has a CVSS score of {said}."
    intel = Intel(
        relevant=True,
        relevance_score=0.9,
        category="vulnerability",
        cves=[CveMentionRecord(id="CVE-2026-41001", sentence=sentence)],
    )
    (flaw,), _ = cve_facts(intel)
    assert ("Score CVSS" in flaw.text) == bool(line) and line in flaw.text
