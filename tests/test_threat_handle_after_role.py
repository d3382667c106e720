"""A criminal's word right before a quoted handle names that criminal: 'later sold by data broker
“Quill9”', 'the hacker “Brasswren” sold the data' (labelling guide §6: handles of persons behind
attacks). Lower-case words in quotes after such a word are a figure of speech, not a handle ('part
of the criminal “supply chain”'). The names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The records were later sold by data broker “Quill9” on the dark web.", "Quill9"),
        ("Police say the hacker “Brasswren” sold the stolen data last week.", "Brasswren"),
    ],
)
def test_a_criminal_word_before_a_quoted_handle_names_the_criminal(text: str, name: str) -> None:
    assert _actors(text) == [name]


def test_a_quoted_figure_of_speech_is_no_handle() -> None:
    assert _actors("Pimps and fences are just part of the criminal “supply chain” too.") == []
