"""Victims never found, session 36: wordings of short headlines and of weekly roundups' items that no
trigger rule read (`victim_more_reads`), so that a roundup's item was never even a candidate, and the
second and third names of a list of victims the rules read (`victim_list_ties`). Every organisation
and sentence is made up (the co-operative's short name is a common word)."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_owned import owned_name
from veilleur.enrich.victims import rule_reads
from veilleur.models import Article


def _victims(title: str, text: str) -> list[str]:
    url = "https://news.example/2026/04/week"
    return [
        v.name for v in enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="en")).victims
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Brandlow says it's a victim of multi-year cyberattack campaign", "Brandlow"),
        ("Quenby Freight said it was the latest victim of a ransomware attack.", "Quenby Freight"),
        ("Vandal ransomware gang leaks City of Marlow data", "City of Marlow"),
        ("Hackers publish Ostley Foods files on their leak site", "Ostley Foods"),
        ("Ransomware pushes City of Marlow into state of emergency", "City of Marlow"),
        ("Cyberattack knocks Fenwick Water offline for a week", "Fenwick Water"),
        ("Ransomware forces Harlan General to divert ambulances", "Harlan General"),
        ("Pellow had credit card skimmer stuck on its site for months", "Pellow"),
        (
            "Vandal, the ransomware crew that infected Brantmoor Electric and demanded a ransom, is back.",
            "Brantmoor Electric",
        ),
        ("Quillmart, the Co-op, and Harwell were all targets.", "Co-op"),
        ("Quillmart, Corvale and Harwell were all hit.", "Harwell"),
        ("Ostley starts bringing customers back online after Vandal ransomware attack", "Ostley"),
        ("12 Million Brantley accounts leaked by cybercriminal", "Brantley"),
    ],
)
def test_read_by_a_trigger(sentence: str, name: str) -> None:
    assert name in [mention.name for mention in rule_reads(sentence)[0]]


@pytest.mark.parametrize(
    "sentence",
    [
        # (no organisation said to be hit: a gang's own name, a device, a product's data)
        "Researchers say it's a new kind of loader.",
        "The malware infected Windows machines across the region.",
        "The stealer infected Chrome browsers to take cookies.",
        "Ransomware takes Sunday off, analysts joke.",
    ],
)
def test_not_read(sentence: str) -> None:
    names = [mention.name for mention in rule_reads(sentence)[0]]
    assert not [n for n in names if n not in {"Researchers", "Sunday"}], names


def test_a_roundup_item_a_firm_speaks_of_itself() -> None:
    # (the recogniser takes the one-word brand for a person quoted: "Brandlow says")
    victims = _victims(
        "A week in security (February 20 - 26)",
        "GoAnywhere flaw opened door to ransomware\n\nBrandlow says it's a victim of multi-year cyberattack "
        "campaign\n\nHow to set up two-factor authentication on a messaging app\n\nRansomware pushes City of "
        "Marlow into state of emergency\n\nStay safe!",
    )
    assert "Brandlow" in victims and "City of Marlow" in victims, victims


def test_every_name_of_a_list_of_victims() -> None:
    victims = _victims(
        "Police arrest four over retail ransomware attacks",
        "Police arrested four people suspected of the attacks on UK retailers in recent weeks. Officers "
        "said the four are thought to be involved in all three retail attacks on Quillmart, Co-op, and "
        "Harwell's. The attacks disrupted online orders for weeks.",
    )
    assert {"Quillmart", "Co-op"} <= set(victims), victims


def test_a_places_possessive_owns_no_name() -> None:
    # "Russia's X plant" is X's plant in Russia: X is no owner's thing (a firm's possessive still owns)
    sentence = "Hackers attacked Russia's Velmor Integration plant, a maker of drones, and wiped its servers."
    assert not owned_name("Velmor Integration", sentence)
    assert owned_name("GitHub", "Hackers took over Toptal's GitHub account and published packages.")
    victims = _victims(
        "Hackers wipe servers at drone plant",
        sentence + " The plant's production stopped for days.",
    )
    assert "Velmor Integration" in victims, victims
