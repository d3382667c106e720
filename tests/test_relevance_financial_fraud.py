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


def test_bribing_officials_is_corruption_not_cybercrime() -> None:
    text = (
        "US prosecutors have charged the founder of a failed crypto exchange with attempting to bribe "
        "foreign officials with $20 million in tokens to unfreeze his trading accounts. The indictment "
        "adds the count to the ones he already faces; he pleaded not guilty. "
    ) * 3
    title = "Crypto exchange founder charged with bribing foreign officials"
    assert relevance_score(title, text) < DEFAULT_MIN_RELEVANCE


def test_celebrities_fined_for_shilling_unregistered_tokens_are_not_security_news() -> None:
    text = (
        "Six film stars agreed to pay fines after being accused of shilling a cryptocurrency without "
        "saying they were paid to, while the businessman who paid them was charged with fraud. The markets "
        "regulator says his firms sold crypto asset securities without registering them."
    )
    title = "Film stars fined after crypto shill probe"
    assert relevance_score(title, text) < DEFAULT_MIN_RELEVANCE


def test_bribed_telecom_staff_in_a_sim_swap_stay_news() -> None:
    text = (
        "The gang paid employees of a mobile carrier to move victims' numbers to SIM cards it held, then "
        "took over their accounts and drained their crypto wallets, prosecutors said. "
    ) * 2
    title = "SIM swappers bribed carrier staff to hijack crypto investors' accounts"
    assert relevance_score(title, text) >= DEFAULT_MIN_RELEVANCE
