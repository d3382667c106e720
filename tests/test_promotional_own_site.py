"""A vendor's site presenting its own offer in other shapes (bench/data/intel/GUIDE.md §2), on fictional
headlines: a defence done with the site's own product, the product named after a partner's, the brand
at a trade show, marketing verbs, a partnership; its threat research and news outlets stay news."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

VENDOR_URL = "https://www.examplesoft.com/en-us/security/blog/2026/01/a"
VENDOR_URL_FR = "https://www.examplesoft.fr/blog/2026/01/a"
NEWS_URL = "https://news.example.org/2026/01/a"
TEXT = "The new version ships next month."


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("How to prevent lateral movement attacks using Examplesoft Defender", VENDOR_URL),
        ("Comment bloquer les attaques par rançongiciel avec Examplesoft Defender", VENDOR_URL_FR),
        ("Zero Trust access to business data with Partnerco MTD and Examplesoft Entra", VENDOR_URL),
        ("Accès Zero Trust aux données avec Partnerco MTD et Examplesoft Entra", VENDOR_URL_FR),
        ("Examplesoft at Black Hat USA 2026: a unified approach to cyber defense", VENDOR_URL),
        ("Examplesoft aux Assises : une approche unifiée de la défense", VENDOR_URL_FR),
        ("How Examplesoft Defender for Endpoint is redefining endpoint security", VENDOR_URL),
        ("Comment Examplesoft Defender réinvente la sécurité des postes", VENDOR_URL_FR),
        ("Examplesoft partners with Globex to secure hospital networks", VENDOR_URL),
        ("Examplesoft s'associe avec Globex pour sécuriser les réseaux hospitaliers", VENDOR_URL_FR),
    ],
)
def test_a_vendors_own_offer_in_other_shapes(title: str, url: str) -> None:
    assert promotional_reason(title, TEXT, url)


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # its threat research names the attack, not a defence done with its product
        ("Phishing campaign abuses chats in Examplesoft Teams", VENDOR_URL),
        ("Une campagne d'hameçonnage abuse des discussions dans Examplesoft Teams", VENDOR_URL_FR),
        # a news outlet's headline about the vendor is reporting
        ("How to prevent lateral movement attacks using Examplesoft Defender", NEWS_URL),
        ("Examplesoft at Black Hat: researchers show a new attack", NEWS_URL),
        ("Comment Examplesoft Defender réinvente la sécurité des postes", NEWS_URL),
    ],
)
def test_threat_research_and_news_stay_news(title: str, url: str) -> None:
    assert promotional_reason(title, "The attackers used the kit, the researchers said.", url) == ""


@pytest.mark.parametrize(
    "title",
    [
        "Building trust that lasts: Examplesoft's journey towards resilience at scale",
        "Transparency on Examplesoft Shield for mail: email security effectiveness",
        "Le parcours d'Examplesoft vers une sécurité durable",
    ],
)
def test_a_vendors_own_story_or_its_products_effectiveness_on_its_site(title: str) -> None:
    assert promotional_reason(title, TEXT, VENDOR_URL).startswith("the vendor's own offer")


@pytest.mark.parametrize(
    "title",
    [
        # a news outlet tells the vendor's story as reporting
        "Building trust that lasts: Examplesoft's journey towards resilience at scale",
        "Researchers question Examplesoft Shield's email security effectiveness",
    ],
)
def test_a_vendors_story_told_by_the_press_stays_news(title: str) -> None:
    assert promotional_reason(title, TEXT, NEWS_URL) == ""
