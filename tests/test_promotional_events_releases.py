"""Promotional kinds recognised by their form on any outlet, each in English and French (GUIDE.md §2):
an event's programme or stand, a partnership announced, a press release's opening under an
announcing headline, a vendor's survey that makes an offer. The same subjects reported stay news.
Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

NEWS_URL = "https://news.example/2026/01/a"
BODY = (
    " Security teams face ransomware, phishing and cloud misconfigurations, and need visibility across"
    " endpoints, identities and networks."
)


@pytest.mark.parametrize(
    "title",
    [
        "Agenda: Example Defence Summit 2026 speakers and sessions",
        "Programme du Forum Exemple 2026 : conférences et intervenants",
        "Programm: Kongress Beispiel 2026",
        "Retrouvez Examplesoft aux Assises de la sécurité, stand 42",
        "Examplesoft auf dem Stand B12 der Beispielmesse",
        "Examplesoft annonce un partenariat stratégique avec Globex",
        "Examplesoft schließt eine Partnerschaft mit Globex",
    ],
)
def test_an_events_programme_or_stand_and_a_partnership_are_promotional(title: str) -> None:
    assert promotional_reason(title, "A short text." + BODY, NEWS_URL)


@pytest.mark.parametrize(
    "title",
    [
        "Programme malveillant : un nouveau voleur de mots de passe cible les banques",
        "Agenda app leaked the calendars of 2 million users",
        "Ransomware gang stands behind attack on Example Forum's organisers",
        "Police and Europol announce partnership after takedown of phishing ring",
    ],
)
def test_the_same_words_in_news_are_not_promotional(title: str) -> None:
    assert promotional_reason(title, "The company said it was investigating." + BODY, NEWS_URL) == ""


@pytest.mark.parametrize(
    ("title", "opening", "lang"),
    [
        (
            "Examplesoft launches AI-powered SOC platform",
            "Examplesoft, a provider of detection software, today launched Example Sentinel for customers.",
            "en",
        ),
        (
            "Examplesoft dévoile une plateforme de détection",
            "Examplesoft annonce aujourd'hui le lancement de sa plateforme Sentinelle, disponible dès maintenant.",
            "fr",
        ),
    ],
)
def test_a_press_releases_opening_under_an_announcing_headline(title: str, opening: str, lang: str) -> None:
    assert promotional_reason(title, opening + BODY, NEWS_URL, lang)
    # A reporter dates and attributes the same launch: news.
    reported = "On Tuesday the vendor said the product ships to customers next month, according to a filing."
    assert promotional_reason(title, reported + BODY, NEWS_URL, lang) == ""
    # A headline without an announcement is not made promotional by a "today" verb in the text.
    assert promotional_reason("Example firm hit by ransomware", opening + BODY, NEWS_URL, lang) == ""


@pytest.mark.parametrize(
    ("title", "offer", "lang"),
    [
        (
            "Examplesoft Survey: 78% of CISOs plan to raise budgets",
            " To learn how we help, request a demo.",
            "en",
        ),
        ("Étude Examplesoft : 78 % des RSSI vont augmenter leur budget", " Demandez une démo.", "fr"),
    ],
)
def test_a_vendors_survey_that_makes_an_offer(title: str, offer: str, lang: str) -> None:
    text = "Most of the 500 respondents expect more attacks." + BODY
    assert promotional_reason(title, text + offer, NEWS_URL, lang)
    # The same survey without an offer is a report (research), not marketing.
    assert promotional_reason(title, text, NEWS_URL, lang) == ""


VENDOR_URL = "https://www.examplesoft.com/security/blog/2026/01/a"
VENDOR_URL_FR = "https://www.examplesoft.fr/blog/2026/01/a"
PAGE = "Some words about data and identities. " * 30


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Improving IT efficiency with Examplesoft Copilot in Examplesoft Tune", VENDOR_URL),
        ("\u200b\u200bUnlock the value of Examplesoft Purview\u200b", VENDOR_URL),
        ("Protégez vos données avec Examplesoft Purview", VENDOR_URL_FR),
        ("\u200bDécouvrez les bonnes pratiques de sécurité des données", VENDOR_URL_FR),
    ],
)
def test_a_vendors_own_product_as_the_means_or_a_hidden_opening_word(title: str, url: str) -> None:
    assert promotional_reason(title, PAGE, url)


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Hunting for ransomware with Examplesoft Sentinel", VENDOR_URL),
        ("Improving IT efficiency with Examplesoft Copilot in Examplesoft Tune", NEWS_URL),
        ("Détecter un rançongiciel avec Examplesoft Sentinel", VENDOR_URL_FR),
    ],
)
def test_threat_hunting_with_a_product_or_another_sites_headline_is_not_an_offer(
    title: str, url: str
) -> None:
    assert promotional_reason(title, PAGE, url) == ""


@pytest.mark.parametrize(
    "title",
    [
        "Map the passwords exposed across your fleet with this free tool",
        "Cartographiez vos mots de passe exposés avec cet outil gratuit",
    ],
)
def test_a_headline_offering_a_free_tool(title: str) -> None:
    assert promotional_reason(title, "Most of the 500 respondents expect more attacks." + BODY, NEWS_URL)
    # a lure of that kind is reporting on it
    lure = "Fake 'free tool' offers push an infostealer"
    assert promotional_reason(lure, "The attackers said nothing." + BODY, NEWS_URL) == ""
