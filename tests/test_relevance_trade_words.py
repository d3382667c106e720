"""The attackers' and testers' trade in its own words, with no other threat word: phishers, account
takeovers and SIM swaps, information disclosure and clickjacking, a hacking contest, doxxing, data
leakage, penetration testing, red teaming, reverse engineering, deanonymising, carders and their markets. Outlets
whose captures keep only the headline (or a cut lead) give nothing else to read (GUIDE.md §3: attacks,
flaws, fraud online, research and tools are security subjects). The same letters in other words
("skimming the minutes") stay out. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

# Headlines over a cut lead that names no subject (the capture kept its first sentence only).
LEAD = (
    "The story was first reported on Monday by a local newspaper, and the company said on Tuesday that it "
    "would share more details with its customers in the coming weeks."
)
HEADLINES = [
    "Why phishers go where the prices are low",
    "Accidental account takeovers on a chat app? It happens",
    "Lottery winner loses savings in SIM-swap heist",
    "Dynamic DNS services expose users to information disclosure",
    "Nested iframes bring clickjacking back to popular sites",
    "Pwn2Own Tokyo 2031 winners take home $400,000",
    "Students show how smart glasses can dox strangers",
    "Office suite's assistant ran into a data leakage problem",
    "How an analyst can get more out of penetration testing results",
    "How a toy maker red-teamed its talking robot before launch",
    "Our favourite shortcuts for reverse engineering",
    "Police deanonymize users of a hidden messaging service",
    "Police close the country's largest crime marketplace",
]


@pytest.mark.parametrize("title", HEADLINES)
def test_a_headline_in_the_trade_s_words_is_security_news(title: str) -> None:
    assert relevance_score(title, LEAD, "https://news.example/2031/05/story.html") >= DEFAULT_MIN_RELEVANCE


def test_skimming_a_text_is_no_card_skimming() -> None:
    text = (
        "The council met on Tuesday. After skimming the minutes of the last meeting, members agreed to "
        "repaint the community hall and to plant new trees along the river before the summer fair."
    )
    assert relevance_score("Council approves hall repairs", text) < DEFAULT_MIN_RELEVANCE
