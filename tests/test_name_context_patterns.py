"""A name's context read with patterns compiled once, at each place of the name (`occurrences`),
answers as the one pattern per name it replaces (kept here as the reference), on sentences written
for the test: an age next to a person's name, the other names given after it, "X ransomware"."""

from __future__ import annotations

import re

import pytest

from veilleur.enrich.people_shapes import AGE, ALIAS_MARK, ALIAS_NAME, aka, has_age
from veilleur.text.whole_names import occurrences

PASSAGES = [
    "Jo Roe, 37, of Tracy was charged; Ann Lee, a 41-year-old resident, too.",
    "the 37-year-old former admin Jo Roe and a 52-year-old Ann Lee",
    "a 29 year old man, Jo Roe (29), and de 37-jarige Jo Roe",
    "der 44-jährigen Jo Roe und der 45-jährige Ann Lee; Jo Roe, 37 ans",
    "123-year-old Jo Roe; Jo Roe, an 19-year-old; Jo Roe, 19,",
    "a 37-year-old very old quiet Jo Roe",
    "Jo Roe Jo Roe (44)",
    "no age at all for Jo Roe here",
    "Jo Roe, aka “Zed” and Zork, was arrested; Ann Lee (a.k.a. quill) was not",
    "Jo Roe, alias Zed, et Ann Lee, dit « Quill »",
    "Jo Roe said so. Jo Roe, also known as Zed or Zork",
]
NAMES = ["Jo Roe", "Ann Lee", "Roe", "Jo", "Zed", "jo roe", ""]


def _age_reference(passage: str, name: str) -> bool:
    return bool(re.search(r"\d{2}", passage)) and bool(
        re.search(rf"(?:{AGE})\s(?:[a-z][\w-]*\s){{0,2}}{re.escape(name)}", passage)
        or re.search(
            rf"{re.escape(name)}(?:,\s(?:an?\s)?(?:{AGE}|\d{{2}},|\d{{2}}\sans\b)|\s\(\d{{2}}\))", passage
        )
    )


def _aka_reference(name: str, text: str) -> tuple[str | None, ...] | None:
    match = re.search(
        rf"{re.escape(name)},?\s?\(?{ALIAS_MARK}\s?{ALIAS_NAME}(?:(,\s|\s(?:and|or|et|und|en)\s){ALIAS_NAME})?",
        text,
    )
    return match.groups() if match else None


@pytest.mark.parametrize("passage", PASSAGES)
def test_an_age_next_to_a_name_as_the_pattern_per_name(passage: str) -> None:
    for name in NAMES:
        assert has_age(passage, name) == _age_reference(passage, name), name


def test_ages_found_and_not() -> None:
    assert has_age("the 37-year-old former admin Jo Roe", "Jo Roe")
    assert not has_age("a 37-year-old very old quiet Jo Roe", "Jo Roe")  # three words between
    assert has_age("Jo Roe Jo Roe (44)", "Jo Roe")  # the second place of the name


@pytest.mark.parametrize("text", PASSAGES)
def test_other_names_as_the_pattern_per_name(text: str) -> None:
    from veilleur.enrich import people_shapes

    for name in NAMES[:-1]:
        found = next(
            filter(
                None,
                (people_shapes._ALIAS_AFTER.match(text, at + len(name)) for at in occurrences(text, name)),
            ),
            None,
        )
        assert (found.groups() if found else None) == _aka_reference(name, text), name


def test_other_names_of_a_person() -> None:
    assert aka("Jo Roe", "Jo Roe said so. Jo Roe, also known as Zed or Zork, was seen") == ["Zed", "Zork"]
    assert aka("Ann Lee", "Ann Lee (a.k.a. “quill”) was not") == ["quill"]


def test_every_place_of_a_name_overlapping_ones_too() -> None:
    assert list(occurrences("aaaa", "aa")) == [0, 1, 2]
    assert list(occurrences("Jo Roe met jo roe", "Jo")) == [0]
    assert list(occurrences("ab", "")) == [0, 1, 2]
