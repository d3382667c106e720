"""The ad industry's trade in people's data is a privacy subject, not a security event (GUIDE.md §3:
data brokers, tracking): a headline on "surveillance" in mobile ad data stays out; a breach at an ad
firm stays news. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

TEXT = (
    "Anyone with a budget can now follow a phone's daily movements, thanks to firms that collect the "
    "location of every device that shows an app's ads and resell it to whoever pays. A lawsuit over a "
    "state law shows how far the surveillance in mobile ad data goes: home, employer, place of worship. "
) * 4


def test_surveillance_in_ad_data_is_a_privacy_subject() -> None:
    assert relevance_score("The Surveillance Bazaar in Mobile Ad Data", TEXT) < DEFAULT_MIN_RELEVANCE


def test_a_breach_at_an_ad_firm_stays_news() -> None:
    text = (
        "Hackers broke into the ad firm's servers and stole the location records of millions of phones. " * 4
    )
    assert relevance_score("Ad data firm Exampleads hit by data breach", text) >= 0.5
