"""Kinds of event misread on draw k and on unlabelled pages (bench/data/intel/GUIDE.md §4): a takedown
whose subject is a police operation, an agency or a state (or a crime's means taken down, told in the
passive) is police action whatever it took down; a gang that hacked someone is not a gang hacked; an
exploit kit is crimeware; patch management is a practice; North Korea's hired workers are a state's
scheme; a ranking of weaknesses is a list over many products; a deadline for reporting incidents is
a rule. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.enrich.category_takedown import police_takedown
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a police operation named as such, a sting, an agency, a state as a whole (EN/DE/NL)
        ("Operation Lanternfish took down 14 booter platforms in nine countries", Category.LAW_ENFORCEMENT),
        ("Sting op takes down 30 DDoS-for-hire domains", Category.LAW_ENFORCEMENT),
        ("Dutch agency NCSC-X sinkholed a botnet of 9,000 cameras", Category.LAW_ENFORCEMENT),
        ("Portugal Disrupts QUILLBOX Malware on 12,000 Set-Top Boxes", Category.LAW_ENFORCEMENT),
        ("US shuts down a ring of fake remote-worker scams", Category.LAW_ENFORCEMENT),
        ("Polizei nimmt Phishing-Plattform Zanderweb vom Netz", Category.LAW_ENFORCEMENT),
        # French, and Dutch and German verbs that end their clause or split around its object
        ("La police ferme une plateforme de DDoS à louer", Category.LAW_ENFORCEMENT),
        ("De politie heeft twintig phishingsites offline gehaald", Category.LAW_ENFORCEMENT),
        ("Portugal legt Botnetz mit 8.000 Routern lahm", Category.LAW_ENFORCEMENT),
        # the passive, the crime's means followed by where or when only
        ("Nineteen DDoS-for-hire services disrupted ahead of the holidays", Category.LAW_ENFORCEMENT),
        ("Call centres behind fake pension scams shut down across Europe", Category.LAW_ENFORCEMENT),
        # a gang that hacked someone is the gang's attack (not a gang hacked itself)
        ("Quokka ransomware group hacked Ruritania's Port of Ostrava", Category.RANSOMWARE),
        ("Quokka ransomware gang's leak site hacked", Category.DATA_BREACH),
        # an exploit kit, North Korea's hired workers, a ranking, a practice, a reporting deadline
        ("Old browsers still targeted by the Marlin exploit kit", Category.MALWARE_CAMPAIGN),
        ("Payroll firm hired a fake North Korean techie who planted a backdoor", Category.APT_ESPIONAGE),
        (
            "Standards body ranks the Top 25 Most Dangerous Software Weaknesses of the year",
            Category.RESEARCH_TOOLING,
        ),
        ("Patch management still a mess because nobody owns it", Category.RESEARCH_TOOLING),
        ("Ruritania slaps 2-hour deadline on reporting serious cyber incidents", Category.POLICY_REGULATION),
    ],
)
def test_headline_shapes(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    "title",
    [
        # the verb's subject is an attacker, a victim or a place among other words
        "Cyberattack in Portugal disrupts hospital services",
        "Ransomware attack on agency disrupts services",
        "Hacktivists took down the Senate's website",
        "Hospital services disrupted after cyberattack",
        "Malware disrupted operations at the port",
        "Ruritania's cyber operation shut down the ATMs of a rival's banks",
        # a state the espionage vocabulary reads as an attacker disrupting another's network is cyber warfare
        "Russia disrupts a satellite network",
        # an order to shut down is a government's act, not a takedown
        "Canada Orders Video App to Shut Down Its Offices",
        # a late verb whose clause opens on an attack, or on a people's adjective (hospitals, not a state)
        "Cyberangriff legt Stadtverwaltung lahm",
        "Belgische ziekenhuizen offline gehaald na cyberaanval",
        # a product's intelligence is no agency
        "Threat intelligence disrupts ransomware attacks",
    ],
)
def test_no_police_takedown(title: str) -> None:
    assert not police_takedown(title)


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # the lead opens on charges against the malware's makers: the charges are the event (rule 1)
        (
            "Kestrel stealer crew outed after infecting their own laptops",
            "The US Justice Department today unsealed criminal charges against 12 people accused of selling "
            "the Kestrel stealer. The malware has been rented out since 2019.",
            Category.LAW_ENFORCEMENT,
        ),
        # police action later in the lead is the background of the malware the headline names
        (
            "Kestrel stealer returns with a new loader",
            "The Kestrel stealer is back with a loader that hides in fake invoices. Police seized its servers "
            "last year.",
            Category.MALWARE_CAMPAIGN,
        ),
    ],
)
def test_charges_opening_the_lead(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a malware's source code or builder leaked: the malware is the news (EN/FR/DE)
        ("The source code of Quillfang Stealer leaked online", Category.MALWARE_CAMPAIGN),
        ("Marten Banking Trojan Source Code Leak Exposes Its Panel", Category.MALWARE_CAMPAIGN),
        ("Le code source du cheval de Troie Zorg a fuité", Category.MALWARE_CAMPAIGN),
        ("Quellcode des Banking-Trojaners Marten geleakt", Category.MALWARE_CAMPAIGN),
        # a firm's own code leaked stays a leak
        ("Game studio's source code leaked by intruders", Category.DATA_BREACH),
    ],
)
def test_leaked_malware_code(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a count of a class of devices exposed: exposure statistics over many makers (research)
        ("2.1m IP cameras exposed, with Ruritania in the lead", Category.RESEARCH_TOOLING),
        ("Around 900,000 POP3 and IMAP mail servers lack TLS encryption", Category.RESEARCH_TOOLING),
        # a named product's devices stay its flaw
        (
            "Over 12000 Zorvex routers exposed online are likely vulnerable to CVE-2031-1234",
            Category.VULNERABILITY,
        ),
    ],
)
def test_exposure_counts(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
