"""A French phishing post: "De faux SMS … volent les identifiants des clients de X" is a scam's
event (the fake message steals, GUIDE.md §4 rule 6), not a leak from X, and X, whose customers'
logins the headline says are stolen, is its victim. Both failed once the victim model was refitted
on samples f1/f2: the page read as an information leak, and the bank fell under the model's
threshold. All texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich, find_victims
from veilleur.enrich.category import categorise
from veilleur.models import Article, Category, Sector

TITLE = "De faux SMS de livraison volent les identifiants des clients de Brelmont"
LEAD = (
    "Une campagne d'hameçonnage envoie de faux SMS de livraison aux clients de Brelmont, banque "
    "fictive, avec un lien vers une copie de sa page de connexion qui vole leurs identifiants."
)


@pytest.mark.parametrize(
    "title",
    [
        TITLE,
        "De faux courriels volent les identifiants des abonnés de Quillnet",
        "De fausses pages de connexion volent les mots de passe des clients de Brelmont",
    ],
)
def test_a_fake_message_that_steals_logins_is_phishing(title: str) -> None:
    assert categorise(title, LEAD) == Category.FRAUD_PHISHING


def test_the_bank_whose_customers_logins_are_stolen_is_the_victim() -> None:
    article = Article(url="https://exemple.example/sms", canonical_url="", title=TITLE, text=LEAD)
    intel = enrich(article)
    assert intel.category == Category.FRAUD_PHISHING
    assert [v.name for v in intel.victims] == ["Brelmont"]
    assert Sector.FINANCIAL_SERVICES in intel.victims[0].sectors


def test_the_french_theft_of_a_firms_customer_data_names_the_firm() -> None:
    # The English rule's "stole records of X customers", in French.
    title = "Des pirates volent les données des clients de Varenne Assurances"
    assert categorise(title, "") == Category.DATA_BREACH
    assert find_victims(title) == ["Varenne Assurances"]
