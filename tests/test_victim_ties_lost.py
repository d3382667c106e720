"""True victims the victim model lost for want of a tie or to a veto (session 35): a subject reported
at second hand (`victim_hedged`), a gang's leak site or a copula-less headline (`victim_leak_listed`),
names that a list or copula ties to the attack (`victim_named_hit`) kept by the vetoes, "X Software"
as a firm's name, and "its way through X's systems" as no platform. All names and sentences are made
up; the features set are the model's existing ones (rel:subject, rel:passive, rel:object)."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_openings import threat_word_in
from veilleur.enrich.victim_relations import relation_features


def _relations(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return relation_features(sentence, at, at + len(name))


@pytest.mark.parametrize(
    ("sentence", "name", "feature"),
    [
        ("Tarvel Systems said to have paid $25M ransom after cyberattack", "Tarvel Systems", "rel:subject"),
        ("Tarvel Systems reportedly paid a $25 million ransom in Bitcoin.", "Tarvel Systems", "rel:subject"),
        ("Tarvel is believed to have paid the hackers to delete the data.", "Tarvel", "rel:subject"),
        ("Tarvel aurait payé une rançon de deux millions.", "Tarvel", "rel:subject"),
        ("Tarvel zou losgeld hebben betaald.", "Tarvel", "rel:subject"),
        ("Tarvel soll Lösegeld gezahlt haben.", "Tarvel", "rel:subject"),
        ("Tarvel is said to have been hit by ransomware.", "Tarvel", "rel:passive"),
        ("Tarvel soll gehackt worden sein.", "Tarvel", "rel:passive"),
        (
            "Quillmart says the disruption related to its ongoing cyberattack will cost it dearly.",
            "Quillmart",
            "rel:subject",
        ),
        ("Brinmoor warned that the fallout from its April breach would last.", "Brinmoor", "rel:subject"),
        ("On Monday, the gang posted Ostley Foods on its leak site.", "Ostley Foods", "rel:object"),
        ("The crew added Ostley Foods to its dark web leak site on Friday.", "Ostley Foods", "rel:object"),
        ("Ostley Foods was added to the gang's leak site on Friday.", "Ostley Foods", "rel:object"),
        ("Ostley, a Leeds grocer, appeared on the Vandal leak site last week.", "Ostley", "rel:object"),
        ("Calvex latest victim of Brightdesk attacks, customer data exposed", "Calvex", "rel:passive"),
        ("Calvex newest target in wave of retail hacks", "Calvex", "rel:passive"),
    ],
)
def test_tied(sentence: str, name: str, feature: str) -> None:
    assert feature in _relations(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tarvel reportedly paid its staff late.", "Tarvel"),
        ("Tarvel posted its results on its website.", "Tarvel"),
        ("Tarvel said the attackers hit another firm.", "Tarvel"),
    ],
)
def test_not_tied(sentence: str, name: str) -> None:
    assert not _relations(sentence, name) & {"rel:subject", "rel:passive", "rel:object"}


def test_its_way_through_is_no_platform() -> None:
    # malware that works its way through a firm's systems is inside them: the firm is hit
    sentence = "Malware wormed its way through Tarvel Japan's systems last spring."
    assert "rel:platform" not in _relations(sentence, "Tarvel Japan")
    # a crime sent through another's service still went through a platform
    assert "rel:platform" in _relations("Lures were sent through Tarvel servers.", "Tarvel")


def _candidate(name: str, sentence: str, label: str, *features: str) -> Candidate:
    base = {"lang:en", "at:lead", "count:1", f"words:{len(name.split())}"}
    return Candidate(name, sentence, "", label, base | set(features))


def test_listed_names_of_english_words_are_kept() -> None:
    # several capitalised words a copula names as targets are a firm's name, not the sentence's words
    sentence = "Amongst those in the gang's sights were the Harlow Holding Company and Corvane Bank."
    company = _candidate(
        "Harlow Holding Company", sentence, "", "ent:none", "has:institution", "rel:named_victim"
    )
    assert veto(company) == ""
    # words joined by "&" are a name even where they open the sentence
    sentence = "Marks & Sparrow, the Brae Co-op, and Ostley were all targets."
    assert veto(_candidate("Marks & Sparrow", sentence, "", "ent:none", "rel:named_victim")) == ""
    # untied, the same words stay words
    assert veto(_candidate("Marks & Sparrow", sentence, "", "ent:none")) != ""


def test_place_label_named_as_affected_is_kept() -> None:
    # the recogniser took a firm for a place; the sentence lists it among the affected companies
    sentence = "Other affected companies under the group are Vastdruck, Enno, and Pellmail."
    assert veto(_candidate("Vastdruck", sentence, "GPE", "ent:GPE", "rel:named_victim")) == ""
    assert veto(_candidate("Vastdruck", sentence, "GPE", "ent:GPE")) != ""


def test_software_ends_a_firm_name() -> None:
    assert not threat_word_in(["Calvex", "Software"])
    assert threat_word_in(["Calvex", "Malware"])
    assert threat_word_in(["Software"])  # one word: what it is, not whose
