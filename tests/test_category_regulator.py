"""Wordings a fresh sample (seed 3340) and the check-i1 part showed misread: a regulator acting in the
headline is policy whatever its lead's words for what it acts against; charges brought and the
prosecution's "alleges" in a lead are justice action; hackers tied to Pakistan are a state's; a gadget
"spying on you" is no state's espionage. All sentences are made up."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.models import Category

_REST = "The agency gave the companies two weeks to answer before the list is made final. " * 6


def test_a_regulator_acting_in_the_headline_is_policy_before_the_leads_scammers() -> None:
    title = "No room for rogue carriers: FCC hangs up on hundreds of voice providers in robocall fight"
    text = (
        "Scammers who flood phones with fake calls will lose hundreds of the carriers they route through. "
        "The scammers relied on small providers that never filed their plans to stop robocalls. " + _REST
    )
    assert categorise(title, text) == Category.POLICY_REGULATION


def test_a_regulator_cracking_down_is_policy_before_the_leads_stolen_data() -> None:
    title = "No more grace period for phone companies, FCC is cracking down"
    text = (
        "Carriers must now tell customers within a week when stolen data from a breach involves them. "
        "The old rule let companies wait while hackers sold the stolen data. " + _REST
    )
    assert categorise(title, text) == Category.POLICY_REGULATION


def test_a_headline_naming_its_event_keeps_it_whoever_acts() -> None:
    # a breach fined keeps the breach (the guide), a scam the regulator warns of is the scam
    leak = "Data watchdog fines retailer after hackers stole customer data"
    assert (
        categorise(leak, "The retailer lost the card details of 9,000 shoppers to hackers.")
        == Category.DATA_BREACH
    )
    scam = "FCC warns of scam calls that pose as the agency"
    assert categorise(scam, "Crooks pose as agency staff to get bank details.") == Category.FRAUD_PHISHING


def test_charges_levied_in_the_lead_are_justice_action_before_its_ransoms() -> None:
    title = "Feds tie teenage duo to $50M in ransoms"
    text = (
        "Prosecutors last week levied criminal hacking charges against a 19-year-old for allegedly running a "
        "crew blamed for extorting $50 million in ransom payments. The charges came as the two appeared in "
        "court, accused of hacking into retailers and extorting them. " + _REST
    )
    assert categorise(title, text) == Category.LAW_ENFORCEMENT


def test_the_governments_allegation_in_the_lead_is_justice_action() -> None:
    title = "Bent officers, lost laptops and the ghost of an old crew"
    text = (
        "A man accused of hiding millions earned from cybercrime paid officers to threaten his rivals, the "
        "government alleges. Many of his targets were members of a hacker group behind breaches a decade ago. "
        "The breaches made the group famous on forums where stolen data was sold. " + _REST
    )
    assert categorise(title, text) == Category.LAW_ENFORCEMENT


def test_hackers_tied_to_pakistan_are_a_states_espionage() -> None:
    title = "Pakistan-linked hackers widen their targets with a new RAT"
    text = (
        "A threat actor with ties to Pakistan has been seen targeting rail and energy firms with a remote "
        "access trojan called FakeRAT. The RAT steals files and screenshots. " + _REST
    )
    assert categorise(title, text) == Category.APT_ESPIONAGE


def test_a_gadget_spying_on_you_is_its_flaw_not_a_states_espionage() -> None:
    title = "Your smart kettle might be spying on you"
    text = (
        "A researcher found a security flaw in the kettle's app that lets anyone nearby turn on its microphone. "
        "The flaw was fixed in the latest firmware, and the vendor thanked the researcher. " + _REST
    )
    assert categorise(title, text) == Category.VULNERABILITY
