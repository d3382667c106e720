"""A score written with a decimal comma after a vendor ("Microsoft 9,8") is no product: its "9" was
read as one, the briefing's heading named a number the article never writes ("Vulnérabilité :
Microsoft 9"), and the guard held the briefing back at every run. Fictional inputs only."""

from __future__ import annotations

from veilleur.brief.writer import write_without_model
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.enrich.products import PRODUCT
from veilleur.models import Article, BriefRequest


def test_a_decimal_score_after_a_vendor_is_no_product() -> None:
    found = [
        (m.group("vendor"), m.group("product").strip())
        for m in PRODUCT.finditer("Microsoft 9,8 ; Fortinet FortiOS 7.2.1, Cisco 3,")
    ]
    assert found == [("Microsoft", ""), ("Fortinet", "FortiOS 7.2.1"), ("Cisco", "3")]


def test_the_briefing_of_such_a_headline_is_published() -> None:
    url = "https://news.example/a"
    article = Article(
        url=url,
        canonical_url=url,
        title="Microsoft 9,8 : une faille critique exploitée",
        text="La faille CVE-2025-0001 de Microsoft, notée 9,8, est activement exploitée. Microsoft a publié un correctif.",
        lang="fr",
    )
    request = BriefRequest(article=article, intel=enrich(article), outlet="Fictive Daily", url=url)
    outcome = write_without_model(BriefConfig(), request, "h")
    assert outcome.status == "facts", outcome.report.rejected
    assert outcome.briefing is not None and "Microsoft 9" not in outcome.briefing.heading
