"""Ties between a name and the attack that the victim model's relations missed on unlabelled pages
(sample of seed 3131): the attacker "broke into" a named organisation, its systems or its network.
Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_relations import relation_features


def _relations(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return relation_features(sentence, at, at + len(name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The gang has boasted it broke into Quarnell Tools, which makes parts for rockets.",
            "Quarnell Tools",
        ),
        ("Crooks broke into Velmont Bank's network in May.", "Velmont Bank"),
        ("An extortionist breaks into Orlan Freight and leaks its files.", "Orlan Freight"),
    ],
)
def test_the_organisation_an_attacker_broke_into_is_what_was_hit(sentence: str, name: str) -> None:
    assert "rel:object" in _relations(sentence, name)


def test_how_to_break_into_a_product_names_no_one_hit() -> None:
    sentence = "The talk showed how to break into Velmont routers with a default password."
    assert "rel:object" not in _relations(sentence, "Velmont")


def test_the_platform_of_an_account_broken_into_is_not_what_was_hit() -> None:
    sentence = "Velmont Motors said crims broke into its Quarnell cloud account and took records."
    assert "rel:object" not in _relations(sentence, "Quarnell")
