"""Relevance of an incident headline that says data were stolen without a threat word, in French,
Dutch, German and English, on a short page (the headline is most of the evidence there is), and of
sabotage; the same verbs on another subject (a painting stolen, a flight, a film's pirates) stay out.
Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import TOPIC_SCORE, relevance_score

# A short page's text: the outlet's standfirst and its links, no security word.
SHORT = (
    "Le groupe compte 300 000 clients dans la région. Il a publié un communiqué mardi soir et "
    "annonce avoir prévenu les autorités. Plus d'informations suivront dans la journée, précise "
    "la direction."
)
SHORT_EN = (
    "The company has 300,000 customers in the region. It published a statement on Tuesday evening "
    "and says it informed the authorities. More information will follow during the day, the "
    "management said."
)


@pytest.mark.parametrize(
    "title",
    [
        "Des pirates volent les données des clients de Varenne Assurances",
        "Varenne Assurances : les données de 300 000 clients dérobées",
        "Varenne Assurances victime d'un vol de données",
        "La mairie de Brévilly paralysée par des pirates",
        "Varenne Assurances rançonnée",
        "Klantgegevens van Varenne Verzekeringen gestolen",
        "Datadiefstal bij Varenne Verzekeringen",
        "Kundendaten von Varenne Versicherung gestohlen",
        "Cyberkriminelle erbeuten Daten von Varenne",
    ],
)
def test_a_headline_saying_data_were_stolen_is_relevant(title: str) -> None:
    assert relevance_score(title, SHORT) >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Thieves steal data of 300,000 Varenne customers",
        "Examplebank says thieves stole customer records",
    ],
)
def test_an_english_headline_saying_data_were_stolen_is_relevant(title: str) -> None:
    # (above the topic model's floor: the lexicon itself reads the theft)
    assert relevance_score(title, SHORT_EN) > TOPIC_SCORE


def test_sabotage_of_a_cable_is_relevant() -> None:
    text = (
        "Authorities boarded the vessel on Sunday after the cable between the "
        "two islands was damaged. The operator said traffic was rerouted and the coast guard is "
        "investigating the ship's movements over the past week; the crew was questioned at the port."
    )
    title = "Coast guard seizes cargo ship after undersea cable cut in suspected sabotage"
    # (above the topic model's floor: the lexicon itself reads the sabotage)
    assert relevance_score(title, text) > TOPIC_SCORE


@pytest.mark.parametrize(
    "title",
    [
        "Les pirates de la Caraïbe reviennent au cinéma",
        "Vol Paris-New York annulé : les données du vol analysées",
        "Les voleurs dérobent des bijoux place Vendôme",
        "Kunstdiebe stehlen Gemälde aus Museum",
    ],
)
def test_the_same_verbs_on_another_subject_stay_out(title: str) -> None:
    assert relevance_score(title, SHORT) < DEFAULT_MIN_RELEVANCE
