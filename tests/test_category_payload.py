"""A payload delivered, dropped or hidden is the malware an attack brings (GUIDE.md §4: malware analysed →
`malware`), even with no family named; a crafted payload that triggers a flaw stays the flaw, and a
payload in another sense is no malware. Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    "title",
    [
        "Example of a payload delivered through a PNG image",
        "Unpacking a payload hidden in a spreadsheet macro, (Mon, Mar 3rd)",
        "Le payload caché dans une image : analyse d'un échantillon",
    ],
)
def test_a_payload_delivered_or_hidden_is_malware(title: str) -> None:
    assert categorise(title, "") == Category.MALWARE_CAMPAIGN


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("A crafted payload crashes Examplesoft routers (CVE-2031-0001)", Category.VULNERABILITY),
        ("Payload of the new Examplesoft update tested by reviewers", Category.OTHER),
    ],
)
def test_other_payloads_keep_their_kind(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
