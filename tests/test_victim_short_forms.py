"""A victim the text introduces with its short form in brackets ("Brelford Airways (BRA)") is one
victim, named once: by its full name, or by the short form when the headline writes only that.
Every text is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_model import Candidate, full_names


def _victims(names: list[str], text: str) -> list[str]:
    return [c.name for c in full_names([Candidate(n, text) for n in names], text)]


def test_a_short_form_in_brackets_is_the_same_victim() -> None:
    text = (
        "Brelford Airways website hit by cyberattack\n"
        "A cyberattack knocked the website of Brelford Airways (BRA) offline this week. BRA said "
        "customer data was exposed."
    )
    assert _victims(["Brelford Airways", "BRA"], text) == ["Brelford Airways"]


def test_the_short_form_the_headline_writes_is_kept() -> None:
    text = (
        "BRA confirms customer data was exposed\n"
        "A cyberattack knocked the website of Brelford Airways (BRA) offline this week."
    )
    assert _victims(["Brelford Airways", "BRA"], text) == ["BRA"]


def test_two_victims_side_by_side_stay_two() -> None:
    text = (
        "Ransomware hits Brelford Airways and Kalmora Freight\n"
        "Brelford Airways (Leeds) and Kalmora Freight (KFG) were both hit by ransomware."
    )
    assert _victims(["Brelford Airways", "Kalmora Freight"], text) == ["Brelford Airways", "Kalmora Freight"]
    assert _victims(["Brelford Airways", "KFG"], text) == ["Brelford Airways", "KFG"]
