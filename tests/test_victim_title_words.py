"""Capitalised English words that name no one: a phrase the page also writes in lower case, and a
headline whose house style keeps its long prepositions in lower case is still Title Case. Every
headline and sentence is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_features import Candidate, is_title_case
from veilleur.enrich.victim_model import candidates


def test_a_long_preposition_in_lower_case_keeps_a_title_case_headline() -> None:
    assert is_title_case("Supply Chain Attack against Quorvel Records Software")
    assert is_title_case("Malware Delivered through Fake Browser Updates")
    assert not is_title_case("Ransomware gang strikes Quorvel against all odds")


def _candidate(title: str, text: str, name: str) -> Candidate:
    found = {c.name: c for c in candidates(title, text, "en", "newsexampleorg", "malware")}
    return found[name]


def test_a_phrase_the_page_writes_in_lower_case_is_no_victim() -> None:
    title = "Rogue packages steal developer tokens"
    text = (
        "The packages were found by a software supply chain security firm on Monday. "
        "Related: Rogue Plugin Compromised in Supply Chain Attack. "
        "Developers who installed them should rotate their tokens."
    )
    candidate = _candidate(title, text, "Supply Chain")
    assert veto(candidate) == "phrase written in lower case"


def test_a_name_of_english_words_the_page_never_writes_in_lower_case_stays() -> None:
    title = "Rogue packages steal developer tokens"
    text = (
        "The packages were found by a security firm on Monday. "
        "Related: Rogue Plugin Compromised in Supply Chain Attack. "
        "Developers who installed them should rotate their tokens."
    )
    assert "shape:lowercase_phrase" not in _candidate(title, text, "Supply Chain").features


def test_a_plural_noun_opening_a_quoted_headline_is_no_victim() -> None:
    title = "Lawmakers: 'There is a strong case for helping Quorvel after its cyberattack'"
    text = "Quorvel has halted production for a month after the cyberattack on its plants."
    found = {c.name: c for c in candidates(title, text, "en", "newsexampleorg", "ransomware")}
    lawmakers = found["Lawmakers"]
    # (as the recogniser may call it: a person)
    lawmakers.label = "PERSON"
    lawmakers.features = (lawmakers.features - {"ent:none"}) | {"ent:PERSON"}
    assert veto(lawmakers) == "opening plural noun"
