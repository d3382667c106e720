"""Analysts' diaries name their own tools and checks with no threat word: signature matching
(a YARA release), password cracking, mail authentication (SPF, DMARC), packet crafting, document
triage. They are security subjects (GUIDE.md §3: security research, techniques and tools). A firm
called Yara and a vacation "crack" are not. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

TOOLS = [
    (
        "Patternscan 4.6.0 Release, (Sun, Jun 2nd)",
        "Patternscan 4.6.0 is out with many bugfixes, and the YARA 4.6 module it ships changes how "
        "whitespace is read in regular expressions. If you run it on your own files, check that your "
        "old signatures still compile before you leave YARA 4.5; I had to edit two of mine.",
    ),
    (
        "Quickie: Cracking & Electricity, (Sun, Jul 14th)",
        "After my last entry on protected spreadsheets, a reader asked what it costs to run hashcat for "
        "a week. I measured the power my GPU draws while password cracking the hashes of the test files: "
        "about 300 watts, which at today's prices is a few euros a day.",
    ),
    (
        "SPF and DMARC on the 10k Largest Domains, (Thu, Feb 2nd)",
        "Following my entry on government domains, I looked at the mail records of the ten thousand most "
        "popular domains. A third publish no DMARC record at all, and many SPF records end with a soft "
        "fail. The script I used is below; the results are in the table at the end.",
    ),
    (
        "Simulating Network Traffic With Packetlib, (Fri, Aug 9th)",
        "I needed logs to test a forwarding agent, so I generated the traffic with Scapy: a few lines "
        "build the packets, send them to the test host and wait for the answers. Here is the Scapy script.",
    ),
]


@pytest.mark.parametrize(("title", "text"), TOOLS)
def test_an_analysts_tool_named_without_a_threat_word_is_security(title: str, text: str) -> None:
    assert relevance_score(title, text, lang="en") >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Yara Fertilisers Opens a New Plant",
            "Yara 2 of the group's plants opens in the north this spring; the firm expects its output to "
            "grow by a fifth, and its staff to follow the new crop forecasts on the company's app.",
        ),
        (
            "Ten Cheap Trips for the Summer",
            "We crack the code of cheap flights: book early, travel light, and pick the second airport.",
        ),
    ],
)
def test_the_same_words_elsewhere_are_not_security(title: str, text: str) -> None:
    assert relevance_score(title, text, lang="en") < DEFAULT_MIN_RELEVANCE
