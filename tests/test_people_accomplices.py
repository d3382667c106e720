"""A person the article names in apposition to a word for a party to the case ("a co-conspirator,
X,", "zijn medeplichtige X") is a person whatever label the recogniser gives the name (fictional
names and cases; EN, FR, NL)."""

from __future__ import annotations

import pytest

from veilleur.enrich.people import people_charged

TITLE = "Scammer sent to prison"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Both Adeyemi and a co-conspirator, Jackson Oke Umaru, pleaded guilty to the fraud charges "
            "last winter.",
            "en",
        ),
        ("Adeyemi et un complice, Jackson Oke Umaru, ont été condamnés pour fraude.", "fr"),
        ("Adeyemi en zijn medeplichtige Jackson Oke Umaru zijn veroordeeld.", "nl"),
    ],
)
def test_an_accomplice_named_in_apposition_is_charged_too(text: str, lang: str) -> None:
    assert [p.name for p in people_charged(TITLE, text, lang, set())] == ["Jackson Oke Umaru"]


def test_a_firm_named_as_accomplice_is_no_person() -> None:
    text = "Both Adeyemi and a co-conspirator, Baker Street Holdings, pleaded guilty."
    assert people_charged(TITLE, text, "en", set()) == []
