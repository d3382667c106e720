"""The page's main organisation (`victim_main`): the subject of the headline or first sentence of an
incident page, saying or doing something about the attack, is tied to it though no sentence's
grammar is (`doc:main` instead of `doc:untied`). Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_main import main_subject
from veilleur.enrich.victim_model import candidates, choose


@pytest.mark.parametrize(
    ("title", "first", "name"),
    [
        ("Brelvik Motors settles for $12M over 2023 data breach", "", "Brelvik Motors"),
        ("Tarnwell Logistics Expects $40M Hit From June Cyberattack", "", "Tarnwell Logistics"),
        (
            "Crypto exchange halts withdrawals after wallet heist",
            "Turkish cryptocurrency exchange Orvacoin is halting all withdrawals amid fears of a heist.",
            "Orvacoin",
        ),
        (
            "Insurer faces extortion after data leak",
            "US insurance provider Kestrel Life, already grappling with lawsuits, now faces an extortion attempt.",
            "Kestrel Life",
        ),
        ("La mutuelle Varenne confirme une cyberattaque", "", "Varenne"),
    ],
)
def test_the_subject_of_an_incident_headline_or_first_sentence(title: str, first: str, name: str) -> None:
    whole = f"{title}\n{first}\n{name} said more later."
    assert main_subject(name, title, first, whole)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # What reporters and attackers do is no statement about one's own incident.
        ("Quorvex warns stolen signing keys used to sign malware", "Quorvex"),
        ("Dalen Frisk indicted for cyberattacks on hospitals", "Dalen Frisk"),
        ("Researchers say Quorvex halted its servers after the attack", "Quorvex"),
    ],
)
def test_reporters_attackers_and_names_inside_a_clause_are_not_the_subject(title: str, name: str) -> None:
    assert not main_subject(name, title, "", f"{title}\n{name} again.")


def test_a_name_written_once_is_no_page_subject() -> None:
    title = "Brelvik Motors settles for $12M over 2023 data breach"
    assert not main_subject("Brelvik Motors", title, "", title)


@pytest.mark.parametrize(
    ("title", "text", "category"),
    [
        (
            "Halverton Rail alerts 200k passengers that crooks stole their details",
            "Halverton Rail has alerted 200,000 passengers across three states that their personal details "
            "were stolen in a March security breach.\nThe intrusion lasted four days, according to filings. "
            "Halverton Rail said it hired outside experts.",
            "information-leak",
        ),
        (
            "Halverton Rail reaches $9M settlement over breach, expects regulator action",
            "Halverton Rail has agreed to pay $9 million to settle a lawsuit over its 2021 breach, according "
            "to its latest filing.\nHalverton Rail also expects an enforcement action.",
            "other",
        ),
    ],
)
def test_the_main_organisation_of_an_incident_page_is_its_victim(
    title: str, text: str, category: str
) -> None:
    found = candidates(title, text, "en", "exampleoutletcom", category)
    main = [c for c in found if c.name == "Halverton Rail"]
    assert main and "doc:main" in main[0].features and "doc:untied" not in main[0].features
    assert "Halverton Rail" in [c.name for c in choose(found)]
