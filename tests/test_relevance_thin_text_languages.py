"""A long page in any language whose headline holds no security word and whose text's security words
add up to a passing mention past its lead (a coding guide's two "Bugs", an accounting how-to's
"firewall" checked thrice) is its own subject's page, as in English (GUIDE.md §3: SAP product and
process posts). The topic model, thin outside English, only confirms; the lexicon's few words decide.
A text built on security words, or whose lead states a security subject, stays in. Texts are
fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

CODING_GUIDE = (
    "Sauberer Code ist lesbar, wartbar und testbar. In diesem Beitrag zeige ich, wie wir in unserem Team "
    "Klassen und Methoden benennen, warum kurze Methoden die Wartung erleichtern und wie wir Unit-Tests für "
    "die Buchungslogik schreiben. Jede Methode soll genau eine Aufgabe erfüllen, und ihre Namen sollen "
    "sagen, was sie tut. Lange Parameterlisten fassen wir in Strukturen zusammen. Kommentare erklären, "
    "warum etwas so ist, nicht was der Code macht. Konstanten bekommen sprechende Namen, und Ausnahmen "
    "werden dort behandelt, wo man sie sinnvoll auflösen kann. Das alles kostet am Anfang etwas Zeit, "
    "spart aber später bei jeder Änderung viel Arbeit. Viele Bugs entstehen dort, wo eine Methode "
    "zu viel auf einmal erledigt; weniger Bugs gibt es, wenn Tests jede Regel der Preisfindung abdecken. "
    "Im nächsten Teil geht es um die Code-Reviews und um die Regeln für Pull-Requests im Projekt."
)
LEDGER_HOW_TO = (
    "En este blog presento las actualizaciones del informe de libro de compras para el sistema contable. "
    "Los cambios se implementaron para cumplir con la nueva resolución de la autoridad tributaria. El "
    "informe ahora incluye dos columnas nuevas para el tipo de comprobante y la fecha de emisión, y el "
    "archivo de texto mensual cambia de formato. Para activar la nueva versión, implemente las notas en el "
    "sistema de desarrollo y ejecute el informe con una sociedad de prueba. Si el servidor de la autoridad "
    "rechaza el envío, revise el firewall de su red; si el firewall deja pasar el envío pero la respuesta "
    "no llega, pida al equipo de infraestructura que revise el firewall de salida. En la próxima entrega "
    "explicaremos el registro de ventas y los ajustes del cierre contable anual."
)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Sauberer Code: lesbar, wartbar und testbar", CODING_GUIDE, "de"),
        ("Contabilidad: novedades del libro de compras", LEDGER_HOW_TO, "es"),
    ],
    ids=["de", "es"],
)
def test_a_passing_mention_in_another_language_makes_no_security_news(
    title: str, text: str, lang: str
) -> None:
    assert relevance_score(title, text, "", lang) < DEFAULT_MIN_RELEVANCE


def test_a_text_built_on_security_words_stays_in_whatever_its_language() -> None:
    text = (
        "La commune a dû fermer ses guichets lundi : un rançongiciel a chiffré les serveurs de l'état civil "
        "et de l'urbanisme. Les pirates exigent une rançon et menacent de publier les données des habitants. "
        "Les agents travaillent sur papier en attendant que les sauvegardes soient restaurées, et une plainte "
        "a été déposée. La cyberattaque a été signalée à l'autorité nationale, qui accompagne la commune."
    ) * 2
    assert relevance_score("La mairie ferme ses guichets", text, "", "fr") >= DEFAULT_MIN_RELEVANCE
