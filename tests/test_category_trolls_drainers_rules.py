"""Shapes read on a fourth unlabelled sample (seed 3030, skip 3750): a state's trolls posing as
citizens run an influence operation (`other`), not a fraud; wallet drainers, seed phrases and money
drained from accounts are phishing for money; a firm that "breached its contract" leaked nothing; the
new rules a government sets are policy, a defender's detection rules are not; a new head of a national
cyber agency told in Italian, French or German is policy. Fictional headlines and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.enrich.category_influence import influence_operation
from veilleur.models import Category

_FILLER = "The page goes on about other things that happened that week, with no more detail. " * 4


def test_trolls_posing_as_citizens_are_an_influence_operation() -> None:
    title = "Exampleland-linked trolls pretend to be patriots on social networks"
    assert categorise(title, _FILLER) == Category.OTHER
    assert not influence_operation("Don't feed copyright trolls, court urged", "")


@pytest.mark.parametrize(
    "title",
    [
        "A wallet drainer kit empties Examplecoin holders' savings",
        "38,000 lookalike subdomains steal crypto wallet seed phrases",
    ],
)
def test_wallet_drainers_are_phishing(title: str) -> None:
    assert categorise(title, _FILLER) == Category.FRAUD_PHISHING


def test_a_breached_contract_is_no_leak() -> None:
    title = "Bank must face suit after crooks drained $27m from a client's accounts"
    lead = "A judge dismissed claims that the bank breached its contract. The fraud claim goes ahead."
    assert categorise(title, f"{lead} {_FILLER}") == Category.FRAUD_PHISHING


def test_new_rules_of_a_government_are_policy_detection_rules_are_not() -> None:
    assert categorise("New cybersecurity rules land for defence contractors", _FILLER) == (
        Category.POLICY_REGULATION
    )
    assert categorise("New YARA rules for an old loader", _FILLER) != Category.POLICY_REGULATION


@pytest.mark.parametrize(
    "title",
    ["Nuovo direttore di ACN", "Nouveau directeur de l'ANSSI", "Neue Präsidentin des BSI"],
)
def test_a_new_agency_head_in_other_languages_is_policy(title: str) -> None:
    assert categorise(title, _FILLER) == Category.POLICY_REGULATION


def test_a_bare_break_in_that_launches_a_fraud_is_the_fraud() -> None:
    title = "Hackers compromised the Examplecoin mailing list and launched a crypto draining attack"
    assert categorise(title, _FILLER) == Category.FRAUD_PHISHING
    malware = "Hackers compromised the Examplelib repository to push a backdoor"
    assert categorise(malware, _FILLER) == Category.MALWARE_CAMPAIGN
