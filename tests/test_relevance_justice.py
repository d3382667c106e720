"""A page whose headline says someone was jailed or convicted for a computer crime is relevant, in
English and French (GUIDE.md §3: police and justice action against cybercrime). Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Former agency intern jailed for copying secret files",
            "A fictional agency's former intern was jailed for six years after putting secret files on a "
            "phone. The court heard he was convicted after boasting to friends. " * 2,
            "en",
        ),
        (
            "Un stagiaire de l'agence incarcéré pour avoir copié des données classifiées",
            "Le jeune homme a été incarcéré après avoir copié des données classifiées sur son téléphone. "
            "Il purgera sept ans. " * 2,
            "fr",
        ),
    ],
)
def test_a_computer_crime_punished_is_relevant(title: str, text: str, lang: str) -> None:
    assert relevance_score(title, text, "https://news.example/a", lang) >= DEFAULT_MIN_RELEVANCE
