"""The other names given right after a person's ("X, a.k.a. “Y”", "X, alias Y") are names the text
gives, never the next word of its sentence ("X, aka “Y”, was arrested" gives no alias "was"), and
the alias marker is no part of the person's name (the recogniser's span may run over ", a.k.a").
Fictional names, sentences written for the test."""

from __future__ import annotations

import pytest

from veilleur.enrich.people import people_charged


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: p.aliases for p in people_charged("Hacker arrested", text, "en", set())}


@pytest.mark.parametrize(
    ("text", "person", "aliases"),
    [
        ('Police said Quillon Drabe, aka "Xerofin", was arrested on Monday.', "Quillon Drabe", ["Xerofin"]),
        ("Police said Quillon Drabe, alias Xerofin, was arrested on Monday.", "Quillon Drabe", ["Xerofin"]),
        (
            "Police arrested Quillon Drabe, alias 'Xerofin', who ran the gang, on Monday.",
            "Quillon Drabe",
            ["Xerofin"],
        ),
        ("Police said Quillon Drabe, aka Xerofin and was arrested on Monday.", "Quillon Drabe", ["Xerofin"]),
        (
            'Police said Quillon Drabe, a.k.a. "Xerofin", a.k.a. "Yolvar" was arrested on Monday.',
            "Quillon Drabe",
            ["Xerofin"],
        ),
        # (the recogniser's span runs over the marker before a curly quote)
        (
            "Police said that Jane Doe, a.k.a. “Xerofin”, was arrested on Monday.",
            "Jane Doe",
            ["Xerofin"],
        ),
        # German quotation marks
        ("Police arrested Mark Tolber, alias „Xerofin“, on Monday.", "Mark Tolber", ["Xerofin"]),
        # two names the text gives stay both
        (
            "Police arrested Quillon Drabe, a.k.a. “Xerofin” and “Yolvar,” on Monday.",
            "Quillon Drabe",
            ["Xerofin", "Yolvar"],
        ),
    ],
)
def test_an_alias_is_a_name_the_text_gives_not_the_next_word(
    text: str, person: str, aliases: list[str]
) -> None:
    people = _people(text)
    assert list(people) == [person]
    assert people[person] == aliases
