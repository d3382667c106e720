"""Research or other when a headline names no event (GUIDE.md §4): a mode or feature that keeps data
private, the security controls one chooses and a red teamer's craft are defensive practices and
security features (research); a firm's progress report on its own programme is no threat report;
the Italian "ai" and the French "j'ai" are no AI. Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    "title",
    [
        "Repair mode aims to keep tablet photos private while it is serviced",
        "New kiosk mode designed to shield customer data on shared terminals",
        "Choosing security controls after a risk assessment",
        "Un articolo su come scegliere i controlli di sicurezza dopo l'analisi del rischio",
        "Comment choisir les contrôles de sécurité d'un petit cabinet",
        "Red team operator on how he walks into offices and pretends to be a courier",
        "Stato delle norme ISO/IEC 270xx - Marzo 2031",
    ],
)
def test_a_security_feature_or_defensive_practice_is_research(title: str) -> None:
    assert categorise(title, "") == Category.RESEARCH_TOOLING


@pytest.mark.parametrize(
    "title",
    [
        "Progress report on Examplecorp's secure software pledge",
        "Sanzione del Garante ai responsabili dell'ospedale",
    ],
)
def test_a_progress_report_or_an_italian_ai_is_other(title: str) -> None:
    assert categorise(title, "") == Category.OTHER


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # deceivers who are the headline's subject stay a fraud, even posing as testers
        ("Scammers pretend to be red team testers to trick staff", Category.FRAUD_PHISHING),
        # a breach of a testing firm stays a breach
        ("Pentest firm hit by data breach, customer reports stolen", Category.DATA_BREACH),
        # a report of threat figures stays research, and AI written as such stays a research word
        ("Examplecorp report: attacks on routers rose 40%", Category.RESEARCH_TOOLING),
        ("AI agents and the analyst's working day", Category.RESEARCH_TOOLING),
    ],
)
def test_the_shapes_keep_their_bounds(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
