"""An arrest count past any operation's, or of no one, is not stated. The count written with thousands'
commas (read whole since 59c8f72..51e2836: "arrested 1,209 cybercriminals") had no bound: "arrested
1,000,000,000,000,000,000,000,000,000 suspects" was briefed "1 000 000 000 000 000 000 milliards
arrestations ont été annoncées", and a count of 2,000 groups raised in int() (past its 4,300 digits).
A count of nothing ("arrested 0 people") was "0 arrestations". Made-up sentences only."""

from __future__ import annotations

import pytest

from veilleur.brief.arrests import arrest_count, arrests_said

ABSURD = {
    "a billion billions": "arrested " + "1" + ",000" * 9 + " suspects",
    "a million": "arrested 1,000,000 people",
    "thousands of groups": "arrested " + "1" + ",000" * 2_000 + " people",
    "nobody": "arrested 0 people",
    "nobody, in thousands": "arrested 0,000 people",
}


@pytest.mark.parametrize("value", ABSURD.values(), ids=list(ABSURD))
def test_an_absurd_arrest_count_is_not_stated(value: str) -> None:
    assert arrest_count(value) == ""
    assert arrests_said([(value, f"Police {value} on Monday.")]) == ""


@pytest.mark.parametrize(
    ("value", "count"),
    [
        ("arrested 1,209 cybercriminals", "1\u202f209"),
        ("arrested 999,999 people", "999\u202f999"),
        ("arrested 12 suspects", "12"),
        ("arrested four men", "quatre"),
        ("1,200 people", "1\u202f200"),
        ("arrested one hacker", "une"),
    ],
)
def test_the_usual_arrest_counts_are_still_stated(value: str, count: str) -> None:
    assert arrest_count(value) == count
