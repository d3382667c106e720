"""Where a victim candidate's name starts and ends: a Title Case headline's short lower-case word
followed by a comma is no content word, and a name its acronym in brackets spells is one name, its
"and" and "for" included. Every name and sentence is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_descriptions import defined_names, within_defined
from veilleur.enrich.victim_model import candidates, choose, is_title_case


def test_a_short_word_and_its_comma_are_no_content_word() -> None:
    # "npm," is three letters and a comma: the headline is still Title Case.
    assert is_title_case("Rogue Crates, npm, and Gem Packages Found in Ongoing Registry Campaign")
    assert not is_title_case("Rogue crates found in npm, says Tarvel Labs")


def test_a_title_case_run_written_once_is_no_victim() -> None:
    found = candidates(
        "Rogue Crates, npm, and Gem Packages Exposed in Ongoing Registry Supply Chain Attacks",
        "Researchers found dozens of rogue packages in three registries that steal wallet keys from "
        "developers who install them.",
    )
    assert not {c.name for c in choose(found)} & {"Gem Packages Exposed", "Rogue Crates"}


def test_the_name_an_acronym_spells_is_one_name() -> None:
    sentence = (
        "The intruders reached the Northmoor Research and Testing Directorate (NRTD), the test wing "
        "of the ministry, and the US Office for Coastal Surveys (USOCS) last week."
    )
    assert [sentence[a:b] for a, b in defined_names(sentence)] == [
        "Northmoor Research and Testing Directorate",
        "US Office for Coastal Surveys",
    ]
    assert within_defined("Testing Directorate", sentence) == "Northmoor Research and Testing Directorate"
    # initials that spell another word define nothing; nor does a source in brackets
    assert defined_names("The Pelham Water and Power Board (XYZ) said") == []
    assert defined_names("Orvane said (Reuters) it was hit") == []


def test_a_victim_named_with_and_is_not_cut_in_two() -> None:
    found = candidates(
        "Defence lab hit by state hackers",
        "State hackers breached the Northmoor Research and Testing Directorate (NRTD), the test wing of "
        "the ministry, and stole design files. The NRTD said its systems were restored.",
    )
    names = {c.name for c in found}
    assert "Northmoor Research and Testing Directorate" in names
    assert not names & {"Northmoor Research", "Testing Directorate"}


def test_a_defined_name_opening_with_a_sector_word_is_a_victim() -> None:
    # "Financial" opens many phrases that name no one; here the acronym says it is a name
    found = candidates(
        "Ransomware attack exposes data of 90,000 Pelham Energy customers",
        "Over 90,000 Pelham Energy customers had data exposed after an attack on a third party. "
        "Financial Recovery and Collection Services (FRCS), a debt collector used by Pelham Energy, was "
        "hit by ransomware in May. FRCS told Pelham Energy in June that no data was taken.",
    )
    chosen = {c.name for c in choose(found)}
    assert "Financial Recovery and Collection Services" in chosen
    assert "Collection Services" not in chosen
