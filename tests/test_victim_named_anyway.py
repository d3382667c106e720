"""Names a veto's shape fits that are names all the same: a brand spelt with digits that the
recogniser counts, an organisation introduced by its kind ("a company called X"), a person named by
their role whose own phone was hacked, a name the recogniser took for a place that an attack's verb
acts on; and where a name starts when its acronym in brackets leaves out a word before it. Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_full_names import acronym_start
from veilleur.enrich.victim_model import Candidate


def _candidate(name: str, sentence: str, label: str = "", *features: str) -> Candidate:
    return Candidate(name, sentence, label=label, features={"lang:en", *features})


def test_a_brand_spelt_with_digits_that_the_recogniser_counts_is_no_number() -> None:
    sentence = "4Quillnet Supply Chain Attack: what we know about the poisoned installer."
    assert veto(_candidate("4Quillnet", sentence, "CARDINAL", "ent:CARDINAL")) != "entity label"


@pytest.mark.parametrize("amount", ["427GB", "25.7TB", "100Mbps", "12.5bn"])
def test_an_amount_of_data_or_money_stays_a_number(amount: str) -> None:
    sentence = f"The gang says it stole {amount} from the firm."
    assert veto(_candidate(amount, sentence, "CARDINAL", "ent:CARDINAL")) == "entity label"


@pytest.mark.parametrize(
    "sentence",
    [
        "A leak site claims the records came from a software company called Bramblebox.",
        "Les données proviendraient d'une société nommée Bramblebox.",
        "De gegevens komen van een bedrijf genaamd Bramblebox.",
    ],
)
def test_an_organisation_introduced_by_its_kind_is_no_thing_named(sentence: str) -> None:
    reason = veto(_candidate("Bramblebox", sentence, "ORG", "ent:ORG", "rel:asset"))
    assert not reason.startswith("never")


@pytest.mark.parametrize("kind", ["a backdoor called", "a campaign dubbed", "a loader codenamed"])
def test_a_thing_introduced_by_name_is_still_no_victim(kind: str) -> None:
    sentence = f"The attackers deployed {kind} Bramblebox against the firm."
    assert veto(_candidate("Bramblebox", sentence, "ORG", "ent:ORG")).startswith("never")


def test_a_person_named_by_role_whose_own_phone_was_hacked_is_the_one_attacked() -> None:
    sentence = "Former Finance Minister Odile Marchetti's phone was hacked by foreign spies."
    assert veto(_candidate("Odile Marchetti", sentence, "PERSON", "ent:PERSON")) == ""


def test_a_person_named_by_role_who_speaks_is_still_no_victim() -> None:
    sentence = "Former Finance Minister Odile Marchetti said the ministry's phones were hacked."
    assert veto(_candidate("Odile Marchetti", sentence, "PERSON", "ent:PERSON")).startswith("never")


def test_a_name_taken_for_a_place_that_an_attack_verb_acts_on_is_an_organisation() -> None:
    sentence = "Spies breached telecom operators Telvoria, Quastel and Brenmark Networks."
    acted_on = _candidate("Telvoria", sentence, "GPE", "ent:GPE", "rel:object", "in:list")
    assert veto(acted_on) == ""
    # where nothing ties it to the attack, the recogniser's place stays a place
    assert veto(_candidate("Telvoria", sentence, "GPE", "ent:GPE", "in:list")) != ""
    # and so does one the verb reaches through a preposition ("target users on Telvoria")
    sentence = "Spies target crypto users on Telvoria with a backdoor."
    assert veto(_candidate("Telvoria", sentence, "GPE", "ent:GPE", "rel:object", "L1:prep")) != ""


def test_an_acronym_in_brackets_says_where_the_victims_name_starts() -> None:
    text = "Norwegian Fjellvik Salmon Farms (FSF) halted its plants after a ransomware attack."
    assert acronym_start("Norwegian Fjellvik Salmon Farms", text) == "Fjellvik Salmon Farms"
    # an acronym that spells every word keeps them all
    text = "Fjellvik Salmon Farms Group (FSFG) halted its plants after a ransomware attack."
    assert acronym_start("Fjellvik Salmon Farms Group", text) == "Fjellvik Salmon Farms Group"
