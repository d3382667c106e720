"""A dictionary word written once before its attack noun is a kind of attack ("Insider breach at
X"), and no part of an agency's name is a name of its own ("Securities" of "The Securities and
Exchange Commission"). Fictional text."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.models import Article

URL = "https://echo.example/a"


def _victims(title: str, text: str) -> list[str]:
    intel = enrich(Article(url=URL, canonical_url=URL, title=title, text=text, lang="en"))
    return [v.name for v in intel.victims]


def test_a_word_before_breach_is_a_kind_of_breach() -> None:
    text = (
        "A former employee of Kelvar Bank downloaded the records of 12,400 borrowers before leaving, the "
        "lender said in a filing. Kelvar Bank has notified the affected customers and the police."
    )
    assert _victims("Insider breach at Kelvar Bank exposes data of 12,400 borrowers", text) == ["Kelvar Bank"]


def test_a_name_written_again_before_breach_stays_a_victim() -> None:
    text = (
        "Harbour ferry operator Lantern said attackers breached its booking system. Lantern has restored "
        "bookings and is notifying passengers."
    )
    assert "Lantern" in _victims("Lantern breach exposes ferry passengers' details", text)


def test_a_part_of_an_agency_is_no_name() -> None:
    text = (
        "The Securities and Exchange Commission (SEC) has announced rules around breaches for certain "
        "financial institutions that require them to have written incident response policies."
    )
    assert _victims("Financial institutions ordered to notify customers after a breach", text) == []
