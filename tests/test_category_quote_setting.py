"""Shapes read on an unlabelled sample (seed 3131) and the development parts' errors: a quote's speaker
named after its comma ("…, admits outgoing director") makes no admission of guilt; a government that the
lead names is the setting of a page that goes on to name some kind of event more often than policy, and
the author of the rule of a page that goes on about policy. Fictional headlines and leads."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.enrich.category_context import lead_weak_kind
from veilleur.models import Category

_QUOTE = "We did a lot, but much is left to do, admits outgoing national cyber coordinator"
_QUOTE_LEAD = (
    "The departing coordinator spoke to a think tank on Tuesday. She praised her team's work over four years "
    "and listed what her successor will find on the desk."
)


def test_a_quote_speaker_after_a_comma_admits_no_crime() -> None:
    assert categorise(_QUOTE, _QUOTE_LEAD) != Category.LAW_ENFORCEMENT


def test_an_admission_of_a_crime_stays_police_news() -> None:
    title = "Student admits running a rented botnet from his dormitory"
    assert categorise(title, "He faces a hearing next month.") == Category.LAW_ENFORCEMENT


_SETTING_LEAD = (
    "A hosting firm close to the Kremlin turns out to power thousands of web pages. Its owners serve visitors "
    "from every country, night and day."
)
_SCAM_REST = (
    " Every page is a scam. The pages trick visitors into typing card numbers, and the fraud nets millions."
    " Researchers traced the phishing kits behind them to one seller, whose scam pages copy banks and shops."
    " The operators keep moving the pages from one address to another to stay ahead of the takedown requests"
    " that the banks send, and the visitors who fell for them rarely see their money again."
)
_POLICY_REST = (
    " Lawmakers now want a law that would force such firms to know their customers. The bill follows a"
    " government strategy published last spring, and a regulator would enforce the new regulation."
    " The firm says it follows every rule that applies to it and will comply with whatever the parliament"
    " decides, though its lawyers argue the text goes further than the rest of Europe does."
)


def test_a_government_in_the_lead_is_the_setting_of_a_scam_page() -> None:
    title = "Inside the empire behind the midnight pop-ups"
    assert categorise(title, _SETTING_LEAD + _SCAM_REST) == Category.FRAUD_PHISHING
    assert lead_weak_kind(_SETTING_LEAD, _SETTING_LEAD + _SCAM_REST) == Category.FRAUD_PHISHING


def test_a_government_in_the_lead_of_a_policy_page_is_the_rules_author() -> None:
    title = "Inside the empire behind the midnight pop-ups"
    assert categorise(title, _SETTING_LEAD + _POLICY_REST) == Category.POLICY_REGULATION


def test_a_lead_with_research_words_only_keeps_them() -> None:
    lead = "The researchers published their analysis of the pages on Monday."
    assert lead_weak_kind(lead, lead) == Category.RESEARCH_TOOLING
