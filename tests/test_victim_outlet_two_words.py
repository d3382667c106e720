"""An outlet written in two words ("Dark Reading", "Bleeping Computer") is the reporter the one-word spelling names: it
reports an attack, it was not hit by it. Fictional text."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_features import _name_features
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
