"""An outage with no attack is `other` (GUIDE.md §3–4) when the lead names it under a headline that
names no kind ("Examplesec: the Monday after"), as when the headline names it; an attack the lead
names keeps its kind. Fictional headlines and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

# The rest of the page speaks of lookalike domains and scams, as such write-ups do: its words must
# not decide the kind of a page whose lead named the event.
_REST_EN = "Scammers registered phishing domains and phishing pages; phishing mails followed. " * 3
_REST_FR = (
    "Des escrocs ont ouvert des sites d'hameçonnage ; l'hameçonnage a suivi, puis d'autres arnaques. " * 3
)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Examplesec: the Monday after",
            "Last Friday, Examplesec released a faulty update that crashed Windows systems worldwide. "
            "Most machines are back.",
        ),
        (
            "Examplesec : le lundi d'après",
            "Vendredi, Examplesec a publié une mise à jour défectueuse qui a bloqué des milliers de postes. "
            "La plupart sont revenus.",
        ),
        (
            "Examplesec: de maandag erna",
            "Vrijdag veroorzaakte een update van Examplesec een wereldwijde storing. De meeste pc's werken weer.",
        ),
        (
            "Examplesec: der Montag danach",
            "Am Freitag löste ein Update von Examplesec eine weltweite Störung aus. Die meisten Rechner laufen wieder.",
        ),
    ],
)
def test_an_outage_the_lead_names_is_other(title: str, lead: str) -> None:
    rest = _REST_FR if "lundi" in title else _REST_EN
    assert categorise(title, f"{lead} {rest}") == Category.OTHER


def test_an_attack_the_lead_names_keeps_its_kind() -> None:
    lead = (
        "Last Friday, ransomware encrypted Examplecorp's servers and caused an outage of its shops. "
        "The gang demands a ransom."
    )
    assert categorise("Examplecorp: the Monday after", f"{lead} {_REST_EN}") == Category.RANSOMWARE
    lead = (
        "Hackers broke into Examplecorp's network last Friday, causing an outage of its shops. Most are back."
    )
    assert categorise("Examplecorp: the Monday after", f"{lead} {_REST_EN}") != Category.OTHER
