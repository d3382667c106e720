"""An English word in capitals inside a shouted phrase is no threat's name, though a galaxy lists
it: a quoted post 'I JUST GOT HACKED PLAYING WW2!' (a train page) gave the actor and malware
'HACKED', 'the partner opportunity will EXPAND TO $260 BILLION' the malware 'EXPAND'. A name in
capitals next to its kind stays one. Fictional text."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    "text",
    [
        "Players used an exploit in live matches.\n\nI JUST GOT HACKED PLAYING TONIGHT! DO NOT PLAY @Example",
        "Based on forecast models, the partner opportunity will EXPAND TO $90 BILLION by 2027.",
    ],
)
def test_a_word_of_a_shouted_phrase_is_no_name(text: str) -> None:
    assert find_threats(text) == ([], [])


def test_a_brand_in_capitals_next_to_its_kind_stays_one() -> None:
    actors, malware = find_threats("The ROYAL RANSOMWARE gang hit the city on Monday.")
    assert [a.canonical for a in actors] == ["Royal"] and [m.canonical for m in malware] == ["Royal"]


def test_a_platform_after_a_family_is_neither_its_name_nor_a_surname() -> None:
    # "the Mirai IoT botnet" (a train page) gave 'Mirai IoT', "Raptor Train IoT Botnet" gave 'IoT'
    text = "The attack was ten times the assault launched in 2016 by the Mirai IoT botnet against the site."
    assert [m.canonical for m in find_threats(text)[1]] == ["Mirai"]
    assert find_threats("Experts Warn of Linked Raptor Train IoT Botnet\n") == ([], [])
