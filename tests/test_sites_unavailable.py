"""A DDoS that takes websites down is said as such: "Les sites internet du département fictif ont
été rendus inaccessibles" was no impact at all, and the post said only "une attaque DDoS"."""

from __future__ import annotations

import pytest

from veilleur.brief.statements import impact_statements
from veilleur.enrich.impacts import find_impacts
from veilleur.models import ImpactRecord, Intel


@pytest.mark.parametrize(
    ("text", "point", "said"),
    [
        (
            "Les sites internet du département fictif ont été rendus inaccessibles mardi par une attaque.",
            "Indisponibilité des sites internet.",
            "Des sites internet ont été rendus inaccessibles.",
        ),
        (
            "Le site web de la mairie fictive est resté inaccessible pendant six heures.",
            "Indisponibilité du site internet.",
            "Le site internet a été rendu inaccessible.",
        ),
        (
            "The fictional city's website was unavailable for most of Tuesday after the attack.",
            "Indisponibilité du site internet.",
            "Le site internet a été rendu inaccessible.",
        ),
        # Services without a website stay "services".
        (
            "Les services en ligne ont été interrompus jusqu'à 17 heures.",
            "Perturbation des services.",
            "Des services ont été perturbés.",
        ),
    ],
)
def test_websites_made_unavailable(text: str, point: str, said: str) -> None:
    impacts = [ImpactRecord(kind=i.kind, sentence=i.sentence) for i in find_impacts(text)]
    statements = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=impacts))
    assert [(s.point, s.sentence) for s in statements] == [(point, said)]
