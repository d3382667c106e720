"""Who heads a national cyber agency, a side channel in a named product, and malware that gathers
intelligence or targets a government's institutions take the kind the labelling guide gives them
(bench/data/intel/GUIDE.md §4). Fictional headlines and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

_LEAD = "The news came on Tuesday. More details are expected next week."


@pytest.mark.parametrize(
    "title",
    [
        "CISA gets a new No. 2 while the top job stays empty",
        "Senator blocks the nominee to lead the NSA",
        "Le directeur de l'ANSSI nommé à la tête d'un nouveau service",
        "Neue BSI-Präsidentin ernannt",
    ],
)
def test_who_heads_a_national_cyber_agency_is_policy(title: str) -> None:
    assert categorise(title, _LEAD) == Category.POLICY_REGULATION


def test_a_chiefs_words_are_no_appointment() -> None:
    # a speech names no appointment: the headline's own kind (here none: research words) decides
    assert (
        categorise("CISA boss: memory-safe code is the best tool we have", _LEAD)
        != Category.POLICY_REGULATION
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("FizzKey side-channel attack recovers the signing key in an hour", Category.VULNERABILITY),
        ("Rowhammer variant flips bits in Nvidia graphics cards", Category.VULNERABILITY),
        ("New research reveals Spectre-like leaks persist in the latest Intel chips", Category.VULNERABILITY),
        # a class of devices: the technique, research
        ("Side-channel attacks can pull keys out of cheap smart locks", Category.RESEARCH_TOOLING),
    ],
)
def test_side_channel_in_a_named_product_is_its_flaw(title: str, expected: Category) -> None:
    assert categorise(title, _LEAD) == expected


def test_malware_that_gathers_intelligence_is_espionage() -> None:
    title = "Contoso stealer grows into an intelligence-gathering tool"
    lead = "The malware now copies documents from the devices of its targets. It was first seen in March."
    assert categorise(title, lead) == Category.APT_ESPIONAGE
    # a defender's threat intelligence is not spying
    assert (
        categorise("Contoso stealer tracked by threat intelligence gathering", lead)
        == Category.MALWARE_CAMPAIGN
    )


def test_malware_aimed_at_government_institutions_is_espionage() -> None:
    title = "New backdoor spreads through booby-trapped shortcut files"
    lead = "Government institutions in two countries received the lure. The attackers used a custom loader."
    assert categorise(title, lead) == Category.APT_ESPIONAGE
