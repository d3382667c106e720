"""Groups named right after their kind in the plural, as a list ("criminal groups A and B took
credit"): each name is a group's, as in "groups such as A and B" (labelling guide §6). Only in a
sentence's lower case: a Title Case headline's "Hacking Groups Exploit Flaw and Steal Data" names
no group. The names are fictional."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


def test_a_plural_kind_then_a_list_names_each_group() -> None:
    text = (
        "In a listing on a dark web marketplace, criminal groups Kestrelbroker and NightOwlUser took "
        "credit for the break-in at the chipmaker."
    )
    assert _actors(text) == ["Kestrelbroker", "NightOwlUser"]


def test_a_title_case_headline_names_no_group() -> None:
    assert _actors("Hacking Groups Exploit Flaw and Steal Data\nThe attackers took files.") == []


def test_a_plural_kind_before_a_single_name_is_no_list() -> None:
    # "threat groups Examplesoft tracks": the vendor that tracks them, not a group
    assert _actors("It is one of the threat groups Examplesoft tracks and names after birds.") == []
