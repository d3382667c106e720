"""A briefing's place is grounded by its sources' inflections and as a place, not inside other names.

"France" was grounded by "Franceville" (the stem rule took any longer word sharing the stem), and a
country by a person's or firm's name that holds the place ("Jordan Smith", "Georgia Tech", "China
Airlines"). Made-up sentences only."""

from __future__ import annotations

import pytest

from veilleur.text.names import NameIndex


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("The Franceville office was hit.", "en France"),
        ("Analyst Russell Keane said the group moved on.", "la Russie"),
        ("The Chinook fleet was grounded.", "en Chine"),
    ],
)
def test_a_longer_word_sharing_a_name_s_stem_is_no_inflection(source: str, stated: str) -> None:
    assert NameIndex([source]).unsupported(stated) != []


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("Researcher Jordan Smith found the flaw.", "en Jordanie"),
        ("Students of Georgia Tech were warned.", "en Géorgie"),
        ("The China Airlines website was down.", "en Chine"),
        ("Passengers of Japan Airlines were told to wait.", "le Japon"),
        ("The New Mexico Gazette was hit.", "au Mexique"),
        ("Georgia State University confirmed the breach.", "en Géorgie"),
        ("Passengers of China Southern Airlines were told to wait.", "en Chine"),
    ],
)
def test_a_place_inside_a_person_s_or_firm_s_name_does_not_ground_the_place(source: str, stated: str) -> None:
    assert NameIndex([source]).unsupported(stated) != []


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("Les hackers russes ont revendiqué l'attaque.", "la Russie"),
        ("Ukrainian police arrested two men.", "en Ukraine"),
        ("A Taiwanese chipmaker said…", "à Taïwan"),
        ("Chinese hackers were blamed.", "en Chine"),
        ("the Chinese government denied it.", "en Chine"),
        ("Japanese police said…", "au Japon"),
        ("South Korea's regulator fined the firm.", "en Corée"),
        ("A US-based firm said…", "aux États-Unis"),
        ("In China, hackers hit a bank.", "en Chine"),
        ("Hackers hit a bank in Mexico.", "au Mexique"),
        ("A Mexican bank said…", "au Mexique"),
        ("Hackers in Jordan hit a bank; Jordan Smith said so.", "en Jordanie"),
        ("The Russia Ukraine war goes on.", "la Russie"),
        ("The China-linked group struck.", "en Chine"),
        ("Hackers in Georgia State agencies said…", "en Géorgie"),
        ("Hackers hit Korea Telecom and others in South Korea.", "en Corée"),
        ("Renard's gang struck.", "le groupe Renard"),
        # The name as written is the name, wherever it stands.
        ("Researcher Jordan Smith found the flaw.", "Jordan Smith"),
        ("France Travail said…", "France Travail"),
    ],
)
def test_inflections_and_places_written_as_places_still_ground(source: str, stated: str) -> None:
    assert NameIndex([source]).unsupported(stated) == []


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("Threat level: green.", "en Grèce"),
        ("Hackers hit a bank in Moldova.", "en Moldavie"),
        ("Ireland’s regulator fined the firm.", "en Irlande"),
    ],
)
def test_a_place_s_name_in_another_language_grounds_it_but_not_a_word_near_it(
    source: str, stated: str
) -> None:
    assert (NameIndex([source]).unsupported(stated) == []) == ("green" not in source)


@pytest.mark.parametrize(
    ("source", "grounded"),
    [
        ("Read more: China-linked APT Foo hit a bank.", True),
        ("The Russia-linked Trigona gang struck.", True),
        ("The Georgia-Pacific plant was hit.", False),
    ],
)
def test_a_place_opening_a_compound_of_small_words_is_written_as_a_place(source: str, grounded: bool) -> None:
    stated = "la Russie" if "Russia" in source else "en Chine" if "China" in source else "en Géorgie"
    assert (NameIndex([source]).unsupported(stated) == []) is grounded


@pytest.mark.parametrize(
    "source",
    ["Read more: China-Linked Foo Malware.", "Pro-China hackers struck.", "The China-Russia pact held."],
)
def test_a_place_in_a_title_cased_or_prefixed_compound_is_written_as_a_place(source: str) -> None:
    assert NameIndex([source]).unsupported("en Chine") == []
