"""Three wordings of session 34's seed-3335 sample (GUIDE.md §4): a flaw told by its CWE class
("improper access control") is a product's flaw; servers abused for streaming are resource hijacking
(the guide: `malware` even when no malware is named); a platform for malware analysis is a defender's
tool (`research-tooling`), not a malware campaign. Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

TEXT = "The company said the change was made last week, after a review of its systems. " * 5


@pytest.mark.parametrize(
    "title",
    [
        "Examplewall addressed an improper access control issue in its firewalls",
        "Exampleware fixes improper authentication issue in its VPN gateway",
    ],
)
def test_a_cwe_class_is_a_flaw(title: str) -> None:
    assert categorise(title, TEXT) == Category.VULNERABILITY


def test_servers_abused_for_streaming_are_resource_hijacking() -> None:
    title = "Unsecured Examplelab notebook servers abused for illegal streaming of sports events"
    assert categorise(title, TEXT) == Category.MALWARE_CAMPAIGN


def test_a_platform_for_malware_analysis_is_a_tool() -> None:
    title = "CISA released Examplium platform to support malware and forensic analysis"
    assert categorise(title, TEXT) == Category.RESEARCH_TOOLING
