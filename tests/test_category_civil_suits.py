"""A civil suit against a botnet's operators is police and justice action (GUIDE.md §13, civil
lawsuits against those said to hack: `law-enforcement`), however many words name them before the
botnet ("25 alleged Example 2.0 botnet operators"), not the botnet's malware. Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

TEXT = (
    "The complaint says the defendants infected millions of streaming boxes and rented them out to "
    "other criminals, and asks the court to let the company seize the domains they use. "
) * 4


@pytest.mark.parametrize(
    "title",
    [
        "Examplesoft sues 12 alleged NightNet 3.0 botnet operators, all of them abroad",
        "Examplesoft wins lawsuit against alleged Exampleland botnet herders",
        "Examplesoft wins lawsuit against men linked to blockchain-based Glowworm botnet",
    ],
)
def test_a_suit_against_a_botnet_is_law_enforcement(title: str) -> None:
    assert categorise(title, TEXT) == Category.LAW_ENFORCEMENT


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the botnet itself, with no suit, keeps its kind
        ("NightNet 3.0 botnet infects millions of streaming boxes", Category.MALWARE_CAMPAIGN),
        # patients suing a hospital over its breach: the breach, not police action
        ("Patients sue Example Hospital after data breach exposed their records", Category.DATA_BREACH),
    ],
)
def test_what_a_suit_does_not_make(title: str, expected: str) -> None:
    assert categorise(title, TEXT) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Court rules against Examplespy Group",
        "U.S. court orders Examplespy Group to hand over its spyware code to Examplechat",
        "Jury sides with Examplechat in its case against Examplespy",
    ],
)
def test_a_courts_ruling_in_a_hacking_case_is_law_enforcement(title: str) -> None:
    # a ruling or an order in a civil suit against those said to hack (GUIDE §13), whatever the lead's flaw
    lead = "A jury has awarded Examplechat damages against a vendor for exploiting a vulnerability. "
    rest = "The vendor's phones were hijacked through the flaw, the filing says, and it plans to appeal. " * 3
    assert categorise(title, lead + rest) == Category.LAW_ENFORCEMENT


def test_a_courts_ruling_over_a_breach_stays_the_breach() -> None:
    title = "Court rules Example Health must compensate patients over its data breach"
    assert categorise(title, TEXT) == Category.DATA_BREACH


@pytest.mark.parametrize(
    "title",
    [
        # a court ordering a service blocked: an official ban (GUIDE §4 policy-regulation), no suit against hackers
        "Indian court orders action to block Examplemail over deepfake abuse allegations",
        "Exampleland court ordered to block email service Examplemail",
        # a ruling on the state's powers: what the police may do, not police action against anyone
        "US federal court rules against geofence warrants",
        "Court rules that surveillance of an Exampleland resident was unconstitutional",
    ],
)
def test_a_courts_block_order_or_ruling_on_state_powers_is_policy(title: str) -> None:
    lead = "The ruling follows a complaint filed by the government last year. "
    assert categorise(title, lead * 5) == Category.POLICY_REGULATION
