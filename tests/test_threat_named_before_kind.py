"""In a sentence, the capitals between "the" and a kind word are a family's or brand's name, whole,
even made of English words: "the Black Blasta ransomware operation" (a train page) gave "Blasta",
"The Fickle stealer is…" and "the Raptor Train botnet" gave nothing. A platform, a language or what
the kind word qualifies is no name, and a Title Case headline's capitals say nothing. Fictional text."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    ("text", "actors", "malware"),
    [
        # a brand of two words, both a group and a family (guide §6)
        (
            "Sources said the Velvet Quarrel ransomware operation is behind the attack on the retailer.",
            ["Velvet Quarrel"],
            ["Velvet Quarrel"],
        ),
        # English words: a stealer is named with its kind, as vendors write it
        (
            "The Sparrow stealer is a relatively new information stealer that uses scripts.",
            [],
            ["Sparrow Stealer"],
        ),
        (
            "Police announced the takedown of the Copper Kettle botnet run by a crime group.",
            [],
            ["Copper Kettle"],
        ),
    ],
)
def test_the_capitals_before_the_kind_are_the_whole_name(
    text: str, actors: list[str], malware: list[str]
) -> None:
    found_actors, found_malware = find_threats(text)
    assert [a.name for a in found_actors] == actors
    assert [m.name for m in found_malware] == malware


@pytest.mark.parametrize(
    "text",
    [
        "In the incident, the Python backdoor was found twenty minutes after the login.",
        "The payload was uploaded to the VirusTotal malware database from abroad.",
        "The hackers involved in the Colonial Pipeline ransomware attack were paid.",
        "The Windows-based botnet trojan is noteworthy for its use in fraud.",
        # a headline in Title Case: every word has its capital
        "Experts Explain How The Quiet Harbor malware Spreads To Banks",
    ],
)
def test_a_platform_or_what_the_kind_qualifies_is_no_name(text: str) -> None:
    assert find_threats(text) == ([], [])


def test_the_first_word_of_a_family_named_before_is_that_family() -> None:
    # ("the Scavenger malware" after "Scavenger Loader" and "Scavenger Stealer", a train page)
    text = (
        "The loader, dubbed Quiver Loader, is designed to deliver a stealer component codenamed Quiver "
        "Stealer that steals data. Unlike the Quiver malware, the new payload runs on Linux."
    )
    assert [m.name for m in find_threats(text)[1]] == ["Quiver Loader", "Quiver Stealer"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Scanners do not all agree on what it is, but a “Quillcask” trojan is mentioned again and again.",
            "Quillcask",
        ),
        ("The archive drops the 'Tarnvex' stealer into the user's folder.", "Tarnvex"),
    ],
)
def test_a_coined_word_in_quotes_before_a_malware_kind_is_its_name(text: str, name: str) -> None:
    assert name in [m.name for m in find_threats(text)[1]]


@pytest.mark.parametrize(
    "text",
    [
        'The scans flag a "Movies" trojan hidden in the archive.',  # what the file pretends to be
        "The pirates got an “Updated” malware build instead of the episode.",
        "Researchers saw a 'Banking' trojan in the sample set.",
    ],
)
def test_an_english_word_in_quotes_before_a_kind_is_no_name(text: str) -> None:
    assert find_threats(text)[1] == []
