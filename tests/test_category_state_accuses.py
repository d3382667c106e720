"""A state's prosecutors accusing someone in a headline ("US accuses man of being a ransomware
pioneer", "Feds accuse X of renting out malware") is a charge: police and justice action
(GUIDE.md §4, rule 1), whatever crime the headline names after it and however long the article;
a state blaming another ("Exampleland accuses the US of …") is not. Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

TEXT = (
    "The man is said to have run the crew's payment servers for years and to have rented its "
    "encryption tools to other criminals, who demanded ransoms from hospitals and schools. "
) * 4


@pytest.mark.parametrize(
    "title",
    [
        "US accuses man of being 'elite' ransomware pioneer it hunted for a decade",
        "Feds accuse Exampleland national of renting out the NightOwl ransomware to affiliates",
        "Uncle Sam accuses IT contractor of ransomware extortion spree",
    ],
)
def test_a_state_accusing_someone_is_law_enforcement(title: str) -> None:
    assert categorise(title, TEXT) == Category.LAW_ENFORCEMENT


def test_a_state_blaming_another_is_no_charge() -> None:
    title = "Exampleland accuses the US of running ransomware crews against its hospitals"
    assert categorise(title, TEXT) != Category.LAW_ENFORCEMENT
