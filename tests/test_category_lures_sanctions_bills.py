"""Kinds of event that read on unlabelled pages of the corpus and were misread (bench/data/intel/GUIDE.md
§4): Windows' Group Policy is no government's policy; a fake installer or update is malware's lure;
fake sites are a scam however their owner is described; a police action is police action; a bill a
headline names is policy, whatever punishment its lead says the bill allows; sanctions the lead says
were imposed are police action. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # a fake installer or update delivers malware
        ("Cloned college site hands out a fake Zorvex VPN installer", "", Category.MALWARE_CAMPAIGN),
        ("Fake browser updates pushed through hacked news sites", "", Category.MALWARE_CAMPAIGN),
        # fake sites with their owner's description between
        (
            "Regulator warns of trades made via logins typed into fake brokerage firms' sites",
            "",
            Category.FRAUD_PHISHING,
        ),
        # police action named as such
        ("Operation Lantern: Police Anti-Malware Action Shields Gamers", "", Category.LAW_ENFORCEMENT),
        # a bill the headline names: the lead's punishment is what the bill would allow, not an arrest
        (
            "Rights groups condemn the Online Privacy Bill as harmful to encryption",
            "Ruritania's parliament may debate the Online Privacy Bill again this week. The bill would let "
            "residents be thrown in jail for what they post.",
            Category.POLICY_REGULATION,
        ),
        # sanctions the lead says were imposed outrank the gang the headline names
        (
            "Three allies blast holes in LockBit's hosting provider",
            "BulletBox, a hosting firm used by LockBit affiliates, has been hit with sanctions in three "
            "countries. Its two administrators were named.",
            Category.LAW_ENFORCEMENT,
        ),
    ],
)
def test_kind(title: str, lead: str, expected: Category) -> None:
    assert categorise(title, lead) == expected


def test_group_policy_is_no_government_policy() -> None:
    lead = (
        "A reader asked which Group Policy in their domain sets the screen lock timeout. With hundreds "
        "of GPOs that is a long search by hand."
    )
    assert categorise("Finding one setting among hundreds of GPOs", lead) != Category.POLICY_REGULATION


def test_software_bill_of_materials_is_no_bill() -> None:
    # a software bill of materials is an inventory, not a law: the lead's arrest stays the event
    lead = "Police arrested the two men behind the forged packages on Tuesday, prosecutors said."
    title = "What a software bill of materials would have shown"
    assert categorise(title, lead) == Category.LAW_ENFORCEMENT


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a registry's malicious packages under their own names (crates.io, RubyGems, modules)
        ("Malicious Rust Crates Steal Wallet Keys From Developers", Category.MALWARE_CAMPAIGN),
        ("Malicious Ruby gems drain Zorvex wallets", Category.MALWARE_CAMPAIGN),
        # a tool that kills or bypasses endpoint defences is criminals' malware, not a defender's tool
        ("Crime group Ferrous advertises a new EDR bypass tool on hacking forums", Category.MALWARE_CAMPAIGN),
        ("EDR killer sold to affiliates switches off endpoint agents", Category.MALWARE_CAMPAIGN),
        # fake login pages are phishing, however a tool made them
        ("Generative AI tool abused by crooks to build fake login pages at scale", Category.FRAUD_PHISHING),
    ],
)
def test_tools_packages_and_pages(title: str, expected: Category) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    "title",
    [
        # a headline denying the event it names: the denial is the story (the guide: a hoax is `other`)
        "No, we didn't warn every Zorvex Mail user of a data breach, says Zorvex",
        "'Doorbell cameras hacked'? Maker says no, owners not so sure",
    ],
)
def test_denied_event_is_other(title: str) -> None:
    assert categorise(title, "") == Category.OTHER


def test_no_opening_without_denial_keeps_the_event() -> None:
    # "No" opening a headline that denies nothing ("No holiday for …") leaves the event its kind
    assert categorise("No holiday season for ransomware gangs hitting Ruritanian retailers", "") == (
        Category.RANSOMWARE
    )
