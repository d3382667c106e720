"""Shapes read on a second unlabelled sample (seed 3030, skip 3400): a break-in whose lead's first
sentence names a state's actor is espionage (rule 4 before rule 5); malware "spying on users" is
malware, not a state's spying; "accused of having stolen" is a charge; data "stolen in" an attack is
stolen data; vulnerable hosts of a named product are its flaw, a counted class of devices is exposure
statistics; from a third (skip 3600): a state scanning for or exploiting flaws is its campaign, actors
with ties to North Korea (by its full name) are a state's, records "feared stolen" are stolen data, and
Italian default passwords are a flaw. Fictional headlines and leads."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.models import Category

_FILLER = "The page goes on about other things that happened that week, with no more detail. " * 4


def test_a_break_in_by_a_state_actor_is_espionage() -> None:
    title = "Examplegroup uses infected USB drives to breach a military mission"
    lead = "The Russia-linked threat actor known as Examplegroup targeted a foreign mission. It stole files."
    assert categorise(title, f"{lead} {_FILLER}") == Category.APT_ESPIONAGE


def test_a_break_in_stays_a_leak_when_the_state_is_only_context() -> None:
    title = "Examplecorp breached, customer data stolen"
    lead = (
        "Examplecorp says intruders took customer records. "
        "A researcher spoke about it at a conference on cyberwar held last month in Exampletown."
    )
    assert categorise(title, f"{lead} {_FILLER}") == Category.DATA_BREACH


def test_a_settlement_for_a_state_breach_stays_the_breach() -> None:
    title = "Examplecorp to pay $2M settlement over breach"
    lead = "Chinese state-sponsored hackers broke into Examplecorp in 2031. The firm settled this week."
    assert categorise(title, f"{lead} {_FILLER}") == Category.DATA_BREACH


def test_malware_spying_on_users_is_malware() -> None:
    title = "Experts warn of browser extensions spying on users via the Examplenine botnet"
    assert categorise(title, _FILLER) == Category.MALWARE_CAMPAIGN
    assert categorise("Examplebear hackers spying on diplomats", _FILLER) == Category.APT_ESPIONAGE


def test_accused_of_having_stolen_is_a_charge() -> None:
    title = "Hacker accused of having stolen personal data of every Examplelander"
    assert categorise(title, _FILLER) == Category.LAW_ENFORCEMENT


def test_data_stolen_in_an_attack_is_stolen_data() -> None:
    title = "Law firm pays out after client data stolen in mail server raid"
    assert categorise(title, _FILLER) == Category.DATA_BREACH


def test_vulnerable_hosts_of_a_named_product_are_its_flaw() -> None:
    assert categorise("At least 4,460 vulnerable Examplegate VPN hosts are exposed", _FILLER) == (
        Category.VULNERABILITY
    )
    assert categorise("3,000 vulnerable IP cameras exposed online", _FILLER) == Category.RESEARCH_TOOLING


def test_a_state_hunting_for_flaws_is_its_campaign() -> None:
    title = "Governments warn: Exampleland's neighbour Russia scanning for your unpatched vulnerabilities"
    assert categorise(title, _FILLER) == Category.APT_ESPIONAGE


def test_actors_with_ties_to_north_korea_are_a_state_s() -> None:
    title = "Front companies impersonate Exampleland IT firms"
    lead = (
        "Threat actors with ties to the Democratic People's Republic of Korea pose as consultants. They lie."
    )
    assert categorise(title, f"{lead} {_FILLER}") == Category.APT_ESPIONAGE


def test_records_feared_stolen_are_stolen_data() -> None:
    title = "Exampleschool theft latest: decades of student records feared stolen"
    assert categorise(title, _FILLER) == Category.DATA_BREACH


def test_italian_default_passwords_are_a_flaw() -> None:
    assert categorise("Password di default nei sistemi di apertura porte", _FILLER) == Category.VULNERABILITY
