"""`people_shapes.of_before` reads only the last characters before a name, with the answers of the
whole text's search (a long page asked it at every capitalised pair)."""

from __future__ import annotations

import re

from veilleur.enrich.people_shapes import OF_BEFORE, of_before

TEXTS = [
    "the chief of Kvarta Ilyas Voronkov",
    "le patron de Kvarta Ilyas Voronkov",
    "a man from\nLeeds",
    "who works chez \nAcme Bleu",
    "bei Nordlicht Werke",
    "proof Daniel Roe",  # "of" ends a word: no preposition
    "d’Orvault Marie Lenoir",
    "FÜR Kestrel Weber",
    "",
]


def test_the_same_answers_as_the_whole_search() -> None:
    checked = 0
    for text in TEXTS:
        for end in range(len(text) + 2):
            whole = re.compile(OF_BEFORE.pattern, OF_BEFORE.flags).search(text, 0, end) is not None
            assert of_before(text, end) == whole, (text, end)
            checked += whole
    assert checked >= 6
