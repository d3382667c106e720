"""A government the lead names only as where an event happened — the victim, the owner or the user of what
was hit — is its setting, not its subject (GUIDE §4, rule 7 files policy last): the lead's event decides.
A lead whose government acts, or beside a state's spies, stays policy. Fictional headlines and sentences."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.models import Category

REST = (
    "The listings seen by researchers offer dozens of accounts, with prices depending on the agency and "
    "the country, and buyers are told how long each has stayed active. "
) * 3


def test_government_accounts_compromised_and_sold_are_a_leak() -> None:
    lead = (
        "Criminals are selling access to police and government email accounts on dark web markets. "
        "These are active accounts which miscreants have compromised so their peers can send requests. "
    )
    assert (
        categorise("Psst: wanna buy an official email account for $40?", lead + REST) == Category.DATA_BREACH
    )


def test_data_dumped_from_an_app_officials_use_is_a_leak() -> None:
    lead = (
        "A researcher explained how he published data from Examplemessage, the messaging app used by White "
        "House officials, which led to a massive database dump of their messages. "
    )
    title = "The inside story of the Examplemessage saga, and how you can view it"
    assert categorise(title, lead + REST) == Category.DATA_BREACH


def test_a_government_acting_stays_policy() -> None:
    lead = "A senator has asked the government to look into Examplesoft over its use of an outdated cipher. "
    assert categorise("Examplesoft still uses an old cipher", lead + REST) == Category.POLICY_REGULATION


def test_a_government_beside_spies_is_no_setting() -> None:
    lead = (
        "The government has removed the head of its cyber agency over alleged ties to Russian intelligence, "
        "after reports that his former association had been compromised. "
    )
    assert categorise("Exampleland stands down cyber boss", lead + REST) != Category.DATA_BREACH
