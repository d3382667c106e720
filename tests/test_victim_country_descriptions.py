"""A victim's country from how the press describes and places it (issue #11; fictional texts): an
abbreviation among the words of its description ("Chinese mini PC manufacturer X"), an "and"
joining the modifiers of its own noun ("US oil and gas company X"); never the place of a thing
its possessive owns ("X's Afghan resettlement data breach"), a state that a verb designates or
accuses ("after it declared Russia a state sponsor of terrorism") nor, in its sentence, a country
the page places as the attackers' ("… secret data for Pyongyang" of "North Korean hackers")."""

from __future__ import annotations

from veilleur.enrich.victim_country import victim_countries


def test_an_abbreviation_among_the_words_of_a_description_keeps_its_place() -> None:
    text = (
        "Zentrobox ships mini PCs with malware\n"
        "Chinese mini PC manufacturer Zentrobox admitted it shipped malware to its customers."
    )
    assert victim_countries("Zentrobox", "", "Zentrobox ships mini PCs with malware", text) == ["CN"]


def test_an_and_between_the_modifiers_of_its_noun_keeps_the_description_whole() -> None:
    text = "US oil and gas company Pellmore said hackers stole files."
    assert victim_countries("Pellmore", "US oil and gas company ", text, text) == ["US"]


def test_an_and_between_two_parties_still_ends_the_victims_description() -> None:
    text = "The gang hit US hospitals and telecom firm Quarrel last month."
    assert victim_countries("Quarrel", "The gang hit US hospitals and telecom firm ", text, text) != ["US"]


def test_the_place_of_what_the_victims_possessive_owns_is_not_the_victims() -> None:
    text = "Threats to life are linked to Norland Rail's 2022 Afghan resettlement data breach, a report says."
    assert victim_countries("Norland Rail", "linked to ", text, text) == []


def test_a_unit_the_victims_possessive_places_is_the_entity_hit() -> None:
    text = "Ransomware hit Norland Rail's German subsidiary last week."
    assert victim_countries("Norland Rail", "Ransomware hit ", text, text) == ["DE"]


def test_a_state_the_victim_designates_is_not_its_country() -> None:
    text = "The Veldt Assembly was hit by a DDoS attack hours after it declared Russia a state sponsor of terrorism."
    assert victim_countries("Veldt Assembly", "The ", text, text) == []


def test_a_country_the_page_gives_the_attackers_is_not_read_in_the_victims_sentence() -> None:
    sentence = (
        "A man is accused of trying to hack the Norvale Water Board to steal secret data for Pyongyang."
    )
    text = f"{sentence} North Korean hackers have long targeted utilities."
    assert victim_countries("Norvale Water Board", "to hack the ", sentence, text) == []
