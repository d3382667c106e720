"""Sentence shapes that tie a name past the lead to the attack (enrich/victim_relations.py, read by
enrich/victim_body.py): a blog post names its background victims there. Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_body import body_candidates
from veilleur.enrich.victim_relations import relation_features


def _relations(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return relation_features(sentence, at, at + len(name))


@pytest.mark.parametrize(
    ("sentence", "name", "relation"),
    [
        # the target of an attack the sentence names
        (
            "Two years later, the Kelvarn Clinic became the target of blackmail by a hacker.",
            "Kelvarn Clinic",
            "rel:passive",
        ),
        ("Ostrava Freight was the target of a ransomware attack in May.", "Ostrava Freight", "rel:passive"),
        ("La clinique Sainte-Aube a été la cible d'une cyberattaque.", "Sainte-Aube", "rel:passive"),
        # a defaced website's owner
        ("The website of Brelmont Mall was reportedly defaced overnight.", "Brelmont Mall", "rel:passive"),
        # a gerund of the attacker's verb
        (
            "Sources say the gang began by breaching Vantor Air and then its parent.",
            "Vantor Air",
            "rel:object",
        ),
        # a disclosure with its date, whose abbreviation's full stop ends no sentence
        (
            "Quillon Bank disclosed on Nov. 30 that it is investigating a security incident.",
            "Quillon Bank",
            "rel:subject",
        ),
        # the victim named by a copula
        (
            "Reporters believe the victim was the logistics giant Ostrava Freight.",
            "Ostrava Freight",
            "rel:object",
        ),
        # what an attack took down
        (
            "A cyberattack took Marovia's public broadcaster Kanal Vier off-air for a day.",
            "Kanal Vier",
            "rel:object",
        ),
        # a list of victims by the verb
        (
            "Names on its leak site include Kelvarn Academy, Brelmont College and Ostrava Freight.",
            "Brelmont College",
            "rel:object",
        ),
    ],
)
def test_a_body_sentence_ties_its_victim(sentence: str, name: str, relation: str) -> None:
    assert relation in _relations(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Quillon Bank was the target of criticism over its fees.", "Quillon Bank"),  # no attack
        (
            "Attacks on the sector now include extortion, Vantor Air said.",
            "Vantor Air",
        ),  # what attacks include
        ("The hacking group Grimlock breached several banks.", "Grimlock"),  # the attacker
    ],
)
def test_no_tie_without_an_attack_on_the_name(sentence: str, name: str) -> None:
    assert not _relations(sentence, name) & {"rel:object", "rel:passive"}


_FILLER = "Security experts have warned for months that such attacks would reach smaller firms. " * 14


def test_a_word_before_a_description_noun_is_no_body_candidate() -> None:
    found: dict = {}
    text = f"{_FILLER}Last year a cyberattack took Marovia's national TV broadcaster Kanal Vier off-air."
    body_candidates(found, text, 0, "", set(), text)
    assert "kanal vier" in found and "tv" not in found  # "TV" describes the broadcaster
