"""A group's word the article writes as part of a galaxy name that the galaxies know without it
("the Play Group") is one of the group's names. All text is fictional."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def test_the_articles_spelling_with_a_group_word_is_one_of_its_names() -> None:
    text = "Other outlets said the intrusion was a ransomware attack by the Play Group, so data theft is possible."
    actors, _ = find_threats(text)
    assert [a.name for a in actors] == ["Play"]
    assert "Play Group" in actors[0].aliases


def test_a_lower_case_group_word_is_the_sentences() -> None:
    actors, _ = find_threats("The Play ransomware group claimed the attack on a bakery chain.")
    assert [a.name for a in actors] == ["Play"]
    assert "Play Group" not in actors[0].aliases
