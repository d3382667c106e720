"""A name found whole by string search stands where the look-behind pattern finds it: same
places, same order, overlaps as `re` gives them. The texts are fictional."""

from __future__ import annotations

import random
import re

import pytest

from veilleur.text.whole_names import has_name, name_before, name_spans


def _pattern_spans(text: str, name: str, start: int = 0) -> list[tuple[int, int]]:
    rest = text[start:]
    return [
        (m.start() + start, m.end() + start)
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rest)
    ]


@pytest.mark.parametrize(
    ("text", "name", "spans"),
    [
        ("Zork hit Quillpage; Zork5 and Zork-like crews did not.", "Zork", [(0, 4)]),
        ("the Zork crew (Zork) said: Zork.", "Zork", [(4, 8), (15, 19), (27, 31)]),
        ("Zork_Team and Zork2 are other names", "Zork", []),
        ("X.X.X", "X.X", [(0, 3)]),  # no overlap, as re.finditer
        ("Été: l'Été Zork", "Été", [(0, 3), (7, 10)]),
    ],
)
def test_whole_names_are_those_of_the_pattern(text: str, name: str, spans: list[tuple[int, int]]) -> None:
    assert list(name_spans(text, name)) == spans == _pattern_spans(text, name)
    assert has_name(text, name) == bool(spans)


def test_a_start_reads_the_text_from_there() -> None:
    text = "Headline Zork\nZork hit the fictional Quillpage."
    body = text.index("\n") + 1
    assert list(name_spans(text, "Zork", body)) == [(body, body + 4)] == _pattern_spans(text, "Zork", body)


def test_random_texts_give_the_pattern_answer() -> None:
    rng = random.Random(31)
    letters = "ab -_.\né1R"
    after = re.compile(r"\s(?:R|a\.)\b")
    for _ in range(5_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 16)))
        name = "".join(rng.choice(letters) for _ in range(rng.randint(0, 3)))
        start = rng.randint(0, len(text))
        assert list(name_spans(text, name, start)) == _pattern_spans(text, name, start), (text, name, start)
        first = re.search(rf"(?<![\w-]){re.escape(name)}" + after.pattern, text)
        assert name_before(text, name, after) == (first.span() if first else None), (text, name)


def test_a_name_after_a_long_text_is_found() -> None:
    text = "the Zork1 gang " * 20_000 + "and the Quill RAT."
    assert name_before(text, "Quill", re.compile(r"\sRAT\b")) == (len(text) - 10, len(text) - 1)
    assert list(name_spans(text, "Zork1"))[-1] == (len(text) - 29, len(text) - 24)
