"""Reports and outlooks (GUIDE.md §4 and §13): a report on one kind of threat takes that kind
(phishing, denial of service, a state's actors), a landscape of several is research — also on a
capture that kept only its headline, whose address's words are read after it. Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

URL = "https://research.example.org/{slug}/123456/"


@pytest.mark.parametrize(
    ("title", "slug", "expected"),
    [
        ("Financial threats and crimeware in 2031", "crimeware-and-financial-predictions-2031",
         Category.RESEARCH_TOOLING),
        ("Logiciels malveillants et menaces financières : bilan 2031", "bilan-crimeware-2031",
         Category.RESEARCH_TOOLING),
        ("Spam and phishing in 2031", "spam-phishing-report-2031", Category.FRAUD_PHISHING),
        ("Hameçonnage et arnaques en 2031", "hameconnage-arnaques-2031", Category.FRAUD_PHISHING),
        ("DDoS attacks in Q2 2031", "ddos-report-q2-2031", Category.DDOS),
        ("Les attaques DDoS au T2 2031", "rapport-ddos-t2-2031", Category.DDOS),
    ],
)  # fmt: skip
def test_a_reports_kind_on_a_headline_only_capture(title: str, slug: str, expected: str) -> None:
    assert categorise(title, "", URL.format(slug=slug)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Phishing up 40% in the first half of 2031, report finds", Category.FRAUD_PHISHING),
        ("Malware infections up 40% in 2031, report finds", Category.RESEARCH_TOOLING),
    ],
)
def test_a_reports_kind_on_a_whole_page(title: str, expected: str) -> None:
    text = "The yearly figures cover a hundred countries and every month of the year. " * 12
    assert categorise(title, text, "https://news.example.org/2031/01/a") == expected
