"""Industry news, not research (GUIDE.md §4 `other`): a podcast episode's page told by its outlet's
kicker (The Register's "Kettle", at the text's start or right after its dateline; §13: podcast episode
pages), and a product stirring privacy or security worries. Fictional texts."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.models import Category

TITLE = "Three words to chill you: Examplecloud. Intrusion. Alert"
STORY = (
    "For this week's episode, our journalists chat about the week's news: a data breach at Examplecloud's "
    "customers, a new tool for finding malware, and research on AI. "
)


def test_a_kicker_after_the_dateline_is_an_episode() -> None:
    text = "And can AI save us from malware?  Jo Example  Sat 13 Jul 2024 //  15:04 UTC  Kettle " + STORY * 3
    assert categorise(TITLE, text) == Category.OTHER


def test_a_kicker_opening_the_text_is_an_episode() -> None:
    assert categorise(TITLE, "Kettle " + STORY * 3) == Category.OTHER


def test_the_word_elsewhere_is_no_kicker() -> None:
    text = "Jo Example  Sat 13 Jul 2024 //  15:04 UTC  A pot calls the kettle black. " + STORY * 3
    assert categorise(TITLE, text) != Category.OTHER


def test_a_product_stirring_privacy_worries_is_industry_news() -> None:
    # a product feature debated, no attack, flaw or defence (GUIDE §4: industry news is `other`)
    text = "The feature takes snapshots of the screen every few seconds so users can search them later. " * 3
    title = "Examplesoft's Snapshot feature raises privacy and security concerns"
    assert categorise(title, text) == Category.OTHER
    # worries alone, with no privacy or security said, keep the headline's research words
    assert categorise("Examplesoft's new Snapshot feature draws comments", text) == Category.RESEARCH_TOOLING


def test_a_leaky_infrastructure_is_no_leak() -> None:
    # "leaky" as weak, not a leak: no data said to have spilled
    text = "Six water utilities signed up to let volunteers test their systems and fix weaknesses. " * 3
    assert categorise("Volunteer hackers dive into Exampleland's leaky water infrastructure", text) != (
        Category.DATA_BREACH
    )
    assert categorise("Leaky database at Exampleshop spills customer records", text) == Category.DATA_BREACH
