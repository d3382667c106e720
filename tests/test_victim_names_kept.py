"""Names the word and place vetoes took for words or a place, and a description taken for a name
(session 35, `victim_names_kept`): English words followed by their initials ("Jaguar Land Rover
(JLR)"), a court or a town's government the recogniser calls a place, a firm's name of English words
written again, and "Prominent US" of "Prominent US law firm X". Names and sentences are made up;
the features are the victim model's existing ones."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_names_kept import described_place, institution_named, spelled_out


def _candidate(name: str, sentence: str, label: str, *features: str) -> Candidate:
    base = {"lang:en", "at:first", f"words:{len(name.split())}"}
    return Candidate(name, sentence, "", label, base | set(features))


def test_words_followed_by_their_initials_are_a_name() -> None:
    sentence = "Falcon Lake Mill (FLM) has confirmed that a cyberattack halted production."
    assert veto(_candidate("Falcon Lake Mill", sentence, "", "ent:none", "count:1")) == ""
    # the same words without their initials stay words
    plain = "Falcon Lake Mill is extending the halt of its plants."
    assert veto(_candidate("Falcon Lake Mill", plain, "", "ent:none", "count:1")) == "one English word"
    # an institution's words spelled out are mostly an agency that warns, not a firm hit
    agency = "The Harlow Accountability Office (HAO) has warned that oil rigs are at risk of cyberattack."
    office = _candidate("Harlow Accountability Office", agency, "", "ent:none", "count:1", "has:institution")
    assert veto(office) == "one English word"
    assert spelled_out("Bank of Harlow", "Bank of Harlow (BOH) said it was hit.")
    assert not spelled_out("Falcon Lake Mill", "Falcon Lake Mill (CISA) warned.")


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        (
            "Harlow County Superior Court",
            "Harlow County Superior Court closed its doors after a ransomware attack.",
        ),
        ("Brae Valley Police", "Brae Valley Police said its systems were down after a cyberattack."),
        ("Rechtbank Almfeld", "Rechtbank Almfeld is getroffen door een cyberaanval."),
        (
            "Harlow City",
            "Harlow City water treatment facility switched to manual operations after a cyberattack.",
        ),
        ("City of Harlow", "The City of Harlow said its servers were hit by ransomware."),
    ],
)
def test_institution_the_recogniser_calls_a_place_is_kept(name: str, sentence: str) -> None:
    assert institution_named(name, sentence)
    assert veto(_candidate(name, sentence, "GPE", "ent:GPE", "count:1", "has:place")) == ""


def test_town_without_what_it_runs_stays_a_place() -> None:
    sentence = "Harlow City residents were warned about phishing after a cyberattack."
    assert not institution_named("Harlow City", sentence)
    assert veto(_candidate("Harlow City", sentence, "GPE", "ent:GPE", "count:1", "has:place")) != ""


def test_firm_words_written_again_are_a_name() -> None:
    sentence = "Gravel Analytics specializes in location intelligence."
    again = _candidate("Gravel Analytics", sentence, "", "ent:none", "count:4+", "at:lead")
    assert veto(again) == ""
    once = _candidate("Gravel Analytics", sentence, "", "ent:none", "count:1", "at:lead")
    assert veto(once) == "one English word"


def test_adjective_and_place_before_a_kind_describe_the_name() -> None:
    sentence = "Prominent US law firm Harlow Brae disclosed a data breach."
    assert described_place("Prominent US", sentence)
    assert (
        veto(_candidate("Prominent US", sentence, "", "ent:none", "count:1", "at:title"))
        == "adjective and place"
    )
    # the firm named after them keeps its name; a place's name is not a description of one
    assert not described_place("Harlow Brae", sentence)
    assert not described_place("Prominent US", "Prominent US banks were hit.")
