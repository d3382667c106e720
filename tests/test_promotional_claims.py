"""What a vendor's headline claims of itself — its result in an independent test, its place in an
analyst's report, its compliance authorisation, its partner programme, a sales hire, a marketplace
listing, a call to download — is promotion (GUIDE.md §2), in EN/FR/NL/DE; a report about the test,
the scheme or the programme, or a headline naming a threat, is not. Headlines are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

URL = "https://news.example.com/2025/01/page"


@pytest.mark.parametrize(
    "title",
    [
        "Examplesoft achieves 100% detection in MITRE ATT&CK Evaluations",
        "Examplesoft results in the 2024 MITRE ATT&CK Evaluations: Enterprise",
        "Examplesoft Earns AAA Rating in SE Labs Test",
        "Examplesoft named in the Gartner Hype Cycle for Security Operations",
        "Examplesoft recognized as a Cool Vendor in Identity",
        "Examplesoft nommé dans le Hype Cycle de Gartner",
        "Examplesoft achieves FedRAMP High authorization",
        "Examplesoft is now FedRAMP Authorized",
        "Examplesoft obtient la qualification SecNumCloud",
        "Examplesoft erhält BSI C5-Testat",
        "Examplesoft behaalt ISO 27001-certificering",
        "Examplesoft launches new MSSP partner program",
        "Examplesoft lance son programme partenaires",
        "Examplesoft startet neues Partnerprogramm",
        "Examplesoft appoints Jane Doe as Chief Revenue Officer",
        "Examplesoft now available in AWS Marketplace",
        "Download the report: the state of ransomware in 2025",
        "Get the 2025 Cloud Threat Report",
        "Téléchargez le livre blanc : sécuriser vos identités",
    ],
)
def test_a_vendors_claim_about_itself_is_promotional(title: str) -> None:
    assert promotional_reason(title, "", URL, "en")


@pytest.mark.parametrize(
    "title",
    [
        "Two vendors skip MITRE ATT&CK evaluations this year",
        "Hospital receives HIPAA fine after breach exposing 50,000 records",
        "Retailer records PCI DSS failures before card skimming attack",
        "Senate passes CMMC bill to tighten contractor security",
        "Staffer granted access to payment systems despite FedRAMP rules",
        "Banks listed in new wave of DDoS attacks",
        "Ransomware gang launches partner program for affiliates",
        "Regulator names new director of cyber resilience",
        "Download this update now to fix an exploited zero-day",
        "L'agence publie un livre blanc sur la cryptographie post-quantique",
        "Nutzer sollten das Update sofort herunterladen",
    ],
)
def test_news_about_tests_schemes_and_programmes_is_not(title: str) -> None:
    assert not promotional_reason(title, "", URL, "en")
