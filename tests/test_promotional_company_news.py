"""A company's own news — a customer's choice of it, its offices and markets, a trade magazine's list
of vendors, its jobs and its executives, its project's milestones — is promotional (GUIDE.md §2), and so
is a deal or a hire told in a press release's voice under its headline, and a product's release note
labelled with its version (GUIDE.md §13); the same words under a threat, a lure or a reporter's telling
stay news. Headlines and texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

URL = "https://news.example.com/2026/01/a"
TEXT = "The company said the deal closes next month, according to a filing seen by reporters."


@pytest.mark.parametrize(
    "title",
    [
        # a customer's choice of the vendor
        "Globex Bank selects Examplesoft to secure its hybrid cloud",
        "Globex chooses Examplesoft for its endpoint protection",
        "Examplesoft selected by Globex Air as its preferred MDR partner",
        "Globex choisit Examplesoft pour sécuriser ses agences",
        # its offices and markets
        "Examplesoft opens new office in Dublin",
        "Examplesoft opens European headquarters in Lisbon",
        "Examplesoft expands into the DACH market",
        "Examplesoft expands its presence in Asia-Pacific",
        "Examplesoft ouvre un nouveau bureau à Lyon",
        "Examplesoft eröffnet neues Büro in München",
        # a trade magazine's list of vendors
        "CRN's 2025 Security 100: the identity companies to know",
        "The 20 coolest identity security companies of 2025",
        # its jobs and executives
        "Examplesoft is hiring",
        "Examplesoft appoints Jane Doe as Chief Information Security Officer",
        "Examplesoft names new CISO",
        "Examplesoft nomme un nouveau directeur général",
        # its own project's reach
        "Certbot use continues to grow",
        "Examplesoft passes 4 million installs",
    ],
)
def test_a_companys_own_news_is_promotional(title: str) -> None:
    assert promotional_reason(title, TEXT, URL)


@pytest.mark.parametrize(
    "title",
    [
        # a threat or crooks in the headline: news
        "Ransomware gang is hiring pentesters",
        "Quad7 Botnet Expands to Target SOHO Routers",
        "Anatsa Android Banking Trojan Hits 90,000 Users with Fake PDF App",
        "Watch out for the 'We are hiring' message scam",
        "Hackers pick Examplesoft servers to host phishing kits",
        # a state's pick for an agency, an outlet's report of a deal
        "Trump picks Jane Doe to lead CISA",
        "Japan officially joins NATO's cyber defense center",
        "Examplesoft acquires Globex Security",
    ],
)
def test_threats_lures_and_reporting_stay_news(title: str) -> None:
    assert promotional_reason(title, TEXT, URL) == ""


RELEASE = (
    "NEW YORK -- Examplesoft, a leader in identity security, today announced it has acquired Globex. "
    "The combined company will offer identity analytics to its customers."
)


@pytest.mark.parametrize(
    "title",
    ["Examplesoft acquires Globex to extend identity analytics", "Globex merges with Examplesoft"],
)
def test_a_deal_in_a_press_releases_voice_is_promotional(title: str) -> None:
    assert "press release" in promotional_reason(title, RELEASE, URL)
    assert promotional_reason(title, TEXT, URL) == ""  # the same deal, reported


NOTE = (
    "With 4.0, the client now supports six-day certificates through ACME profiles and renews them when a third "
    "of their lifetime is left. Shorter lifetimes mean a compromised key cannot be abused for long."
)


def test_a_release_note_labelled_with_its_version_is_promotional() -> None:
    assert promotional_reason("Certbot 4.0: Long Live Short-Lived Certs!", NOTE, "https://www.eff.org/d/a")


@pytest.mark.parametrize(
    "title",
    [
        "Session Hijacking 2.0 — The Latest Way That Attackers are Bypassing MFA",
        "Operation Serengeti 2.0: INTERPOL nabs 1,209 cybercriminals",
        "Log4j 2.17.1: another flaw fixed",
        # a year's numbered technical note is no version
        "Nota Técnica 2021.003: novo campo para a nota fiscal",
    ],
)
def test_a_threats_or_operations_version_is_news(title: str) -> None:
    assert promotional_reason(title, NOTE, URL) == ""


def test_a_third_partys_report_of_a_version_is_news() -> None:
    diary = (
        "Wireshark 4.4.0 was released this week, the developers said. I will be looking at its new dialogs."
    )
    assert promotional_reason("Wireshark 4.4.0: new dialogs", diary, "https://isc.sans.edu/diary/1") == ""
