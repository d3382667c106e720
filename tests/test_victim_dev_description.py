"""A developer written "dev" before its name, as The Register writes it ("MATLAB dev X"): the
description is no part of the victim's name (enrich/victim_features._clean, victims._clean).
Every sentence is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_features import _clean
from veilleur.enrich.victims import find_victims


def test_dev_describes_the_name_that_follows() -> None:
    assert _clean("CADtool dev Fictisoft") == "Fictisoft"


def test_an_attack_on_a_described_dev_names_the_dev() -> None:
    text = (
        "Ransomware attack on CADtool dev Fictisoft leaves licensing offline\n"
        "Software biz Fictisoft is still cleaning up a ransomware attack a week after it took down its "
        "licensing service."
    )
    assert "Fictisoft" in find_victims(text)
