"""Scams by phone are fraud carried out on people (GUIDE.md §3), named as consumer-security outlets
name them: spam and scam calls, robocalls, in EN/FR/DE/NL; a sales call or a phone's ringtone is not.
Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

BODY = (
    "Registering a number on the national list was meant to end it, yet readers tell us the calls keep "
    "coming every week, at dinner and at work, from numbers that change every day. The agency that runs "
    "the list says it can only act against firms that follow the law, and most of these do not. "
)


@pytest.mark.parametrize(
    "lead",
    [
        "Why do we still get billions of spam calls a month? ",
        "Robocalls keep ringing on phones registered with the national list. ",
        "Pourquoi les appels frauduleux continuent-ils ? ",
        "Warum hören die Betrugsanrufe nicht auf? ",
        "Waarom bellen nepbellers nog steeds? ",
    ],
)
def test_scams_by_phone_are_relevant(lead: str) -> None:
    assert (
        relevance_score("Why the national call-blocking list doesn't work", (lead + BODY) * 2)
        >= DEFAULT_MIN_RELEVANCE
    )


def test_a_sales_call_is_not() -> None:
    text = "The shop's staff call customers to offer the new phone plan and its ringtones. " * 6
    assert relevance_score("Retailer trains staff for its sales calls", text) < DEFAULT_MIN_RELEVANCE
