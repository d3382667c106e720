"""Countries by name in the four languages veilleur reads (enrich.geo)."""

from __future__ import annotations

import pytest
from babel import Locale

from veilleur.enrich.geo import _NOT_COUNTRIES, _SKIP, LANGUAGES, find_countries


@pytest.mark.parametrize(
    "text",
    [
        "A ransomware attack hit a hospital in Peru.",
        "Une banque du Pérou a été victime d'une fuite de données.",
        "Een ziekenhuis in Peru werd getroffen door ransomware.",
        "Ein Krankenhaus in Peru wurde angegriffen.",
    ],
)
def test_peru_in_each_language(text: str) -> None:
    assert find_countries(text) == ["PE"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_country_babel_names_is_found(language: str) -> None:
    """Each ISO country's name in babel's CLDR data, in a sentence, gives its code, unless the name is
    one of the ambiguous words the module leaves out on purpose."""
    missed = []
    for code, name in Locale(language).territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES or name.lower() in _SKIP:
            continue
        if " - " in name:  # "Congo - Kinshasa": articles write "RDC", "Congo-Kinshasa"
            continue
        if code not in find_countries(f"The attack on {name} was reported on Monday."):
            missed.append((code, name))
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "La réunion du comité de crise a eu lieu lundi.",  # "La Réunion" at a sentence's start
        "Maurice Lévy et Dominique Martin ont démissionné.",  # first names that French also gives countries
        "Island hopping is a technique of lateral movement.",  # German "Island" is Iceland
        "Chad Miller, the CISO, declined to comment.",
        "Grenade attacks were no part of the incident.",  # French "Grenade" is Grenada
    ],
)
def test_words_and_first_names_are_not_countries(text: str) -> None:
    assert find_countries(text) == []


def test_written_forms_of_cldr_names() -> None:
    assert find_countries("La Côte d'Ivoire et la Birmanie.") == ["CI", "MM"]
    assert find_countries("Police in Trinidad and Tobago and in Burma.") == ["TT", "MM"]


@pytest.mark.parametrize(
    "text",
    [
        "A ransomware attack hit a school board in Hamilton, officials said.",
        "The Victoria health department confirmed the breach.",
        "A Kingston council was forced offline by the attack.",
        "Male and female staff records were exposed.",
    ],
)
def test_capitals_that_name_larger_places_elsewhere_give_no_country(text: str) -> None:
    assert find_countries(text) == []


def test_san_jose_is_the_californian_city() -> None:
    assert find_countries("A San Jose chipmaker disclosed a breach.") == ["US"]
