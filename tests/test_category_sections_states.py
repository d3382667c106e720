"""A title-only capture's kind from the section its outlet files it under; North Korea by its
initials; cyber war, not cyber warriors; Italian administrative acts as policy."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.enrich.category_address import section_kind

SITE = "https://news.example.org/31415/{section}/{slug}.html"


def test_a_section_naming_a_kind_decides_a_headline_that_names_none() -> None:
    url = SITE.format(section="malware", slug="crooks-try-to-cash-in-on-the-big-outage")
    assert categorise("Crooks try to cash in on the big outage", "", url) == "malware"


def test_the_section_outranks_the_loose_verb_of_the_slug() -> None:
    # the slug's "hacked" would make a leak of a state's operation filed under cyber warfare
    url = SITE.format(section="cyber-warfare-2", slug="kiosks-of-a-fictional-rail-network-hacked")
    assert categorise("Operation switched off the kiosks of a fictional rail network", "", url) == "espionage"


def test_the_headline_kind_outranks_the_section() -> None:
    url = SITE.format(section="malware", slug="fictional-dairy-cooperative-ransomware")
    assert categorise("Ransomware hits a fictional dairy cooperative", "", url) == "ransomware"


def test_a_section_does_not_speak_for_a_captured_article() -> None:
    text = "Researchers published a report with statistics on the threats seen this year across many sectors."
    url = SITE.format(section="malware", slug="yearly-figures")
    assert categorise("Yearly figures are out", text, url) == "research-tooling"


def test_mixed_sections_and_slugs_name_no_kind() -> None:
    assert section_kind(SITE.format(section="hacking", slug="malware-story")) == ""
    assert section_kind("https://news.example.org/2031/04/malware-story/") == ""
    assert section_kind(SITE.format(section="apt", slug="x")) == "espionage"


def test_north_korea_by_its_initials_is_a_state_actor() -> None:
    title = "DPRK hackers steal millions from a fictional exchange in a phishing attack"
    assert categorise(title, "") == "espionage"


def test_cyber_warriors_who_defend_are_no_cyber_war() -> None:
    title = "Navy trains a thousand cyber warriors to defend its ships"
    assert categorise(title, "") != "espionage"
    assert categorise("Europe braces for a long cyberwar", "") == "espionage"


def test_an_italian_administrative_act_is_policy() -> None:
    assert categorise("Commenti alla nuova determinazione dell'agenzia", "") == "policy-regulation"
    assert categorise("Aggiornato il DPCM sui servizi IT", "") == "policy-regulation"


def test_a_column_standfirst_listing_its_other_items_is_not_the_lead() -> None:
    text = (
        "PLUS: a fictional gang's ransomware hits a bakery; a phishing wave; and more\n\n"
        "Researchers at a fictional university showed that a carmaker's app flaw lets anyone unlock its cars. "
        "The vulnerability was patched last week after the researchers reported it."
    )
    assert categorise("Weekly notes from the security desk", text) == "vulnerability"


def test_crooks_who_busted_in_are_no_police_action() -> None:
    text = "The fictional clinic shut its network after crooks busted in. They may have accessed patient records."
    assert categorise("Fictional clinic shuts its systems after an attack", text) != "law-enforcement"
    assert categorise("Fictional ransomware crew busted in global sting", "") == "law-enforcement"


def test_a_brand_ending_in_ban_is_no_ban() -> None:
    assert categorise("Students hack Ray-Bans to recognise strangers", "") != "policy-regulation"


def test_clickjacking_is_a_flaw_and_an_annual_review_a_report() -> None:
    assert categorise("Clickjacking lets attackers steal a fictional wallet's keys", "") == "vulnerability"
    text = "Incidents that hit the agency's top severity rose, and two zero-days in firewalls caused six of them."
    assert categorise("Risk is underestimated, agency's annual review warns", text) == "research-tooling"


def test_a_backdoor_its_maker_left_in_a_product_is_its_flaw() -> None:
    assert (
        categorise("A backdoor in millions of fictional access cards allows cloning", "") == "vulnerability"
    )
    assert categorise("Fictional patient monitors contain a hidden backdoor", "") == "vulnerability"
    assert (
        categorise("Researcher found backdoor credentials in a fictional LTE router", "") == "vulnerability"
    )


def test_a_backdoor_attackers_plant_or_states_allege_is_not_a_flaw() -> None:
    assert categorise("Crooks slip a new backdoor into fictional routers across the globe", "") == "malware"
    assert (
        categorise("Regulator summons chipmaker over alleged backdoors in its chips", "") != "vulnerability"
    )


def test_machines_that_find_flaws_or_exposed_secrets_are_research() -> None:
    assert categorise("AIs Discovering Vulnerabilities", "") == "research-tooling"
    title = "This free automated tool hunts for exposed cloud secrets in public repos"
    assert categorise(title, "") == "research-tooling"


def test_a_law_firm_and_law_enforcement_are_no_law() -> None:
    text = (
        "The fictional airline's claims will be capped, according to its counsel at a law firm in New York. "
        "The counsel told reporters the claims were meritless."
    )
    assert (
        categorise("Judge lets a fictional airline's suit against a security vendor proceed", text)
        != "policy-regulation"
    )


def test_an_influence_operation_is_other_unless_police_act() -> None:
    title = "Chatbot misused to run a hundred fake political personas in an influence campaign"
    assert categorise(title, "") == "other"
    assert categorise("Police seize domains of a propaganda bot farm", "") == "law-enforcement"


def test_a_maker_refusing_to_add_a_backdoor_is_the_policy_debate() -> None:
    title = "Rather than add a backdoor, a fictional phone maker turns off its cloud encryption"
    assert categorise(title, "") == "policy-regulation"
    assert categorise("New backdoor targets users of end-to-end encrypted chats", "") == "malware"
