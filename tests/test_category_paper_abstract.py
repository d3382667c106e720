"""A page quoting a paper's abstract near its start (Schneier's posts on academic papers) is research
(GUIDE.md §4: security research not tied to one product's flaw), when its headline and lead name no
kind of event. Fictional headlines and text."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.models import Category

PAPER = (
    "Two academics published a paper on how online systems tell people apart. Abstract: Sybils "
    "distort online discourse, and verifying who someone is, where they are and whether they are "
    "human at once is shown to be impossible under three stated assumptions about the platforms. "
) * 3
PLAIN = PAPER.replace("Abstract: ", "")


def test_a_page_quoting_a_papers_abstract_is_research() -> None:
    assert categorise("The impossibility of knowing everyone online", PAPER) == Category.RESEARCH_TOOLING
    assert categorise("The impossibility of knowing everyone online", PLAIN) == Category.OTHER


def test_a_kind_the_headline_names_outranks_the_abstract() -> None:
    assert categorise("Scammers pose as banks to take logins, paper says", PAPER) == Category.FRAUD_PHISHING
