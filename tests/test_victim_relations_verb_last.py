"""French headlines that elide "victime de" and say "son réseau", German and Dutch passives that put
the participle last: the victim's sentence ties it to the attack (enrich/victim_relations.py), so
its page-wide relation is no longer "untied" (issue 11). Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_relations import document_relations, relation_features


def _relations(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return relation_features(sentence, at, at + len(name))


@pytest.mark.parametrize(
    ("sentence", "name", "relation"),
    [
        ("Quellmoor Labs victime d'un vol de données", "Quellmoor Labs", "rel:passive"),
        ("La mutuelle Varenne victime du rançongiciel Korvo", "Varenne", "rel:passive"),
        (
            "Quellmoor Labs a annoncé que des attaquants ont piraté son réseau.",
            "Quellmoor Labs",
            "rel:subject",
        ),
        ("Die Stadtwerke Almbruck wurden von Hackern angegriffen.", "Almbruck", "rel:passive"),
        (
            "Der Maschinenbauer Korfeld ist von einem Ransomware-Angriff getroffen worden.",
            "Korfeld",
            "rel:passive",
        ),
        ("Die Brauerei Tannfels wird von Kriminellen erpresst.", "Brauerei Tannfels", "rel:passive"),
        ("Gemeente Veldmaar is afgelopen weekend door hackers aangevallen.", "Veldmaar", "rel:passive"),
    ],
)
def test_an_elided_or_verb_last_passive_ties_the_name(sentence: str, name: str, relation: str) -> None:
    assert relation in _relations(sentence, name)


def test_a_verb_last_auxiliary_with_no_attack_participle_ties_nothing() -> None:
    assert "rel:passive" not in _relations("Korfeld ist ein Maschinenbauer aus Hessen.", "Korfeld")
    assert "rel:passive" not in _relations("Veldmaar is een gemeente in Brabant.", "Veldmaar")
    # The attackers are who did it, not who suffered it.
    assert "rel:passive" not in _relations("Die Gruppe Korvo hat Stadtwerke Almbruck angegriffen.", "Korvo")


def test_the_headline_victim_of_a_french_page_is_tied_to_the_attack() -> None:
    text = (
        "Quellmoor Labs victime d'un vol de données\n"
        "Quellmoor Labs a annoncé que des attaquants ont piraté son réseau et volé des fichiers."
    )
    relations = document_relations("Quellmoor Labs", text)
    assert "doc:untied" not in relations
    assert "doc:tied_twice" in relations
