"""A vendor's own page announcing that it buys a firm, a headline labelled as a feature's release
note, and a vendor's "latest updates" to its own product are promotional (bench/data/intel/GUIDE.md
§2), on fictional headlines; the press reporting a deal, a feature or a security update stays news."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

VENDOR_URL = "https://www.examplesoft.com/blog/news/2026/01/a"
NEWS_URL = "https://news.example.org/2026/01/a"
TEXT = "The team will join us next month and the service keeps running as before."


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # the buyer's own announcement of the deal, on its own site
        ("Examplesoft acquires Globex Security", VENDOR_URL),
        ("Examplesoft acquires NordTunnel to fuel additional VPN features", VENDOR_URL),
        ("Examplesoft completes acquisition of Globex", VENDOR_URL),
        ("Examplesoft rachète Globex pour renforcer son offre VPN", "https://www.examplesoft.fr/blog/a"),
        # a headline labelled as the release note of a feature, whatever the site
        ("New Feature: Weekly Scan Summary", NEWS_URL),
        ("Nouvelle fonctionnalité : le rapport hebdomadaire", NEWS_URL),
        # the vendor's release notes on its own product
        ("Moving sign-ins forward: Examplesoft's latest updates for simpler logins", VENDOR_URL),
    ],
)
def test_a_vendors_own_deal_and_release_notes_are_promotional(title: str, url: str) -> None:
    assert promotional_reason(title, TEXT, url)


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # the press reporting a deal is security-industry news
        ("Examplesoft acquires Globex Security", NEWS_URL),
        ("Examplesoft to acquire identity firm Globex for $2bn", NEWS_URL),
        # a vendor's research about attackers who acquired something
        ("Examplesoft acquires evidence of ransomware gang's new tooling", VENDOR_URL),
        # a feature named inside a news headline, a security update's news
        ("Browser's new feature warns users of removed malicious extensions", NEWS_URL),
        ("Examplesoft's latest security updates fix two zero-days", VENDOR_URL),
    ],
)
def test_the_press_and_security_updates_stay_news(title: str, url: str) -> None:
    assert promotional_reason(title, "The researchers said the attackers moved fast.", url) == ""
