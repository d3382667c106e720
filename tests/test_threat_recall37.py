"""Threats named in wordings the readers missed or misread (session 37): a family's name in capitals that
a naming verb introduces, and a galaxy's one-word name written as the last word of a longer
actor's name that a quote opens. The sentences are written for these tests."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def _threats(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


def test_a_long_name_in_capitals_that_a_naming_verb_introduces_is_a_family() -> None:
    _, malware = _threats(
        "The state group deployed a malware called QUIETHARVESTER that polls a cloud calendar."
    )
    assert "QUIETHARVESTER" in malware


def test_a_long_word_in_capitals_in_a_list_of_permissions_stays_no_family() -> None:
    _, malware = _threats("Permissions of the malware such as READINSTALLSESSIONS are no longer requested.")
    assert "READINSTALLSESSIONS" not in malware


def test_a_galaxy_word_ending_a_quoted_longer_actor_name_is_that_actor() -> None:
    text = (
        "A previously undocumented threat actor known as Amber Lynx has been linked to intrusions at "
        "embassies.\n\n"
        '"Amber Lynx\'s campaigns show a multi-stage attack strategy using loaders and implants," the '
        "researchers said."
    )
    actors, malware = _threats(text)
    assert "Amber Lynx" in actors
    assert "Lynx" not in actors and "Lynx" not in malware


def test_the_galaxy_name_alone_after_a_quote_stays() -> None:
    actors, _ = _threats('"The Lynx ransomware gang claimed the attack on the retailer," the police said.')
    assert "Lynx" in actors
