"""A name joined by a Portuguese, Spanish or Italian particle that English news leaves untranslated
("Banco do X", "Comune di X", "Universidad del X") is one name, not two; a demonym opening a
description ("the Portuguese municipal water utility X") is no victim's name. Every name and
sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_model import candidates, choose
from veilleur.enrich.victims import find_victims


@pytest.mark.parametrize(
    ("title", "lead", "name"),
    [
        (
            "Hackers target Banco do Serrado customers",
            "The Banco do Serrado said attackers breached its systems.",
            "Banco do Serrado",
        ),
        (
            "Ransomware hits Comune di Valdoro",
            "The Comune di Valdoro said a ransomware attack shut down its systems.",
            "Comune di Valdoro",
        ),
    ],
)
def test_a_name_joined_by_a_romance_particle_is_one_victim(title: str, lead: str, name: str) -> None:
    names = [c.name for c in choose(candidates(title, lead))]
    assert name in names
    # (not its two halves: "Banco" and "Serrado")
    assert not set(names) & set(name.split()) - {name}


def test_a_demonym_opening_a_description_is_not_the_name() -> None:
    headline = "Ransomware gang hit the Portuguese municipal water utility Aguas do Serrado"
    assert find_victims(headline) == ["Aguas do Serrado"]


def test_an_english_do_between_names_joins_nothing_in_lower_case_context() -> None:
    # "do" is a particle only between capitalised words; a sentence's verb keeps its place
    assert find_victims("Hackers breached Velmora, but what do attackers want?") == ["Velmora"]
