"""Marks of paid or vendor-made pages past the text's first words (enrich/promotional_marks.py): an
outlet's label opening the first paragraph after the standfirst, the author and the date. A news lead
naming a sponsor or sponsored search results stays news. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

NEWS_URL = "https://news.example/2026/01/a"
HEAD = "Why every team needs better visibility\n\nA standfirst that says what follows.\n\nJane Writer\n\nMon 5 Jan 2026 //\n\n09:00 UTC\n\n"
BODY = " Attackers keep finding new ways in, and organisations must respond with the right tools and people."


@pytest.mark.parametrize(
    "label",
    [
        "Sponsored Feature",
        "Sponsored Post",
        "Partner Content :",
        "Contenu sponsorisé —",
        "Article sponsorisé",
        "Gesponserter Beitrag:",
        "Gesponsorde inhoud",
    ],
)
def test_a_label_opening_the_first_paragraph_makes_the_page_paid(label: str) -> None:
    reason = promotional_reason("Why every team needs better visibility", HEAD + label + BODY, NEWS_URL)
    assert "paid content" in reason


@pytest.mark.parametrize(
    "paragraph",
    [
        # a sponsor named by the news, sponsored search results as the lure
        "Sponsored by Examplesoft and two universities, the contest offers a prize pool of $10,000.",
        "Sponsored search results lead users to fake download pages that install a stealer.",
        "Contenu de la fuite : des factures et des contrats, selon les chercheurs.",
    ],
)
def test_news_paragraphs_that_start_with_the_same_words_stay_news(paragraph: str) -> None:
    assert not promotional_reason("Fake download pages spread a stealer", HEAD + paragraph, NEWS_URL)


def test_a_label_far_into_the_text_is_not_the_pages_label() -> None:
    text = HEAD + "Attackers stole data from a retailer, police said. " * 20 + "\n\nSponsored Post" + BODY
    assert not promotional_reason("Retailer confirms data theft", text, NEWS_URL)


OWN_SITE = "https://www.examplesoft.com/blog/2026/01/a/"


@pytest.mark.parametrize(
    "title",
    [
        # a partnership whose purpose names the crime it fights
        "Examplesoft partners with the Global Example Alliance to fight cybercrime",
        "Examplesoft s'associe avec l'Alliance Exemple pour lutter contre la fraude",
        # the brand at any conference or show, not only the best known ones
        "Examplesoft at the Example Security Conference",
        "Examplesoft au salon Exemple Cyber",
        "Examplesoft auf der Example Messe",
        # the site as partner at the headline's end
        "Secure your endpoints with Partnerco and Examplesoft",
        "Sécurisez vos postes avec Partnerco et Examplesoft",
        # the brand's product sold by its benefit
        "How Examplesoft Vault and Keeper help simplify data protection",
        "Examplesoft Lake: unify signals, cut costs, and power AI",
    ],
)
def test_the_sites_own_partnerships_and_shows(title: str) -> None:
    assert promotional_reason(title, "", OWN_SITE)


@pytest.mark.parametrize(
    "title",
    [
        "Police partner with banks to fight fraud",
        "Examplesoft at the conference: researchers demo a car exploit",
    ],
)
def test_the_same_words_on_a_news_outlet_are_news(title: str) -> None:
    assert not promotional_reason(title, "", NEWS_URL)


def test_crooks_named_as_more_than_a_purpose_keep_the_sites_headline_news() -> None:
    assert not promotional_reason(
        "Examplesoft partners with police after hackers hit its customers", "", OWN_SITE
    )


@pytest.mark.parametrize(
    "title",
    [
        "Example Shield delivered a 30% reduction in incidents",
        "Example Suite delivers 45% faster investigations",
        "Join us for our zero trust workshop",
    ],
)
def test_a_products_measured_benefit_and_an_invitation(title: str) -> None:
    assert promotional_reason(title, "A short text.", NEWS_URL)
