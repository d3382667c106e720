"""A brand that only starts like an English word is a name, and a firm's whole name opened by its
possessive ("Lowe’s Market") is read whole. Every brand, headline and sentence is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_dictionary import _dictionary_word, inflected_word
from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_full_names import possessive_whole


def test_an_inflection_is_checked_by_its_suffix() -> None:
    for word in ("looks", "affects", "planned", "stopped", "copies", "biggest", "extortionists"):
        assert inflected_word(word), word
    # ("Mallex" is no "mall", "Portivo" no "port": the looser cut of up to four letters says they are)
    for brand in ("mallex", "portivo", "tanrix"):
        assert _dictionary_word(brand) and not inflected_word(brand), brand


def _listed(name: str, sentence: str) -> Candidate:
    """A one-word name a sentence lists among firms hit, as the recogniser leaves it unlabelled."""
    features = {"S:attack", "S:passive", "T:attack", "at:body", "count:1", "doc:passive", "ent:none"}
    features |= {"from:capitalised", "in:list", "lang:en", "rel:passive", "words:1"}
    return Candidate(name=name, sentence=sentence, features=features)


def test_a_brand_that_starts_like_a_word_is_no_english_word() -> None:
    sentence = "So far Quorvel, Portivo and Nexadyne have confirmed they were impacted by the hack."
    assert veto(_listed("Portivo", sentence)) == ""


def test_an_english_word_and_its_inflection_stay_vetoed() -> None:
    sentence = "So far Quorvel, Harbour and Nexadyne have confirmed they were impacted by the hack."
    assert veto(_listed("Harbour", sentence)) == "one English word"
    assert veto(_listed("Lanterns", sentence.replace("Harbour", "Lanterns"))) == "one English word"
    # An attackers' noun is vetoed before it is asked whether it is English (victim_misreads).
    assert (
        veto(_listed("Extortionists", sentence.replace("Harbour", "Extortionists"))) == "the attackers' noun"
    )


def test_a_possessive_that_opens_the_whole_name_is_read_whole() -> None:
    text = (
        "Brame’s Pantry chain exposes shoppers\n"
        "A misconfigured server of the Ohio-based Brame’s Pantry grocery chain exposed shoppers' data."
    )
    assert possessive_whole("Brame", text) == "Brame’s Pantry"
    straight = text.replace("’", "'")
    assert possessive_whole("Brame", straight) == "Brame's Pantry"


def test_an_owner_written_with_other_possessives_stays_itself() -> None:
    # ("Brame’s staff", "Brame’s said": the owner is the name; "Brame’s Portal" is its own)
    text = (
        "Brame’s staff phished via search ads\n"
        "Attackers copied the Brame’s Portal login page. Brame’s staff who searched for it were phished."
    )
    assert possessive_whole("Brame", text) == "Brame"
    # (nor a headline's Title Case run: "Brame’s Pantry Hit By Hackers" is read in the sentences)
    assert possessive_whole("Brame", "Brame’s Pantry Hit By Hackers\nThe grocer said it was hit.") == "Brame"


def test_a_brand_before_an_institution_word_is_no_english_phrase() -> None:
    sentence = "Hackers stole crypto assets from the Portivo Network platform"
    candidate = _listed("Portivo Network", sentence)
    candidate.features = {
        "at:title",
        "count:1",
        "doc:untied",
        "ent:none",
        "has:institution",
        "lang:en",
        "words:2",
    }
    assert veto(candidate) == ""
    candidate.name = "Harbour Network"
    candidate.sentence = sentence.replace("Portivo", "Harbour")
    assert veto(candidate) == "one English word"
