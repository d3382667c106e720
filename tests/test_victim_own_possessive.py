"""A name whose "'s" is its own ("Brannigan's says it is working with police", "staff at
Fennimore's was exposed"): the chosen victim keeps it, where a possessive owning a noun ("Brannigan's
Instagram account") or a list of owners ("Acme's, Globex's and Initech's customers") does not tell.
Every name is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_full_names import with_own_possessive


@pytest.mark.parametrize(
    ("name", "text", "written"),
    [
        (
            "Brannigan",
            "Hackers hijacked Brannigan's Instagram account. Brannigan's says it is working with police.",
            "Brannigan's",
        ),
        ("Fennimore", "The data of people who applied for jobs at Fennimore’s was exposed.", "Fennimore’s"),
        ("Brannigan", "Brannigan’s quickly deleted the posts.", "Brannigan’s"),
    ],
)
def test_a_name_whose_s_is_its_own_keeps_it(name: str, text: str, written: str) -> None:
    assert with_own_possessive(name, text) == written


@pytest.mark.parametrize(
    "text",
    [
        "Hackers hijacked Brannigan's Instagram account and posted a fake token.",
        "The gang stole Brannigan's, Globex's and Initech's customer records.",
    ],
)
def test_a_possessive_is_no_part_of_the_name(text: str) -> None:
    assert with_own_possessive("Brannigan", text) == "Brannigan"
