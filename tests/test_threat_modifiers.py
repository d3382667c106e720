"""Descriptions glued to a malware's name are no name ("Chatbot-Written Malware", "a
DNS-Controlled Backdoor", "Downloaded X Stealer malware sample"). Fictional text."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.threat_modifiers import without_modifiers


def _names(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


@pytest.mark.parametrize(
    "headline",
    [
        "Chatbot-Written Malware",
        "Kestrel Crew Deploys DNS-Controlled Backdoor in Attacks on Ports",
        "New Data-Wiping Malware Hits Ports",
    ],
)
def test_a_compound_modifier_before_the_kind_is_no_malware_name(headline: str) -> None:
    text = f"{headline}\nResearchers say the crew's new backdoor talks to its server every hour."
    assert _names(text)[1] == []


def test_a_compound_modifier_before_a_name_leaves_the_name() -> None:
    text = "Loader Service Found Distributing Info-Stealing Quillfeather Malware\nThe service sells installs."
    assert _names(text)[1] == ["Quillfeather"]


def test_a_sentence_opening_verb_is_no_part_of_the_family() -> None:
    text = (
        "A fake editor page leads to an infostealer\n"
        "The fake page served Quillfeather Stealer to visitors.\n\n"
        "Downloaded Quillfeather Stealer malware sample available at:\n\n"
        "hxxps://samples.example/abc"
    )
    assert _names(text)[1] == ["Quillfeather Stealer"]


def test_words_that_only_end_like_a_verb_stay_names() -> None:
    assert without_modifiers("Red Stinger") == "Red Stinger"
    assert without_modifiers("Seed Stealer") == "Seed Stealer"
    assert without_modifiers("Wired Loader") == "Wired Loader"
    assert without_modifiers("Rust-based Stealer") == ""


@pytest.mark.parametrize(
    "headline",
    [
        "UAC-0000 Deploys Quillfeather Stealer via Booby-Trapped Spreadsheets",
        "Fake Invoice Campaign Uses Quillfeather Stealer to Empty Wallets",
        "Booby-Trapped Package Distributes Quillfeather Stealer",
        "Crew Buys Search Ads to Deliver Quillfeather Stealer",
    ],
)
def test_a_headline_verb_before_the_family_is_no_part_of_it(headline: str) -> None:
    text = f"{headline}\nResearchers said the stealer sends what it takes to a chat channel."
    assert _names(text)[1] == ["Quillfeather Stealer"]


def test_a_plural_noun_opening_a_name_stays_the_name() -> None:
    assert without_modifiers("Hunters International") == "Hunters International"
    assert without_modifiers("Deploys") == "Deploys"


def test_a_demonstrative_before_the_family_is_no_part_of_it() -> None:
    text = '"This Quillfeather Loader campaign hides its payload in an image," the researcher said.'
    assert _names(text)[1] == ["Quillfeather Loader"]
