"""A word after a group's kind word is a name only when its capital says so: in a Title Case
headline ("Ransomware Gang Hits …") or an all-capitals line ("LE GROUPE REVENDIQUE …") every word
has one, so the verb that follows "gang" or "groupe" is no threat actor nor malware. Fictional
names and headlines written for the test."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _threats(text: str) -> set[str]:
    actors, malware = find_threats(text)
    return {t.name for t in [*actors, *malware]}


BODY = "\nThe fictional Northbank hospital was hit by a ransomware attack on Monday, the company said."


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("Ransomware Gang Hits Northbank Hospital", "Hits"),
        ("Notorious Hacking Group Claims Northbank Breach", "Claims"),
        ("THE ZORBALITE GANG CLAIMED THE ATTACK ON NORTHBANK", "CLAIMED"),
        ("LE GROUPE REVENDIQUE L'ATTAQUE CONTRE LA CLINIQUE NORTHBANK", "REVENDIQUE"),
        ("DE BENDE EIST LOSGELD VAN HET ZIEKENHUIS NORTHBANK", "EIST"),
    ],
)
def test_a_headline_word_after_gang_or_groupe_is_no_threat(headline: str, word: str) -> None:
    assert word not in _threats(headline + BODY)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le groupe Zorbalite a revendiqué l'attaque contre la clinique fictive Northbank.", "Zorbalite"),
        ("The Zorbalite gang claimed the attack on the fictional Northbank hospital.", "Zorbalite"),
        ("Les pirates du groupe Zorbalite ont revendiqué l'attaque." + BODY, "Zorbalite"),
    ],
)
def test_a_group_named_by_its_kind_word_is_still_read(text: str, name: str) -> None:
    assert name in _threats(text)
