"""A name a naming verb gives may hold a lower-case word joined by a hyphen to a capital or a digit
("a hacker group called Examplo rm-RF"): that word is the name's, where a plain lower-case word
still ends it. The names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    "text",
    [
        "The outage was the work of a hacker group called Examplo rm-RF. The broadcaster said little.",
        "Investigators blamed a hacking group dubbed Examplo rm-RF for the attack on the broadcaster.",
    ],
)
def test_a_lower_case_part_with_a_capital_is_the_group_name(text: str) -> None:
    actors = [a.name for a in find_threats(text)[0]]
    assert "Examplo rm-RF" in actors
    assert "Examplo" not in actors


def test_a_plain_lower_case_word_ends_the_name() -> None:
    text = "Investigators blamed a hacker group called Examplo for the attack on the broadcaster."
    assert [a.name for a in find_threats(text)[0]] == ["Examplo"]
