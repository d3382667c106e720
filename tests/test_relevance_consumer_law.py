"""Consumer-protection law and data passed to advertisers are not security subjects (GUIDE.md §13:
rules on deceptive marketing are out, online scams stay in; §3: ad tracking and data sale are
privacy's): a marketplace told to respect consumer law, shops' dark patterns, a fine for sharing
users' data with advertisers stay out; a consumer agency's warning about a phishing scam and a breach
at a shop stay news. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

# (a marketplace's consumer-law case that borrows a few security words in passing, as such pages do)
MARKETPLACE = (
    "Regulators say the Exampleshop marketplace misleads buyers with fake discounts and pressure "
    "tactics, and asked it to protect personal information better and to remove malicious sellers. "
    "The company has a month to answer before fines follow. "
) * 3
AD_DATA = (
    "The regulator said the Exampleapp operator passed the personal information of users, including "
    "their health interests, to advertising partners without asking them, and ordered it to stop. "
    "The firm says it will appeal and that its security practices were never in question. "
) * 3


@pytest.mark.parametrize(
    "title",
    [
        "Exampleshop must respect consumer protection laws, says regulator",
        "Half of online shops tricking users with dark patterns",
        "Exampleshop accusée de pratiques commerciales trompeuses",
    ],
)
def test_consumer_law_is_no_security_subject(title: str) -> None:
    assert relevance_score(title, MARKETPLACE, lang="en") < DEFAULT_MIN_RELEVANCE


def test_a_fine_for_sharing_users_data_with_advertisers_is_privacy() -> None:
    title = "Regulator fines Exampleapp for sharing sensitive user data with advertisers"
    assert relevance_score(title, AD_DATA, lang="en") < DEFAULT_MIN_RELEVANCE


def test_a_consumer_agency_s_scam_warning_stays_news() -> None:
    text = (
        "The consumer protection agency warns that phishing texts posing as Exampleshop steal card "
        "numbers from people who click the link and enter their details. "
    ) * 3
    title = "Consumer protection agency warns of Exampleshop phishing scam"
    assert relevance_score(title, text, lang="en") >= 0.5


def test_a_breach_at_a_shop_stays_news() -> None:
    text = "Hackers broke into Exampleshop's systems and stole customers' card data, the company said. " * 3
    title = "Exampleshop hit by data breach as regulators probe its dark patterns"
    assert relevance_score(title, text, lang="en") >= 0.5
