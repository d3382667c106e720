"""A heading's CVE is the headline product's: a page about a (fictional) messenger naming another
vendor's chained flaw must not head with that other flaw's id."""

from __future__ import annotations

from veilleur.brief.facts import heading
from veilleur.models import Category, Intel
from veilleur.models.intel import CveMentionRecord, VulnerabilityFacts


def _intel(cves: list[tuple[str, str]]) -> Intel:
    return Intel(
        relevant=True,
        relevance_score=0.9,
        category=Category.VULNERABILITY,
        cves=[CveMentionRecord(id=i, sentence=s) for i, s in cves],
        vulnerability=VulnerabilityFacts(vendor="Fictel", product="ChatLine"),
    )


def test_the_heading_takes_the_products_cve_or_none() -> None:
    other = ("CVE-2026-1111", "The attack chained it with CVE-2026-1111, a flaw in Orchard's FruitOS kernel.")
    own = ("CVE-2026-2222", "The ChatLine flaw, tracked as CVE-2026-2222, allowed zero-click access.")
    title = "Fictel patches ChatLine zero-click flaw"
    text = f"{other[1]} {own[1]}"
    said = heading(_intel([other, own]), title, True, "Fictive Daily", text)
    assert "CVE-2026-2222" in said and "CVE-2026-1111" not in said, said
    said = heading(
        _intel([other, ("CVE-2026-3333", "Also CVE-2026-3333 in FruitOS.")]), title, True, "F", text
    )
    assert "CVE-" not in said, said
    assert "CVE-2026-1111" in heading(_intel([other]), title, True, "Fictive Daily", text)
