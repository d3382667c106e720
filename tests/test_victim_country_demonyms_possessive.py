"""A victim's country from the rest of the world's demonyms ("South African Airways", "Maltese
gaming firm X", "a Puerto Rican utility"), and from a place of several words read as one place, not
a place and the name it describes: a copula whose complement is a place's possessive ("X is Rhode
Island's oldest provider"), an apposition with a demonym of two words ("X, a South Korean payment
firm,"). Fictional text."""

from __future__ import annotations

import pytest

from veilleur.enrich.geo import demonym_positions
from veilleur.enrich.victim_country import victim_countries


def test_a_demonym_of_two_words_gives_the_victims_country() -> None:
    assert demonym_positions("the Puerto Rican water utility") == [("PR", 4)]
    text = "A cyber attack briefly disrupted South African Skyways operations on Sunday."
    assert victim_countries("South African Skyways", "", text, text) == ["ZA"]
    text = "Maltese gaming firm Lucky Tern disclosed a breach."
    assert victim_countries("Lucky Tern", "Maltese gaming firm ", text, text) == ["MT"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The gang listed Harrowgate Care. Harrowgate Care is Rhode Island's oldest outpatient provider.",
            "US",
        ),
        ("The gang listed Harrowgate Care. Harrowgate Care is New Jersey's largest care group.", "US"),
    ],
)
def test_a_copula_with_a_places_possessive_gives_the_country(text: str, country: str) -> None:
    assert victim_countries("Harrowgate Care", "", "The gang listed Harrowgate Care", text) == [country]


def test_a_place_of_several_words_before_another_name_is_still_anothers() -> None:
    # (the possessive place describes the name after it: not the victim's)
    text = "The breach at Harrowgate Care followed one at Rhode Island's largest insurer Tallis Mutual."
    sentence = text
    assert "US" not in victim_countries("Harrowgate Care", "", sentence, text)


def test_an_apposition_with_a_demonym_of_two_words_gives_the_country() -> None:
    text = "Hackers breached Tollgate Pay, a South Korean payment firm, and stole card data."
    assert victim_countries("Tollgate Pay", "", text, text) == ["KR"]
    # (but a place of two words before another name is that name's)
    text = "Tollgate Pay, a subsidiary of South Korean group Hanbora, was hit."
    assert victim_countries("Tollgate Pay", "", text, text) == []
