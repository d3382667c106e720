"""A sentence of the article that points its reader to another text ("See also …", "Vedi anche
…", "Voir aussi …", "Siehe auch …", "Zie ook …") is left out of the article's text: what it names
is that other text's subject (the texts are fictional)."""

from __future__ import annotations

import pytest

from veilleur.extract.text import clean_capture

LEAD = (
    "The Quillwork gang asked its affiliates to leave the hospitals of the region alone, according "
    "to the yearly report of the national association of security officers."
)


@pytest.mark.parametrize(
    "pointer",
    [
        "See also the code of conduct of the Brindlecrew gang.",
        "Vedi anche il codice di condotta del gruppo Brindlecrew",
        "Voir aussi le code de conduite du groupe Brindlecrew.",
        "Siehe auch den Verhaltenskodex der Gruppe Brindlecrew.",
        "Zie ook de gedragscode van de groep Brindlecrew.",
    ],
)
def test_a_see_also_sentence_is_not_the_articles(pointer: str) -> None:
    page = (
        "# Yearly report of the association\n\n"
        f"{LEAD} {pointer}\n\n"
        "The report counts the attacks that its members handled in the year and the ransoms they "
        "were asked to pay, which it says rose by a third since the year before.\n\n"
    )
    text = clean_capture(page).text
    assert "Brindlecrew" not in text and "leave the hospitals of the region alone" in text


def test_an_articles_sentence_with_also_in_it_stays() -> None:
    page = (
        "# Yearly report of the association\n\n"
        f"{LEAD} Readers can see also that the ransoms asked of Brindlecrew's victims rose.\n\n"
    )
    assert "Brindlecrew" in clean_capture(page).text
