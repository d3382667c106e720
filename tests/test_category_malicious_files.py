"""A malicious file, document, attachment or executable is malware, as malicious code and malicious
packages are (category_words.VOCABULARY): "Increase in Malicious RAR SFX files" tells of malware."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    "title",
    [
        "More Malicious ExampleZip Self-Extracting Files, (Wed, May 17th)",
        "Exampleland CERT finds malicious remote desktop files sent to ministries",
        "Malicious Exampledoc attachments land in inboxes again",
    ],
)
def test_malicious_files_are_malware(title: str) -> None:
    assert categorise(title, "") == Category.MALWARE_CAMPAIGN


def test_files_alone_are_no_malware() -> None:
    assert (
        categorise("Sorting large log files with Exampletool, (Wed, May 17th)", "")
        != Category.MALWARE_CAMPAIGN
    )
