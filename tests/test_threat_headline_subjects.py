"""Headlines and their one-line leads, the whole text of many captured pages: a galaxy group named by
everyday words as the subject of an attacker's deed ("X targets…", "X revendique…"); a place a group
is tied to, or the kind word alone, is no group's name ("A new Russia-linked APT group, tracked as X":
X was dropped as that "group's" alias); and a name ends at the line's end. The sentences are ours;
the groups' names are the galaxies' where the rule reads their index, else coined."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _actors(text: str) -> list[str]:
    return [t.name for t in find_threats(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bronze Starlight targets casinos across the region\n", "Bronze Starlight"),
        ("Vice Society claims attack on a county water board\n", "Vice Society"),
        ("Vice Society revendique l'attaque contre une mairie\n", "Vice Society"),
        ("Bronze Starlight greift Spielbanken in Asien an\n", "Bronze Starlight"),
    ],
)
def test_a_group_of_everyday_words_doing_an_attackers_deed_is_a_group(text: str, name: str) -> None:
    assert name in _actors(text)


def test_a_group_of_everyday_words_without_a_deed_stays_a_word() -> None:
    assert _actors("Vice Society members met at the club on Friday\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia-linked APT Quillfrost tied to a city hall attack\n"
        "A new Russia-linked APT group, tracked as Quillfrost, has been tied to a city hall attack.",
        "An APT group tracked as Quillfrost hit a ministry in May.",
        "A China-nexus threat group, tracked as Quillfrost, hit a ministry in May.",
    ],
)
def test_the_name_after_a_place_tied_group_word_is_the_groups(text: str) -> None:
    assert "Quillfrost" in _actors(text)


def test_a_group_named_again_in_the_lead_stays() -> None:
    text = "Kimsuky APT hits think tanks with a backdoor dubbed Quillpen\nAn APT group tracked as Kimsuky used it."
    actors, malware = find_threats(text)
    assert [a.name for a in actors] == ["Kimsuky"]
    assert [m.name for m in malware] == ["Quillpen"]  # not "Quillpen An APT": a line ends a name


def test_the_place_a_family_is_tied_to_is_no_part_of_its_name() -> None:
    _, malware = find_threats("China-linked SunDial ransomware quietly hits a port operator\n")
    assert [m.name for m in malware] == ["SunDial"]
