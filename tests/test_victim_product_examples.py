"""Products named as examples of what the victim makes ("titles such as X and Y") are no victims;
the firm hit is (fictional text)."""

from __future__ import annotations

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_features import Candidate

SENTENCE = (
    "For now Zentaro, stewards of titles such as Starfall Arena and Moonrift Legends, made the "
    "following statement in relation to the attack on its development environment."
)


def _candidate(name: str, sentence: str = SENTENCE) -> Candidate:
    return Candidate(name, sentence, "", "ORG", {"ent:ORG", "lang:en", "T:attack"})


def test_games_named_as_examples_are_vetoed() -> None:
    assert veto(_candidate("Starfall Arena"))
    assert veto(_candidate("Moonrift Legends"))
    apps = "Hackers breached Quorlix, whose apps like Pebblenote, Tallyhop or Driftmap were offline."
    assert veto(_candidate("Driftmap", apps))


def test_the_maker_and_a_list_of_firms_stay_admissible() -> None:
    assert not veto(_candidate("Zentaro"))
    firms = "Companies such as Brelcon and Quillstead were hit by the attack on their supplier."
    assert not veto(_candidate("Quillstead", firms))


def test_odd_input_does_not_crash() -> None:
    sentence = "titles such as " + "Aa Bb Cc, " * 400 + "and Zed"
    assert isinstance(veto(_candidate("Zed", sentence)), str)


def test_packages_named_in_apposition_are_vetoed() -> None:
    sentence = "Brelcon said two of its open-source packages, Quillpad and Vexo, were compromised for hours."
    assert veto(_candidate("Vexo", sentence))
    assert veto(_candidate("Quillpad", sentence))
    assert not veto(_candidate("Brelcon", sentence))
