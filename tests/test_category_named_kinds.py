"""Kinds of event named in words the vocabulary misread or lacked, each in English and French
(bench/data/intel/GUIDE.md §4): a vendor's naming scheme needs a name ("Midnight Blizzard", not "in a
blizzard"); a wormable flaw is a flaw; posing as someone is deception; a bounty paid to a researcher
is no police action; jail and a criminal complaint are; a state's crew in other words is a state
actor; card data skimmed or siphoned is stolen data; a bug bounty is no flaw; a backdoor bill is
policy. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # naming schemes
        ("Midnight Blizzard targets diplomats with wine-tasting lures", "", Category.APT_ESPIONAGE),
        ("Des pirates de Volt Typhoon cachés dans le réseau électrique", "", Category.APT_ESPIONAGE),
        # a flaw that can spread is a flaw, not a worm
        ("Wormable flaws in ExampleCast enable zero-click RCE", "", Category.VULNERABILITY),
        (
            "Des failles wormable dans ExampleCast permettent une exécution de code",
            "",
            Category.VULNERABILITY,
        ),
        # deception
        ("Gang poses as the land registry to target homeowners", "", Category.FRAUD_PHISHING),
        (
            "Un groupe criminel se fait passer pour les impôts auprès des contribuables",
            "",
            Category.FRAUD_PHISHING,
        ),
        # police and justice
        ("Three years' jail for teenager who rented out a ransomware kit", "", Category.LAW_ENFORCEMENT),
        ("Criminal complaint unsealed against ransomware developer", "", Category.LAW_ENFORCEMENT),
        ("Deux ans de prison pour l'homme qui vendait un rançongiciel", "", Category.LAW_ENFORCEMENT),
        ("Reward: $5 million bounty for two leaders of a ransomware crew", "", Category.LAW_ENFORCEMENT),
        # a state's crew
        ("Tehran's cyber-goons phished three shipping insurers", "", Category.APT_ESPIONAGE),
        ("Des espions chinois dans les routeurs de trois ministères", "", Category.APT_ESPIONAGE),
        # card data skimmed or siphoned
        ("30,000 Fictishop shoppers have their card data skimmed at checkout", "", Category.DATA_BREACH),
        (
            "Les données bancaires de 200 000 clients siphonnées sur un site marchand",
            "",
            Category.DATA_BREACH,
        ),
        # policy
        ("State backdoor bill fails in the Senate", "", Category.POLICY_REGULATION),
    ],
)
def test_named_kinds(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "lead", "not_expected"),
    [
        (
            "Novelist's manuscript survives after her laptop is lost in a blizzard",
            "The author lost her laptop in a blizzard.",
            Category.APT_ESPIONAGE,
        ),
        (
            "Le blizzard paralyse le réseau électrique",
            "Une tempête de neige a coupé le courant.",
            Category.APT_ESPIONAGE,
        ),
        ("A red panda and a teddy bear walk into a datacentre", "", Category.APT_ESPIONAGE),
        ("Student researcher who found a payment app flaw gets $40k bounty", "", Category.LAW_ENFORCEMENT),
        (
            "Une prime de 70 000 dollars pour le chercheur qui a trouvé la faille",
            "",
            Category.LAW_ENFORCEMENT,
        ),
        ("Why a fictional navy now pays outside hackers through bug bounties", "", Category.VULNERABILITY),
        ("Le ministère lance un programme de bug bounty", "", Category.VULNERABILITY),
    ],
)
def test_the_same_words_about_something_else(title: str, lead: str, not_expected: str) -> None:
    assert categorise(title, lead) != not_expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("New Examplefox toolkit steals cloud keys from misconfigured servers", Category.MALWARE_CAMPAIGN),
        ("Crooks turn open-source admin tools against regional banks", Category.MALWARE_CAMPAIGN),
        ("Hacking service for hire run from a fictional web agency", Category.MALWARE_CAMPAIGN),
        (
            "Des cybercriminels détournent des outils open source contre les banques",
            Category.MALWARE_CAMPAIGN,
        ),
        ("Un outil de piratage vendu aux escrocs du web", Category.MALWARE_CAMPAIGN),
        # a defenders' tool and a flaw in toolkits keep their kinds
        (
            "Researchers release open-source tool to detect malicious browser extensions",
            Category.RESEARCH_TOOLING,
        ),
        ("Bugs in two notebook toolkits let attackers hijack servers", Category.VULNERABILITY),
    ],
)
def test_criminals_tools_are_malware(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
