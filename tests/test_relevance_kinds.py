"""Relevance by kind of page, on small fictional texts: incidents named without a threat word are
security news; off-topic headlines (a show about AI, privacy law, counterfeit goods) stay out even
when the topic model reads security words in their text."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score


@pytest.mark.parametrize(
    "title",
    [
        "Telco giant Examplecom suffers attack, takes systems offline",
        "'Deliberate attack' deletes shopping app's cloud resources",
        "Examplebank reports a cyber incident at its card processor",
        "Incident de sécurité à la mairie de Valmont",
        "Sicherheitsvorfall bei den Stadtwerken Musterstadt",
        "Beveiligingsincident bij gemeente Voorbeeldstad",
        "Improving your DLP response",
        "Burnout in SOCs: what helps analysts",
        "NightOwl campaign targets gamers with fake projects",
        "Vendor publishes rules to detect cracked versions of Cobalt Strike",
        "Nouvelles règles de détection pour les serveurs Exchange",
        "Rapporto annuale della Polizia postale",
    ],
)
def test_incidents_and_defensive_practice_named_without_a_threat_word(title: str) -> None:
    assert relevance_score(title, "") >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Regulator wants your ID before you visit adult-only websites",
        "Video site settles lawsuit over kids' privacy invasion",
        "Platform CEO told to comply with digital laws",
        "Police warn about counterfeit goods sold online",
        "La protection de la vie privée des enfants en ligne",
    ],
)
def test_privacy_and_consumer_topics_stay_out(title: str) -> None:
    text = "The company collects personal data from users; critics say privacy rules are not enforced."
    assert relevance_score(title, text) < DEFAULT_MIN_RELEVANCE


def test_an_off_topic_headline_is_not_lifted_by_the_topic_model() -> None:
    # A show about AI whose text speaks of hackers and scams in passing: the headline says what it is.
    text = (
        "This week the hosts discuss chatbots, a robot that plays chess, and an AI that wrote a song. "
        "They also joke about hackers, a scam email and a chatbot jailbreak, then read listener mail. "
    ) * 4
    assert relevance_score("The AI Fix #60: robots play chess", text) < DEFAULT_MIN_RELEVANCE


SECURITY_WORDS = (
    "Hackers and scammers exploit weak passwords; a data breach or a phishing attack can follow, "
    "and attackers sell stolen personal data on the dark web, researchers warned. "
) * 3


@pytest.mark.parametrize(
    "title",
    [
        "State wants your ID before you visit adult-only websites",
        "Regulator fines agency for unlawful data transfers",
        "Three privacy rules for 2026 (Example Podcast S01E02)",
        "Data brokers should stop trading location data, new bill proposes",
        "La vérification de l'âge arrive sur les sites pour adultes",
        # "surveillance" said as part of the off-topic subject ("mass surveillance laws")
        "Allies raise alarms about new mass surveillance laws",
        "Doorbell maker cashes in on mass surveillance",
        # privacy and data-protection bills, police surveillance technology, the organisation's own news
        "Country passes new personal data protection bill",
        "Building a community privacy plan",
        "City police must stop high-tech spying on political movements",
        "Council pans face recognition technology",
        "Police using drones to read your license plates",
        "Digital rights group receives $250k grant from a foundation",
        "Le Parlement adopte la loi sur la protection des données personnelles",
        "Section 702's domestic spying program must end",
        "How to stop advertisers from tracking your teen across the internet",
    ],
)
def test_an_off_topic_headline_decides_whatever_the_texts_security_words(title: str) -> None:
    # The headline states a privacy or consumer subject and no security one: the text's talk of
    # hackers and breaches is background (GUIDE.md §3: the main subject decides).
    assert relevance_score(title, SECURITY_WORDS) < DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Data broker leaks 120 million business contacts",
        "Dating app exposes sensitive user data",
        "Employee monitoring app exposes users, leaks 21 million screenshots",
        "Adult sites trick users with a clickjacking trojan",
        "Open redirect on a government website sends users to adult content",
        "Stalkerware maker hacked, victims' data exposed",
    ],
)
def test_a_security_event_on_an_off_topic_subject_stays_news(title: str) -> None:
    assert relevance_score(title, SECURITY_WORDS) >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Les comptes de clients d'une banque détournés par des escrocs",
        "Gegevens van 10.000 klanten op straat na hack",
        "Kwaadwillenden misbruiken lek in Example-software",
        "Betrüger erbeuten Bankdaten von Senioren",
        "Oplichters bellen namens de bank",
    ],
)
def test_crooks_hacks_and_leaks_named_in_french_dutch_and_german(title: str) -> None:
    neutral = "The organisation published a statement on Tuesday; more details would follow. " * 2
    assert relevance_score(title, neutral) >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Spyware used to spy on activists' phones",
        "Data protection authority fines retailer after breach",
        "Police face recognition vendor hacked, data leaked",
    ],
)
def test_a_security_event_in_a_privacy_story_stays_news(title: str) -> None:
    assert relevance_score(title, SECURITY_WORDS) >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Wireshark 9.1 released",
        "Honeypot log volume increase",
        "Finding that one GPO setting in a pool of hundreds",
        "Sysmon and packet captures: what the honeypot saw",
    ],
)
def test_defensive_tooling_diaries_are_security(title: str) -> None:
    neutral = "A short note on the new version and how to use it. " * 3
    assert relevance_score(title, neutral) >= DEFAULT_MIN_RELEVANCE


# A business-software how-to (fictional) that borrows security words in passing: "authentication",
# "patch", "charged", "payload".
ERP_HOWTO = (
    "In this blog post I explain step by step how to configure the integration flow between the "
    "billing module and the maintenance order in the S/4HANA tenant. First, create a communication "
    "arrangement in the Fiori launchpad and maintain the destination with OAuth authentication. "
    "The customer is charged per service order; the ABAP class maps the XML payload to the OData entity "
    "and the CDS view exposes the fields to the consultant. "
    "Apply the latest patch of the integration package, then test the scenario with Postman. "
    "In the next part of this series we will cover the workflow configuration and the business role. "
) * 2


def test_a_how_to_of_another_subject_is_ruled_out_by_the_topic_model() -> None:
    title = "How to configure billing integration flows in the cloud tenant – Part 2"
    assert relevance_score(title, ERP_HOWTO, "", "en") < DEFAULT_MIN_RELEVANCE
    # Only in English, where the model is sure enough; unknown language counts as English.
    assert relevance_score(title, ERP_HOWTO, "", "") < DEFAULT_MIN_RELEVANCE
    assert relevance_score(title, ERP_HOWTO, "", "it") >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Patch the integration package after a data breach at Examplecorp",
        "Ransomware gang claims billing provider",
    ],
)
def test_a_security_headline_is_never_ruled_out_by_the_topic_model(title: str) -> None:
    assert relevance_score(title, ERP_HOWTO, "", "en") >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Regulator fines Examplesoft €60 million for using advertising cookies without user consent",
        "Video app fined by French regulator for violating cookie laws",
        "Dutch DPA fines streamer for GDPR violations over data transparency",
        "Tax preparation firms shared sensitive information with an ad network",
        "University used Wi-Fi location data to identify student protestors",
    ],
)
def test_privacy_processing_stays_out(title: str) -> None:
    text = "The regulator said the company processed personal data; it will appeal the privacy decision. " * 3
    assert relevance_score(title, text) < DEFAULT_MIN_RELEVANCE


def test_a_fine_for_a_breach_is_security_news() -> None:
    text = (
        "Attackers stole customer data in a breach; the regulator fined the company for the data breach. " * 3
    )
    assert relevance_score("Regulator fines Examplecorp over data breach exposing location data", text) >= 0.5


@pytest.mark.parametrize(
    "title",
    [
        "Attacco a Examplepass",
        "Regolamento DORA",
        "Pubblicata la ISO/IEC 27001:2022",
        "Tassonomia incidenti ACN",
        "Tecniche di infezione basate sui social network",
        "WhatsApp e i messaggi rubati",
    ],
)
def test_italian_security_headlines_of_a_title_only_capture(title: str) -> None:
    menus = "E' possibile iscriversi alla newsletter seguendo le istruzioni nella specifica pagina web."
    assert relevance_score(title, menus) >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize("title", ["Mentor spotlight: Diego Dora", "Pubblicata la ISO/IEC 27701 (privacy)"])
def test_a_name_and_a_privacy_standard_are_not_security_words(title: str) -> None:
    menus = "E' possibile iscriversi alla newsletter seguendo le istruzioni nella specifica pagina web."
    assert relevance_score(title, menus) < DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Iran-linked actors target critical infrastructure organizations",
        "ExampleGPT, the generative AI tool to launch sophisticated BEC attacks",
        "Using electromagnetic fault injection attacks to take over drones",
        "Noise storms: mysterious massive waves of spoofed traffic observed since 2020",
    ],
)
def test_a_headline_only_capture_is_vouched_for_by_the_topic_model(title: str) -> None:
    # (the lexicon names none of these subjects; the model, reading headline and address, does)
    url = "https://news.example/2026/11/a-page/"
    assert relevance_score(title, "", url) >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Examplecorp will pay $29.5M to settle two lawsuits over its location tracking practices",
        "Electronics market shows decoupling will hike inflation and slow growth",
        "Squid dominated the oceans in the late Cretaceous",
    ],
)
def test_a_headline_only_capture_of_another_subject_stays_out(title: str) -> None:
    assert relevance_score(title, "", "https://news.example/2026/11/a-page/") < DEFAULT_MIN_RELEVANCE


def test_attacks_on_ai_models_guardrails_are_security() -> None:
    text = (
        "People keep finding new ways to jailbreak the chatbot and make it answer what its makers "
        "ruled out, and prompt injection hides orders for it in the pages it reads. "
    ) * 3
    assert relevance_score("Jailbreaking large language models while we can", text) >= DEFAULT_MIN_RELEVANCE
