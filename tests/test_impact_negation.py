"""A negation denies the impact it stands before or inside, not one stated before it (the demo's
Valmont article: "Une demande de rançon a été découverte …, sans montant précisé")."""

from __future__ import annotations

import pytest

from veilleur.enrich.impacts import find_impacts


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "Une demande de rançon a été découverte sur plusieurs serveurs, sans montant précisé.",
            ["ransom_demanded"],
        ),
        ("Data was stolen, but no ransom was demanded.", ["data_stolen"]),
        ("No data was stolen.", []),
        ("Patients were not transferred.", []),
        ("Aucune rançon n'a été demandée.", []),
        ("The hospital said no patient data was stolen.", []),
    ],
)
def test_negation_denies_what_follows_it(sentence: str, kinds: list[str]) -> None:
    assert [impact.kind for impact in find_impacts(sentence)] == kinds


def test_a_negation_after_the_impact_in_its_clause_still_denies_it() -> None:
    sentence = (
        "La nature exacte de l'attaque, y compris la possibilité d'une demande de rançon, n'a pas été "
        "officiellement confirmée par l'hôpital."
    )
    assert find_impacts(sentence) == []
