"""Malware a state's intelligence service planted (FSB, GRU, SVR, MSS, by initials or name) is a state's
spying: rule 4 of GUIDE.md §4 makes it `espionage`; a leak that reveals what a service does stays a leak.
Fictional headlines."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.models import Category

TEXT = (
    "The programmer said his phone was returned to him after his release with an app he never installed. " * 3
)


def test_spyware_a_states_service_planted_is_espionage() -> None:
    title = "Exampleland programmer outsmarts the FSB, flees while being tracked with spyware"
    assert categorise(title, TEXT) == Category.APT_ESPIONAGE


def test_a_leak_revealing_a_service_stays_a_leak() -> None:
    title = "Hacktivists leaked 12GB of data stolen from Exampleland ISP revealing FSB's surveillance"
    assert categorise(title, TEXT) == Category.DATA_BREACH


def test_the_lower_case_word_is_no_service() -> None:
    assert categorise("New spyware hides in a fake mss update app", TEXT) == Category.MALWARE_CAMPAIGN
