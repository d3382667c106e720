"""The owner of "its" read in the article's first sentence when a subtitle, a byline and a date come
before it (The Register's pages), and a victim named without the legal form a longer mention adds
(GUIDE.md §13). Every sentence is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_model import candidates, choose


def _its_owners(title: str, text: str) -> list[str]:
    found = candidates(title, text, "en", "newsexampleorg", "other")
    return [c.name for c in found if "rule:its" in c.features]


def test_its_owner_in_the_first_sentence_after_a_subtitle_byline_and_date() -> None:
    title = "Borough disputes regulator's account of 2021 raid on residents' records"
    text = (
        "A reprimand, not a fine.\nCould have been worse, surely?\nDana Whitfield\nTue 4 Mar 2025 //\n"
        "09:10 UTC\nThe northern district of Kessingford says the regulator has overstated what happened "
        "during a ransomware attack on its systems in 2021."
    )
    assert _its_owners(title, text) == ["Kessingford"]


def test_a_short_subtitle_is_no_first_sentence() -> None:
    title = "Borough disputes regulator's account of 2021 raid"
    text = "Kessingford says so.\nA reprimand, not a fine.\nDana Whitfield\nTue 4 Mar 2025 //\n09:10 UTC\nNo more."
    assert _its_owners(title, text) == []


def test_a_victim_is_named_without_its_legal_form() -> None:
    title = "German steelmaker Brandvoll targeted in a new cyberattack"
    text = "German steel producer Brandvoll AG was the target of a cyberattack, Brandvoll said on Monday."
    names = [c.name for c in choose(candidates(title, text, "en", "newsexampleorg", "other"))]
    assert "Brandvoll" in names and "Brandvoll AG" not in names
