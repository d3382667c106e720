"""Tracking named by its means as a headline's subject (web beacons, tracking pixels and code, device
analytics, device fingerprinting) is a privacy matter, not security news (GUIDE.md §3 and §13), even
when researchers and their words fill the text; a scan's fingerprinting of servers stays security, and
a security roundup led by such an item stays a roundup. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

TRACKING = (
    "Security researchers say the apps of two social networks listened on local ports of the phone, "
    "which let them link the browsing data of users to their accounts and bypass the usual privacy "
    "protections. After the disclosure the researchers saw the script stop sending data, and the code "
    "was largely removed. The company told reporters it was in talks with the app store about its rules. "
) * 2


@pytest.mark.parametrize(
    "title",
    [
        "Exampleco pauses mobile tracking tech after researchers cry foul",
        "Web beacons on websites and in e-mail",
        "Exampleco's device analytics can identify cloud users",
        "Exampleco now allows device fingerprinting of its users",
        "Des pixels de suivi dans les courriels des banques",
        "Tracking-Pixel in den Newslettern der Händler",
    ],
)
def test_tracking_named_by_its_means_is_a_privacy_subject(title: str) -> None:
    assert relevance_score(title, TRACKING, "", "en") < DEFAULT_MIN_RELEVANCE


def test_a_scan_fingerprinting_servers_stays_security() -> None:
    text = (
        "Our honeypots saw a scanner request the login page of wiki servers, then a version file, to "
        "learn which release runs there before it tries the known exploit for the flaw. "
    ) * 3
    assert relevance_score("Internet-wide scan fingerprinting wiki servers", text, "", "en") >= 0.5


def test_a_security_roundup_led_by_a_tracking_item_stays_news() -> None:
    text = (
        "Infosec in brief Exampleco will let advertisers fingerprint devices next year, and the regulator "
        "is unhappy. Elsewhere, a ransomware gang leaked data stolen from a hospital, and police arrested "
        "two suspects behind a phishing kit sold to fraudsters. "
    ) * 2
    assert relevance_score(
        "Regulator unhappy with Exampleco's plan to allow device fingerprinting", text, "", "en"
    ) >= (DEFAULT_MIN_RELEVANCE)
