"""Financial fraud on investors or the tax office is not fraud carried out online (GUIDE.md §3): a
founder charged with securities fraud stays out; a business email compromise that robs a firm stays
news. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score


def test_securities_fraud_on_investors_is_not_security_news() -> None:
    text = (
        "Prosecutors accuse the founder of Examplebot and his wife of securities fraud, "
        "alleging they told investors of revenue the start-up never had and spent the money on "
        "houses and cars. The pair deny it; a trial date was set for spring. "
    ) * 3
    title = "Chatbot start-up founder accused of ripping off investors in $40M fraud"
    assert relevance_score(title, text) < DEFAULT_MIN_RELEVANCE


def test_a_business_email_compromise_stays_news() -> None:
    text = (
        "Crooks who took over a supplier's mailbox sent the firm fake invoices with new bank details, "
        "and the fraud went unnoticed for weeks, the company said. "
    ) * 3
    assert relevance_score("Firm loses $2M to email fraud after supplier account hijacked", text) >= 0.5
