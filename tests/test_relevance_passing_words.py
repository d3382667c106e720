"""Words that are a subject only in their own form: an Italian book is a book announcement when the
headline opens on it or the author calls it theirs, not when a regulation post names one in passing;
"SIEM" is a security tool, not the start of "Siemens" or the Spanish "siempre". Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

REGULATION = (
    "Il Regolamento DORA chiede alle banche di gestire il rischio ICT dei fornitori e di segnalare gli "
    'incidenti gravi. Un collega ha pubblicato il libro "Manuale della resilienza" che lo commenta '
    "articolo per articolo; non ho ancora letto il libro, quindi non posso dire se mi piace. Le autorità "
    "europee hanno intanto pubblicato le norme tecniche sul registro dei contratti con i fornitori ICT. "
)


def test_a_regulation_post_naming_a_book_in_passing_is_relevant() -> None:
    assert relevance_score("Regolamento DORA", REGULATION, "", "it") >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Libro sulla resilienza",
            "È uscito un libro sulla resilienza operativa: lo trovate in libreria. " * 3,
        ),
        ("Novità", "Il mio nuovo libro sulla sicurezza informatica è in libreria da lunedì. " * 3),
    ],
)
def test_an_italian_book_announcement_stays_out(title: str, text: str) -> None:
    assert relevance_score(title, text, "", "it") < DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Examplesoft and Siemens: the journey so far",
            "Examplesoft and Siemens have worked together for ten years on plant software, and the "
            "partnership keeps growing: Siemens engineers use the ERP in forty factories. " * 3,
        ),
        (
            "Contabilidad: el registro de compras",
            "Como siempre, el asistente genera el archivo del registro de compras; siempre se puede "
            "revisar antes de enviarlo a la autoridad tributaria. " * 3,
        ),
    ],
)
def test_siemens_and_siempre_are_no_siem(title: str, text: str) -> None:
    assert relevance_score(title, text, "", "") < 0.1
