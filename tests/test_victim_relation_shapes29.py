"""Ties between a name and the attack that the victim model's relations missed on unlabelled pages
(sample of seed 2929): without a tie a name is `doc:untied`, the model's strongest negative, and a
victim the lead names plainly scored under the threshold. A relative clause that says it suffered
the attack, one of a series of victims, the incident it speaks of, the system or supplier it used,
what was stolen from it, its own word for the incident, the organisation the text calls the
targeted one, a fine slapped on it, a ransom, a list of leaks' sources, a heist. EN, and FR/NL/DE
where the wording exists. Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_features import _clean
from veilleur.enrich.victim_relations import relation_features


def _relations(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return relation_features(sentence, at, at + len(name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Regulators may look into hosting provider Orvane Cloudworks, which serves dozens of councils "
            "and has been hit by ransomware.",
            "Orvane Cloudworks",
        ),
        ("La clinique Valbrune, qui accueille 300 patients, a été victime d'une cyberattaque.", "Valbrune"),
        ("De gemeente Ostrava, die vorige week werd getroffen door hackers, herstelt.", "Ostrava"),
        (
            "Die Stadtwerke Hollbach, die am Montag von Hackern angegriffen wurden, melden Ausfälle.",
            "Hollbach",
        ),
    ],
)
def test_a_relative_clause_that_says_it_suffered_the_attack(sentence: str, name: str) -> None:
    assert "rel:passive" in _relations(sentence, name)


@pytest.mark.parametrize(
    "sentence",
    [
        # who reports another's incident, and a second relative whose subject is someone else
        "Quillon Bank, which said its customers were hit by a phishing wave, declined to comment.",
        "Quillon Bank, which sells software to hospitals that were hit by ransomware, is growing.",
    ],
)
def test_a_relative_clause_about_someone_else_ties_nothing(sentence: str) -> None:
    assert "rel:passive" not in _relations(sentence, "Quillon Bank")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Brelford Motors (BM) is the latest UK household name to fall victim to a major cyberattack.",
            "Brelford Motors",
        ),
        ("Quillon Bank is the newest ransomware victim on the leak site.", "Quillon Bank"),
        ("La mairie de Valbrune est la dernière victime des pirates.", "Valbrune"),
        ("Ostrava Logistiek is het zoveelste slachtoffer van ransomware.", "Ostrava Logistiek"),
        ("Hollbach ist das jüngste Opfer der Bande.", "Hollbach"),
    ],
)
def test_one_of_a_series_of_victims(sentence: str, name: str) -> None:
    assert "rel:passive" in _relations(sentence, name)


def test_the_incident_a_firm_speaks_of_is_its_own() -> None:
    sentence = (
        "Cardiomed, which is listed on the Nasdaq, said the incident began on May 3 and encrypted files."
    )
    assert "rel:subject" in _relations(sentence, "Cardiomed")
    # ("said the attack": a reporter describes another's campaign so)
    assert "rel:subject" not in _relations("Fictisec said the attack chain starts with a lure.", "Fictisec")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The ministry confirmed a cyberattack on the payroll system used by the Ministry of Tides (MoT).",
            "Ministry of Tides",
        ),
        (
            "The attack hit a records provider used by both the Northvale Ambulance Service (NAS) and the "
            "Eastmoor Ambulance Service.",
            "Eastmoor Ambulance Service",
        ),
        ("Une attaque a visé la plateforme utilisée par la Mutuelle Valbrune.", "Mutuelle Valbrune"),
    ],
)
def test_whose_system_or_supplier_was_hit(sentence: str, name: str) -> None:
    assert "rel:asset" in _relations(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The gang claims to have stolen more than 5.2 million files belonging to the Paris branch of the "
            "Quillon Bank of Commerce (QBC).",
            "Quillon Bank of Commerce",
        ),
        (
            "The crew boasted of breaking into a database belonging to the Orvane Institute.",
            "Orvane Institute",
        ),
        ("Des pirates ont dérobé des fichiers appartenant à la Mutuelle Valbrune.", "Mutuelle Valbrune"),
    ],
)
def test_the_owner_of_what_was_stolen_is_what_the_attack_hit(sentence: str, name: str) -> None:
    assert "rel:object" in _relations(sentence, name)


def test_a_security_event_is_a_firms_word_for_its_incident() -> None:
    sentence = (
        'Dentavo, a US dental chain, admits that a "data security event" it found in June hit patient files.'
    )
    assert "rel:subject" in _relations(sentence, "Dentavo")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The targeted organisation, Medrova, has issued a statement.", "Medrova"),
        ("L'entreprise visée, Fictilog, a porté plainte.", "Fictilog"),
        ("Het getroffen bedrijf Ostrava Logistiek zegt niets.", "Ostrava Logistiek"),
        ("Das betroffene Unternehmen Hollbach schweigt.", "Hollbach"),
    ],
)
def test_the_organisation_the_text_calls_the_targeted_one(sentence: str, name: str) -> None:
    assert "rel:passive" in _relations(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The watchdog slapped builder Brelford Group with a £2m fine after a phishing attack.",
            "Brelford Group",
        ),
        ("The gang boasts of ransoming tax-filing site Filewise.", "Filewise"),
        (
            "The dump came from leaks at several big names, including Orbex, Newsline, and Quillon Bank.",
            "Newsline",
        ),
        ("Quillon heist gets a documentary", "Quillon"),
    ],
)
def test_fines_ransoms_leaks_and_heists(sentence: str, name: str) -> None:
    assert _relations(sentence, name) & {"rel:object", "rel:topic"}


def test_a_bracket_the_name_does_not_close_is_no_part_of_it() -> None:
    assert _clean("Quillon Bank of Commerce (QBC") == "Quillon Bank of Commerce"
    assert _clean("Quillon Bank (QBC), a lender") == "Quillon Bank (QBC), a lender"
