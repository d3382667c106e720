"""A theft said with whose data and how many, qualifier kept: "ont copié les noms, adresses et
numéros de sécurité sociale de près de 300 000 adhérents" was no theft at all, and a count's
"près de" / "more than" was dropped ("300 000 adhérents")."""

from __future__ import annotations

import pytest

from veilleur.brief.amounts import parse_amount
from veilleur.brief.statements import impact_statements
from veilleur.enrich.impacts import find_impacts
from veilleur.models import ImpactRecord, Intel


@pytest.mark.parametrize(
    ("amount", "french"),
    [
        ("près de 300 000 adhérents", "près de 300\u202f000 adhérents"),
        ("more than 1.2 million records", "plus de 1,2 million d'enregistrements"),
        ("nearly 4,000 patients", "près de 4\u202f000 patients"),
        ("12,000 employees", "12\u202f000 salariés"),
        ("1.2 million records", "1,2 million d'enregistrements"),
    ],
)
def test_amounts_keep_their_qualifier(amount: str, french: str) -> None:
    assert parse_amount(amount) == french


def test_copied_social_security_numbers_are_a_theft_with_its_count() -> None:
    text = (
        "Des pirates ont accédé au serveur d'un prestataire de la mutuelle fictive Bienveillance et ont "
        "copié les noms et numéros de sécurité sociale de près de 300 000 adhérents."
    )
    impacts = [ImpactRecord(kind=i.kind, sentence=i.sentence, amount=i.amount) for i in find_impacts(text)]
    assert [(i.kind, i.amount) for i in impacts] == [("data_stolen", "près de 300 000 adhérents")]
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=impacts))
    assert [s.point for s in said] == ["Vol des données de près de 300\u202f000 adhérents."]
    # Denied, it is no theft.
    assert find_impacts("Aucun numéro de sécurité sociale n'a été copié, selon la mutuelle fictive.") == []
