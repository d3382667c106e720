"""A class of security product named by its trade acronym and sold by its benefit ("How XDR Helps
…", "Comment le XDR renforce…") is a vendor's piece on any outlet, even when the capture keeps only
its headline; an agency's acronym, advice on a practice, a threat or a lure in the headline are not
(GUIDE.md §2). Headlines are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

_URL = "https://news.example/2031/06/guest-post.html"


@pytest.mark.parametrize(
    "title",
    [
        "How CTEM Boosts Visibility and Shrinks Attack Surfaces for Retailers",
        "How XDR Helps Protect Water Utilities",
        "Comment le XDR renforce la sécurité des PME",
        "Wie XDR Teams hilft",
        "Hoe XDR teams helpt",
    ],
)
def test_a_product_class_sold_by_its_benefit_is_promotional(title: str) -> None:
    assert promotional_reason(title, "", _URL, "en").startswith("a product class sold by its benefit")


@pytest.mark.parametrize(
    "title",
    [
        "How CISA Helps Hospitals Recover",
        "How MFA Helps Stop Account Takeover",
        "How EDR Helps Attackers Hide Their Tools",
        "How XDR Killers Help Ransomware Gangs",
        "How to build a SIEM in a weekend",
    ],
)
def test_an_agency_a_practice_or_a_threat_is_not(title: str) -> None:
    assert not promotional_reason(title, "", _URL, "en").startswith("a product class sold by its benefit")
