"""People the law acts on who are introduced apart from the justice verb (labelling guide §6 and §13:
named criminals when arrested, charged, sanctioned, wanted): the person a headline's act is about,
introduced in the text with an age; a suspect; a sanctions designation; a list of people under a
justice line; and the other names given right after a person's ("X, a.k.a. Y"), which stay one
actor. In English and French, with the Dutch and German ages. The names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.people import people_charged


def _names(title: str, text: str, lang: str = "en") -> list[str]:
    return [p.name for p in people_charged(title, text, lang, set())]


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Former IT worker pleads guilty to extortion plot",
            "The firm lost data. 37-year-old Dorian Kastelic, of Portland, Oregon, exploited his access.",
            "en",
        ),
        (
            "Contractor accused of hacking a town's water plant",
            "Dorian Kastelic, 53, of Bellwater, Oregon, ran remote access for a pumping contractor.",
            "en",
        ),
        (
            "Un ancien salarié condamné pour avoir saboté les serveurs",
            "Dorian Kastelic, 37 ans, a effacé les sauvegardes de son employeur.",
            "fr",
        ),
        ("Oud-medewerker veroordeeld voor sabotage", "De 37-jarige Dorian Kastelic wiste de back-ups.", "nl"),
        ("Ex-Mitarbeiter verurteilt", "Der 37-jährige Dorian Kastelic löschte die Sicherungen.", "de"),
    ],
)
def test_the_person_a_headline_act_is_about_is_introduced_with_an_age(
    title: str, text: str, lang: str
) -> None:
    assert "Dorian Kastelic" in _names(title, text, lang)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # no justice act in the headline: an age alone makes no one a criminal
        ("Hospital IT outage lasts a week", "37-year-old Dorian Kastelic, of Portland, runs the help desk."),
        # the aged person the text says was harmed is a victim
        (
            "Scammer sentenced for romance fraud",
            "76-year-old Maren Olafsdottir lost $40,000 to the scheme, prosecutors said.",
        ),
        ("Un escroc condamné", "Maren Olafsdottir, 76 ans, a été escroquée de 40 000 euros."),
    ],
)
def test_an_age_without_the_headline_act_or_of_a_victim_names_no_criminal(title: str, text: str) -> None:
    assert _names(title, text) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Another suspect in the extortion spree, Tobias Kerrane, is an American held in Turkey.", "en"),
        ("Un autre suspect, Tobias Kerrane, est détenu en Turquie depuis mai.", "fr"),
        ("The designation also covers Tobias Kerrane and a shipping agent.", "en"),
    ],
)
def test_a_suspect_and_a_person_designated_are_actors(text: str, lang: str) -> None:
    assert "Tobias Kerrane" in _names("", text, lang)


def test_the_usual_suspects_are_no_persons() -> None:
    text = "Besides the usual suspects, Velvet Harbor and Grace, the researchers found a new tool."
    assert _names("", text) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Five individuals have been added to the EU Most Wanted list for supporting the group -\n"
            "Andrey Vostrikov (aka zlobar)\nOlga Semyonova (aka olka)\n"
            "Officials said the group had 4,000 members.",
            "en",
        ),
        (
            "Deux personnes ont été inscrites sur la liste des plus recherchés d'Europe, arrêtées depuis :\n"
            "Andrey Vostrikov (alias zlobar)\nOlga Semyonova (alias olka)\n"
            "Le groupe revendiquait 4 000 membres.",
            "fr",
        ),
    ],
)
def test_people_listed_under_a_justice_line_are_actors_with_their_handles(text: str, lang: str) -> None:
    people = {p.name: p.aliases for p in people_charged("", text, lang, set())}
    assert "Andrey Vostrikov" in people and "zlobar" in people["Andrey Vostrikov"]
    assert "Olga Semyonova" in people and "olka" in people["Olga Semyonova"]


def test_the_names_after_a_person_s_aka_are_that_person_s() -> None:
    text = "Police arrested Connell Riordan Maske, a.k.a. “Jindrax” and “Waifoo,” on October 30."
    people = people_charged("", text, "en", set())
    assert [p.name for p in people] == ["Connell Riordan Maske"]
    assert {"Jindrax", "Waifoo"} <= set(people[0].aliases)
    text = "La police a arrêté Connell Riordan Maske, dit « Jindrax », le 30 octobre."
    people = people_charged("", text, "fr", set())
    assert [p.name for p in people] == ["Connell Riordan Maske"] and "Jindrax" in people[0].aliases
