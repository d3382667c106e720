"""A vendor's site speaking to its own product's customers — a move, migration or upgrade to its
product, a notice for that product's customers — is its own offer (GUIDE.md §2); the same words in a
news outlet's headline, or a vendor's headline naming an attack on its customers, are news.
Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

VENDOR = "https://techcommunity.examplesoft.com/blog/security/a/4428613"
VENDOR_FR = "https://www.examplesoft.fr/blog/2026/01/a"
VENDOR_DE = "https://www.examplesoft.de/blog/2026/01/a"
VENDOR_NL = "https://www.examplesoft.nl/blog/2026/01/a"
NEWS = "https://news.example.org/2026/01/a"
TEXT = "Last year we announced our plan to bring the console and the vault together in one place."


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Planning your move to Examplesoft Console: a guide for Examplesoft Vault customers", VENDOR),
        ("Upgrading to Examplesoft Gateway 5: what changes", VENDOR),
        ("Préparer votre migration vers Examplesoft Console", VENDOR_FR),
        ("Der Umstieg auf Examplesoft Console: was Sie planen sollten", VENDOR_DE),
        ("De overstap naar Examplesoft Console voorbereiden", VENDOR_NL),
    ],
)
def test_a_vendor_speaking_to_its_own_customers_is_promotional(title: str, url: str) -> None:
    assert promotional_reason(title, TEXT, url)


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # an outlet reporting the move is news
        ("Planning your move to Examplesoft Console: a guide for Examplesoft Vault customers", NEWS),
        ("Préparer votre migration vers Examplesoft Console", NEWS),
        # an attack on the vendor's customers, on its own site, is its threat research
        ("Phishing campaign targets Examplesoft Vault customers", VENDOR),
        ("Ransomware gang hits Examplesoft Vault customers", VENDOR),
    ],
)
def test_news_and_attacks_on_customers_stay_news(title: str, url: str) -> None:
    assert promotional_reason(title, "The attackers used the kit, the researchers said.", url) == ""
