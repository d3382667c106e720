"""Three of the guide's decisions told without their usual words (bench/data/intel/GUIDE.md §4, §13):
logins recycled from other breaches are credential stuffing, `phishing`, even when only the lead says
so; tricking a chatbot into saying what it should not is an AI jailbreak, `research-tooling`, not a
product's flaw; Italian messages or credentials 'rubati' (stolen) are an information leak. Fictional
headlines and leads."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

_REST = (
    "The company said it had reset the passwords of the accounts concerned and asked its customers to "
    "choose a password they use nowhere else, and to turn on the second step of signing in. "
)


def test_recycled_logins_in_the_lead_are_credential_stuffing() -> None:
    lead = (
        "Crooks got into thousands of Examplo Outdoor shop accounts using recycled logins, the retailer "
        "said. It has reset the passwords of the accounts concerned."
    )
    rest = f"{_REST * 3}Password reuse is what made the accounts easy to take over, the retailer added."
    found = categorise("Examplo Outdoor resets shoppers' accounts", f"{lead} {rest}")
    assert found == Category.FRAUD_PHISHING


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("How to trick ChatGPT into revealing licence keys", Category.RESEARCH_TOOLING),
        ("Researchers fool an AI assistant into writing malware", Category.RESEARCH_TOOLING),
        ("Examplo e i messaggi rubati", Category.DATA_BREACH),
        ("Credenziali rubate a un comune del Veneto", Category.DATA_BREACH),
    ],
)
def test_the_headline_decides(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Scammers trick shoppers into paying for fake parcels", Category.FRAUD_PHISHING),
        ("Flaw in ChatGPT plugin exposes users' chats", Category.VULNERABILITY),
    ],
)
def test_the_same_words_in_another_event(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
