"""An outlet written in two words ("Dark Reading", "Bleeping Computer") is the reporter the one-word spelling names: it
reports an attack, it was not hit by it. Fictional text."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_features import Candidate, _name_features
from veilleur.enrich.victim_model import candidates
from veilleur.enrich.victim_reporting import outlet_reporting
from veilleur.models import Article

URL = "https://echo.example/a"


def test_an_outlet_in_two_words_is_a_reporter() -> None:
    assert "known:reporter" in _name_features("Dark Reading", "", "", set())
    assert "known:reporter" not in _name_features("Dark Harbour", "", "", set())


def test_an_outlet_reporting_an_attack_is_no_victim() -> None:
    text = (
        "A new ransomware strain goes after servers that anyone can reach from the internet. "
        "Bleeping Computer reports that the operators behind Zarvox ransomware are breaking into exposed "
        "remote desktop services, with the intention of encrypting any and all Windows devices."
    )
    intel = enrich(
        Article(
            url=URL, canonical_url=URL, title="Zarvox ransomware targets remote desktop services", text=text
        )
    )
    assert "Bleeping Computer" not in [v.name for v in intel.victims]


def _candidate(title: str, text: str, name: str) -> Candidate:
    return next(c for c in candidates(title, text, "en", "", "ransomware") if c.name == name)


def test_an_outlet_as_the_subject_of_its_reporting_is_vetoed_whatever_a_rule_reads() -> None:
    """The veto reads the outlet's name and the reporting verb after it, not the model's score: a
    trigger rule reading "X reports … breaking into" must not make the outlet a victim."""
    text = (
        "A ransomware crew has been busy this month. Dark Reading reported that the Velmorn gang is breaking "
        "into hospitals across the region."
    )
    assert outlet_reporting(_candidate("Velmorn ransomware hits hospitals", text, "Dark Reading"))
    text = (
        "A ransomware crew has been busy this month. Harbour Logistics said that the Velmorn gang broke in."
    )
    assert not outlet_reporting(_candidate("Velmorn ransomware hits firms", text, "Harbour Logistics"))


def test_an_outlet_the_headline_says_was_hit_is_not_vetoed() -> None:
    title = "Dark Reading hit by ransomware, says it is restoring systems"
    text = "Dark Reading said on Monday that ransomware had encrypted its publishing systems."
    assert not outlet_reporting(_candidate(title, text, "Dark Reading"))
