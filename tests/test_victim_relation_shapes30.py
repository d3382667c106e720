"""Ties between a name and the attack that the victim model's relations missed on unlabelled pages
(sample of seed 3030): without a tie a name is `doc:untied`, the model's strongest negative. The
owner of what an attack hit as the subject of "had"/"saw", the owners of stolen data before its
noun, the place where data was stolen (DE/NL/FR), the firm that tells its people of a breach, what
a person holds, the account of a person broken into, the headline's topic followed by the attack's
author. EN, and FR/NL/DE where the wording exists.
Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_relations import document_relations, relation_features


def _relations(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return relation_features(sentence, at, at + len(name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Quarnell, a payroll software maker, had its systems compromised in May.", "Quarnell"),
        ("Vesterby Foods has had 1.2 million customer records stolen.", "Vesterby Foods"),
        ("Orlan Freight saw its servers encrypted by a ransomware gang.", "Orlan Freight"),
        ("La mutuelle Varenne s'est fait pirater la semaine dernière.", "Varenne"),
        ("La commune de Brévanne a vu ses serveurs chiffrés par des pirates.", "Brévanne"),
    ],
)
def test_the_owner_of_what_was_hit_as_subject_of_had_or_saw(sentence: str, name: str) -> None:
    assert "rel:passive" in _relations(sentence, name)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quarnell saw its shares hit a record low after the results.",
        "Quarnell had its best quarter in years.",
    ],
)
def test_had_or_saw_without_a_system_hit_ties_nothing(sentence: str) -> None:
    assert "rel:passive" not in _relations(sentence, "Quarnell")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Hackers stole Pellham Labs secrets in a 2023 intrusion.", "Pellham Labs"),
        ("Crooks steal millions of Dorrow, Ivanta, and Kessel Home customer records", "Ivanta"),
        ("Crooks steal millions of Dorrow, Ivanta, and Kessel Home customer records", "Dorrow"),
    ],
)
def test_the_owners_of_stolen_data_before_its_noun(sentence: str, name: str) -> None:
    assert "rel:asset" in _relations(sentence, name)


@pytest.mark.parametrize(
    "sentence",
    [
        # what a stealer takes from anyone's browser, and credentials a platform's users own
        "The stealer steals Velkor and Firefox data from infected machines.",
        "The crooks stole Velkor credentials from thousands of users.",
    ],
)
def test_no_owner_from_a_stealers_capability_or_users_credentials(sentence: str) -> None:
    assert "rel:asset" not in _relations(sentence, "Velkor")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Bei der Firma Hallwig wurden Kundendaten gestohlen.", "Hallwig"),
        ("Bij Verdamme zijn klantgegevens buitgemaakt.", "Verdamme"),
        ("Chez Norbelle, des données ont été volées.", "Norbelle"),
    ],
)
def test_where_data_was_stolen(sentence: str, name: str) -> None:
    assert "rel:passive" in _relations(sentence, name)


def test_a_firm_that_tells_its_people_of_a_breach() -> None:
    assert "rel:subject" in _relations("The Volta League tells fans about data breach", "Volta League")
    assert "rel:subject" in _relations("Carrow Air emails passengers about a cyberattack", "Carrow Air")


def test_a_firm_saying_its_systems_were_encrypted_and_not_that_they_are() -> None:
    said = _relations("Carrow Air said its servers had been encrypted overnight.", "Carrow Air")
    assert "rel:subject" in said
    assert "rel:subject" not in _relations("Carrow Air said its messages are encrypted.", "Carrow Air")


def test_what_a_person_holds() -> None:
    sentence = "Tobias Wrenn of Leeds got a text telling him that his bank account had been compromised."
    assert "rel:passive" in _relations(sentence, "Tobias Wrenn")
    company = "Tobias Wrenn said his company was hacked last year."
    assert "rel:passive" not in _relations(company, "Tobias Wrenn")


def test_the_account_of_a_person_broken_into() -> None:
    sentence = "The firm paid a contractor to break into the email account of Idris Kallan, a source."
    assert "rel:asset" in _relations(sentence, "Idris Kallan")


def test_a_headline_topic_then_the_attacks_author() -> None:
    assert "doc:topic" in document_relations("Norvia Tax", "Norvia Tax: Crooks broke into 90k accounts")
    assert "rel:passive" in _relations("Pellham monitoring systems rocked by zero-day", "Pellham")


def test_a_haul_stolen_from_a_firm_in_a_headline() -> None:
    sentence = "Robbers steal 171K customers' data from Brenmark mortgage house"
    assert "rel:object" in _relations(sentence, "Brenmark")
    assert "rel:object" not in _relations("The malware can steal data from Brenmark browsers", "Brenmark")
