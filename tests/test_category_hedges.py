"""Words of a kind of event that name no event (category_hedges.py): what a protection keeps out, a mishap
prepared for, what an analyst takes apart, an attack called a scare, an essay's subject; and a person the
police unmask as a gang's head (category_rules.unmasked), a protective mechanism coming to a product
(category_shapes.DEFENCE), a device maker's firmware updates (a fix, category_words)."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.models import Category

FILLER = (
    " The rest of the article goes on about the details for a while, with quotes from the company and "
    "a few numbers about how many people use the product every day, and what comes next for it."
)


def test_threats_a_protection_keeps_out_are_no_event() -> None:
    text = (
        'Exampleco has explained what its new phone service does and does not do. "Our phones have many '
        'protections that safeguard users against threats like malware and spam," a spokesperson said.'
        + FILLER
        + " The new feature sorts images on the device; it does not look for malware."
    )
    assert categorise("Exampleco Confirms Phone Service Enables AI-Powered Image Sorting", text) == (
        Category.RESEARCH_TOOLING
    )


def test_malware_the_lead_reports_keeps_its_kind() -> None:
    text = (
        "Exampleco has explained what its new phone service does. Researchers found malware hidden in a "
        "fake version of the service that steals messages." + FILLER + " The malware spreads through ads."
    )
    assert categorise("Exampleco Confirms Phone Service Enables AI-Powered Image Sorting", text) == (
        Category.MALWARE_CAMPAIGN
    )


def test_an_outage_prepared_for_is_no_outage() -> None:
    text = (
        "Few of us can go long without a connection. You may want to reach your home systems in case of "
        "an outage of your main line. Here is how I set up a second path with a small router and a "
        "cheap mobile plan, and the settings that make it switch over by itself when the first one fails."
    )
    assert categorise("Backup Links for Small Offices, (Thu, May 22nd)", text) == Category.RESEARCH_TOOLING


def test_an_outage_that_happened_stays_other() -> None:
    text = (
        "Few of us can go long without a connection. An outage of the main line hit thousands of homes "
        "on Monday, and the provider says a faulty router update was to blame."
    )
    assert categorise("Examplenet Customers Offline for a Day", text) == Category.OTHER


def test_what_an_analyst_takes_apart_is_her_craft() -> None:
    text = (
        "The first thing to do when analyzing a suspicious document is to look for its encryption, as "
        "explained in the entry Analyzing an Encrypted Phishing File. The second thing is to list its "
        "compressed objects, which I show here with a small tool of mine and its new option."
    )
    assert categorise("Compressed Objects in Documents, (Mon, Nov 11th)", text) == Category.RESEARCH_TOOLING


def test_an_attack_scare_is_no_attack() -> None:
    text = (
        "Users should upgrade to protect themselves from a possible supply chain attack reported last "
        "week. A developer emailed users about an issue in the project's build server."
    )
    title = "Exampleproject orders router firmware updates after supply chain attack scare"
    assert categorise(title, text) == Category.VULNERABILITY


def test_a_supply_chain_attack_that_happened_is_malware() -> None:
    text = "Attackers pushed a tainted package to the project's users last week."
    assert categorise("Exampleproject hit by supply chain attack", text) == Category.MALWARE_CAMPAIGN


def test_an_essay_on_spying_is_no_espionage() -> None:
    text = (
        "Long article on the difficulty of human spying in an age of cameras everywhere. The author walks "
        "through how agents once built their cover and why phones and faces give them away now."
        + FILLER
        + " Spies, spying and espionage come up again and again."
    )
    assert categorise("Tradecraft in a Watched World", text) == Category.OTHER


def test_a_report_of_spying_stays_espionage() -> None:
    text = (
        "State-backed spies broke into the ministry's mail servers for a year. The espionage campaign "
        "stole diplomatic cables." + FILLER + " Spying went on until March."
    )
    assert categorise("Ministry mail servers breached", text) == Category.APT_ESPIONAGE


def test_a_hacker_unmasked_by_police_is_law_enforcement() -> None:
    text = (
        "The National Crime Agency has unmasked the administrator of the Examplelock ransomware operation "
        "as a 31-year-old man. In addition, he has been sanctioned by three governments."
    )
    title = "Russian Hacker Ivan Examplov Unmasked as Examplelock Ransomware Administrator"
    assert categorise(title, text) == Category.LAW_ENFORCEMENT


def test_a_hacker_unmasked_by_researchers_keeps_the_crime() -> None:
    text = "Researchers traced the gang's leak site to a man in Example City, whose posts gave him away."
    title = "Russian Hacker Ivan Examplov Unmasked as Examplelock Ransomware Administrator"
    assert categorise(title, text) == Category.RANSOMWARE


def test_a_protective_mechanism_coming_to_a_product_is_research() -> None:
    text = (
        "Our main offering won't change next year, but we will add a new one: certificates that last "
        "six days. They lower the harm of a stolen key."
    )
    assert categorise("Short-Lived Certificates Coming to Exampleca", text) == Category.RESEARCH_TOOLING


def test_an_ai_agent_that_finds_flaws_is_a_tool() -> None:
    text = "Exampleai has launched an agent that scans code and proposes fixes for the flaws it finds."
    title = "Exampleai Unveils Scout: Agent That Finds and Fixes Code Flaws Automatically"
    assert categorise(title, text) == Category.RESEARCH_TOOLING


def test_malware_that_could_serve_spies_is_no_espionage() -> None:
    text = (
        "We are seeing chatbot-written malware in the wild. Forum members with little coding skill were "
        "using the chatbot to write software that could be used for espionage, ransomware and spam."
    )
    assert categorise("Chatbot-Written Malware", text) == Category.MALWARE_CAMPAIGN


def test_a_breach_observatory_is_a_tracker() -> None:
    text = (
        "Exampleco's new service watches dark-web markets and counts the breaches it sees there each month."
    )
    assert categorise("Exampleco opens a Data Breach Observatory", text) == Category.RESEARCH_TOOLING
