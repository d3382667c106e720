"""A group's name of two capitalised words next to a group's word is read whole ("the Black Blasta
gang" was read "Blasta", "Dark Pink APT Group" found the galaxies' malware "Pink"), in English
(the word after the name) and French and Dutch (the word before it); German capitalises every noun,
so "die Gruppe X" keeps one word. Not a name's words: where the group comes from ("the North Korean
Lazarus group" is Lazarus), the kind ("the Rhysida Ransomware gang"), a Title Case headline's next
word ("Ransomware Gang Akira Claims…"). The names are fictional but for two galaxy groups."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _threats(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the Black Blasta gang hit the hospital on Monday.",
        "The Black Blasta group claimed the attack on the town hall.",
        "Selon l'enquête, le groupe Black Blasta a revendiqué l'attaque contre la mairie.",
        "De politie zegt dat de groep Black Blasta losgeld eiste van het ziekenhuis.",
    ],
)
def test_a_two_word_name_next_to_the_group_word_is_whole(text: str) -> None:
    assert _threats(text)[0] == ["Black Blasta"]


def test_a_headline_naming_a_group_by_two_words_and_apt() -> None:
    text = (
        "Dark Pink APT Group Targets Governments in Exampleland\n\nThe Dark Pink group used phishing emails."
    )
    actors, malware = _threats(text)
    assert actors == ["Dark Pink"]
    assert "Pink" not in malware  # the galaxies' "Pink" inside the group's name is not named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Researchers said the North Korean Lazarus group stole funds from an exchange.", "Lazarus"),
        ("Analysts say the Russian Sandworm group attacked the grid again.", "Sandworm"),
        ("Le groupe Lazarus a volé des fonds, selon le rapport de la police.", "Lazarus"),
    ],
)
def test_where_the_group_comes_from_is_not_its_name(text: str, name: str) -> None:
    assert _threats(text)[0] == [name]


def test_the_kind_between_name_and_group_word_is_not_the_name() -> None:
    actors, _ = _threats("Officials confirmed that the Quorvex Ransomware gang published the files.")
    assert "Quorvex Ransomware" not in actors


def test_a_title_case_headline_word_after_the_name_is_not_the_name() -> None:
    actors, _ = _threats("Ransomware Gang Quorvex Claims Attack On Exampletown\n\nThe gang posted data.")
    assert "Quorvex Claims" not in actors
    assert "Quorvex" in actors


def test_german_keeps_one_word_after_die_gruppe() -> None:
    actors, _ = _threats("Laut Polizei steckt die Gruppe Schwarzwolf Angriffe hinter den Erpressungen.")
    assert actors == ["Schwarzwolf"]


@pytest.mark.parametrize(
    "text",
    [
        "The Microsoft Threat Intelligence group said attackers used phishing.",
        "This Nexus group makes dashboards for hospitals.",
        "The New hackers group said nothing new.",
    ],
)
def test_words_before_a_group_word_are_no_name(text: str) -> None:
    assert _threats(text)[0] == []
