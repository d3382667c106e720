"""Named criminals as threat actors (labelling guide §6, §13) where the small recogniser falls
short, in English and French, on made-up sentences: a name it misses after an arrest verb, given
names it leaves out of a long name, a list of ringleaders broken by "a.k.a.", a nickname in quotes
inside the name."""

from __future__ import annotations

import pytest

from veilleur.enrich.people import people_charged
from veilleur.text.sentences import split_sentences


def _people(title: str, text: str = "", lang: str = "en") -> list[str]:
    return [p.name for p in people_charged(title, text, lang, set())]


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        # a sentence-case headline (lower-case verbs), not a Title Case one
        ("Paris police arrested Kvarta CEO Ilyas Voronkov", "en"),
        ("La police a arrêté Ilyas Voronkov, le patron de Kvarta, samedi à Paris.", "fr"),
    ],
)
def test_a_person_named_after_an_arrest_verb_is_an_actor(title: str, lang: str) -> None:
    assert _people(title, lang=lang) == ["Ilyas Voronkov"]


def test_given_names_the_recogniser_leaves_out_stay_in_the_name() -> None:
    text = (
        "The US offers a $10 million reward for suspected ransomware mastermind Gennady Pavlovich Sorokhin."
    )
    assert _people("", text) == ["Gennady Pavlovich Sorokhin"]


def test_aka_does_not_end_a_sentence() -> None:
    text = "The ringleaders are named as Oleg Brusnikov, 39, a.k.a. “Jimmo,” and Taras Kulibin, 34, of Omsk."
    assert len(split_sentences(text)) == 1
    assert _people("", text) == ["Oleg Brusnikov", "Taras Kulibin"]


def test_a_nickname_in_quotes_is_another_name_of_the_person() -> None:
    text = 'Canadian police arrested Aleksander "Conn" Mirucka at the request of the United States.'
    people = people_charged("", text, "en", set())
    assert [p.name for p in people] == ["Aleksander Mirucka"]
    assert "Conn" in people[0].aliases


def test_a_title_case_headline_alone_names_no_person() -> None:
    # "Feds Shut Down" is a headline's words, not a person arrested.
    assert _people("Feds Shut Down Crypto Mixer, Arrest Operators") == []


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "In the first phase, Okonkwo Tembe Adeyemo and his gang targeted title companies. "
            "Adeyemo was sentenced to ten years in federal prison for his role.",
            "en",
            "Okonkwo Tembe Adeyemo",
        ),
        (
            "Thibault Dubreuilh gérait la plateforme depuis 2019. Dubreuilh a été condamné à cinq ans de prison.",
            "fr",
            "Thibault Dubreuilh",
        ),
    ],
)
def test_a_person_sentenced_by_surname_is_named_in_full(text: str, lang: str, person: str) -> None:
    assert person in _people("", text, lang)


def test_a_surname_that_is_not_the_subject_names_no_one() -> None:
    # the judge who sentenced is not the accused
    text = "Carla Venturini heard the case. The court sentenced a driver after Venturini ruled."
    assert "Carla Venturini" not in _people("", text)
