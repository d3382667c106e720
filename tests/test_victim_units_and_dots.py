"""Two shapes that name no victim: an amount of data ("25.7GB", "200 MB": what was stolen) and a
country's dotted abbreviation whose last dot the cleaning took for a full stop ("in the U.S." →
"U.S"). Every name is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_features import Candidate, _name_features


@pytest.mark.parametrize("amount", ["25.7GB", "200 MB", "1,2TB"])
def test_an_amount_of_data_is_never_a_victim(amount: str) -> None:
    sentence = f"The gang says it took {amount} of files from Quillmore Freight and Dovecot Farms."
    candidate = Candidate(amount, sentence, "", "", {"lang:en", "ent:none", "at:lead", "count:1"})
    assert veto(candidate)


def test_a_brand_written_with_digits_is_no_amount() -> None:
    sentence = "Quillmore Freight and 7Harbor Logistics were hit by the gang, which took 40GB of files."
    candidate = Candidate("7Harbor Logistics", sentence, "", "ORG", {"lang:en", "ent:ORG", "rel:passive"})
    assert not veto(candidate)


@pytest.mark.parametrize("cut", ["U.S", "U.K"])
def test_a_dotted_abbreviation_cut_of_its_last_dot_is_still_a_place(cut: str) -> None:
    text = f"Hospitals across the {cut}. were hit by the new Valtra ransomware variant."
    assert "known:place" in _name_features(cut, text, "", set())
