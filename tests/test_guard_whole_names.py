"""The guard's name check reads a name as a whole, at word bounds, accents folded.

"Corée du Sud" was checked word by word, so "Korea" and any "south" grounded it (an article about
North Korea said "South Korea" nowhere); "Bank of America" grounded "États-Unis"; a name of four
letters or more was found inside another word ("Oman" in "Romania", "Iran" in "Irani"). And a
number read as a threat's name ("777" of "418,777 records") is refused as a number the sources do
not state. Fictional sentences only."""

from __future__ import annotations

import pytest

from veilleur.brief.countries import country_written
from veilleur.brief.guard import guard_briefing
from veilleur.models import Briefing, Intel, KeyPoint
from veilleur.text.names import NameIndex, find_names, stated_names


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("North Korean hackers hit a bank in the south of the country.", "en Corée du Sud"),
        ("Korea's regulator fined the Sud Telecom group.", "en Corée du Sud"),
        ("The South African rand fell; North Korea denied it.", "en Corée du Sud"),
        ("Hackers stole data from Bank of America customers.", "aux États-Unis"),
        ("The Voice of America website was defaced.", "aux États-Unis"),
        ("The gang attacked a hospital in Romania.", "à Oman"),
        ("Researcher Dara Irani found the flaw.", "en Iran"),
        ("The Arabic-language forum sold the data.", "en Arabie saoudite"),
        ("The Costa Coffee chain was hit; Rica Foods was not.", "au Costa Rica"),
    ],
)
def test_a_name_is_not_grounded_by_its_parts_or_inside_other_words(source: str, stated: str) -> None:
    assert NameIndex([source]).unsupported(stated) != []


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("A South Korean carrier said…", "en Corée du Sud"),
        ("The carrier, based in South Korea, said…", "en Corée du Sud"),
        ("L'opérateur de Coree du Sud a confirmé…", "en Corée du Sud"),
        ("L'opérateur de corée du sud a confirmé…", "en Corée du Sud"),
        ("Pays : Corée du Sud.", "en Corée du Sud"),
        ("The Zuid-Korea office said…", "en Corée du Sud"),
        ("The United Arab Emirates said…", "aux Émirats arabes unis"),
        ("UAE officials said…", "aux Émirats arabes unis"),
        ("Saudi Arabian officials said…", "en Arabie saoudite"),
        ("Oman said the attack failed.", "à Oman"),
        ("Iranian hackers said…", "en Iran"),
        ("Hackers hit Iran's oil ministry.", "en Iran"),
        ("The Bank of America breach, in the United States, …", "aux États-Unis"),
        ("European Union regulators said…", "l'Union européenne"),
        ("A Costa Rican ministry said…", "au Costa Rica"),
        ("Hackers hit LockBit's own servers.", "LockBit"),
        ("The SharePoint-based portal was hit.", "SharePoint"),
    ],
)
def test_a_name_written_whole_grounds_it(source: str, stated: str) -> None:
    assert NameIndex([source]).unsupported(stated) == []


def test_a_place_of_several_words_is_one_name_wherever_it_stands() -> None:
    assert stated_names("Corée du Sud : un opérateur de Corée du Sud a été piraté.") == [
        "Corée du Sud",
        "Corée du Sud",
    ]
    assert stated_names("Un opérateur des Émirats arabes unis et de Sri Lanka.") == [
        "Émirats arabes unis",
        "Sri Lanka",
    ]
    # Not a place: a meeting, or the words inside other names.
    assert stated_names("Lors de la réunion, la direction a parlé.") == []
    # Clustering reads single words, as before.
    assert find_names("Un opérateur de Corée du Sud.") == ["Corée", "Sud"]


def test_a_victims_country_of_several_words_is_said_only_when_the_page_names_it_whole() -> None:
    intel = Intel(relevant=True, relevance_score=1.0)
    page = "North Korean hackers stole files from a bank in the south of the country."
    assert not country_written("KR", intel, page)
    assert country_written("KP", intel, page)
    assert country_written("KR", intel, "A South Korean bank said hackers stole files.")
    assert not country_written("US", intel, "Bank of America said hackers stole files.")


def test_the_guard_removes_a_key_point_naming_a_place_the_source_does_not() -> None:
    source = "North Korean hackers stole 12 files from Acme Bank, in the south of the country."
    briefing = Briefing(
        heading="Fuite de données : Acme Bank",
        summary="Des pirates nord-coréens ont dérobé 12 fichiers à Acme Bank.",
        key_points=[
            KeyPoint(label="Victime", text="Acme Bank, en Corée du Sud."),
            KeyPoint(label="Données", text="Vol de 12 fichiers."),
        ],
    )
    _cleaned, report = guard_briefing(briefing, [source], [], require_french=False, min_words=1)
    assert [r.text for r in report.removed] == ["Victime : Acme Bank, en Corée du Sud."]
    assert report.removed[0].reasons == ["name absent from the sources: Corée du Sud"]


def test_a_number_read_as_an_actor_is_refused_as_a_number() -> None:
    """Recognition once read "777" of "418,777 records" as an attacker: the guard refuses it."""
    source = "Acme Health said attackers stole 418,777 records from its servers."
    briefing = Briefing(
        heading="Fuite de données : Acme Health",
        summary="Acme Health a annoncé le vol de 418 777 dossiers.",
        key_points=[
            KeyPoint(label="Données", text="Vol de 418 777 dossiers."),
            KeyPoint(label="Acteur", text="777, acteur cité par l'article."),
        ],
    )
    _cleaned, report = guard_briefing(briefing, [source], [], require_french=False, min_words=1)
    assert [r.text for r in report.removed] == ["Acteur : 777, acteur cité par l'article."]
    assert report.removed[0].reasons == ["number absent from the sources: 777"]


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("Hackers hit a ministry in Nigeria.", "au Niger"),
        ("Nigerian police arrested two men.", "au Niger"),
        ("The Guinea-Bissau government said…", "en Guinée"),
        ("The gang hit the Romania office.", "le groupe Romano"),
    ],
)
def test_another_country_s_name_is_no_inflection_of_a_name(source: str, stated: str) -> None:
    # The stem rule grounded "Niger" on "Nigeria": another country, not an inflection.
    assert NameIndex([source]).unsupported(stated) != []


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("Nigerien officials said…", "au Niger"),
        ("The Nigerian regulator said…", "au Nigeria"),
        ("An Australian hospital said…", "en Australie"),
        ("Les hackers russes ont revendiqué l'attaque.", "la Russie"),
        ("Chinese hackers were blamed.", "en Chine"),
    ],
)
def test_a_country_s_own_inflections_still_ground_it(source: str, stated: str) -> None:
    assert NameIndex([source]).unsupported(stated) == []


def test_a_victim_is_not_placed_in_a_country_whose_name_begins_another_s() -> None:
    intel = Intel(relevant=True, relevance_score=1.0)
    assert not country_written("NE", intel, "Nigeria's revenue service said hackers stole files.")
    assert country_written("NG", intel, "Nigeria's revenue service said hackers stole files.")
