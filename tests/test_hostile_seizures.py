"""What a seizure took, read from hostile or odd wordings: a sum longer than a count's bound, a
power's exponent, a magnitude the sum's reader does not take, a count of nothing, a sum past any.
Each was stated as another figure than the source's ("$999,999,999,999,999 billion" as "999 999 999
999 dollars", "10^400 servers" as "400 serveurs", "$500 thousand" as "500 dollars"). Fictional
inputs only."""

from __future__ import annotations

import re

import pytest

from veilleur.brief.amounts import money
from veilleur.brief.seizures import seized_object, seizure_statement
from veilleur.enrich.law_seized import seized_what
from veilleur.models import Fact

_SEIZED = re.compile(r"seized|saisi", re.I)


def _said(sentence: str) -> tuple[str, str]:
    """(what `law_seized` reads the sentence's last seizing word took, its French)."""
    match = list(_SEIZED.finditer(sentence))[-1]
    what = seized_what(sentence, match)
    return what, seized_object(what)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police seized $999,999,999,999,999 billion from the gang.",  # (cut after 16 characters)
        "Police seized 12,345,678,901,234,567 domains.",
        "Europol said 10^400 servers were seized.",  # (the exponent read as a count)
        "Police seized v145 domains.",  # (a number glued to a word)
        "Police seized $5 billions in assets.",  # (10^9 or 10^12 by the language: not read)
        "Police seized €2 quadrillions.",
    ],
)
def test_a_number_is_read_whole_or_not_at_all(sentence: str) -> None:
    assert _said(sentence) == ("", "")


def test_every_magnitude_of_a_sum_is_read() -> None:
    assert _said("Police seized $500 thousand in cash.") == ("$500 thousand", "500\u202f000 dollars")
    assert _said("Police seized $2 trillion.") == ("$2 trillion", "2\u202f000 milliards de dollars")
    assert _said("Die Polizei hat 3 Mio. Euro seized.")[1] == "3 millions d'euros"


def test_a_count_of_nothing_is_no_seizure_stated() -> None:
    assert _said("Police seized 0 domains.") == ("0 domains", "")
    assert seized_object("1 domain") == "1 domaine"


def test_a_sum_past_any_is_not_stated() -> None:
    assert money("$99999999999999 trillion") == ""
    assert money("$999 billion") == "999 milliards de dollars"


def test_the_usual_seizures_are_still_read() -> None:
    what, _ = _said("Police seized 145 domains and $2.3 million in cryptocurrency.")
    assert seizure_statement([Fact(value=what, sentence="Police seized them.")]).point == (
        "Saisie de 145 domaines et de 2,3 millions de dollars en cryptomonnaies."
    )
    assert (
        _said("Over EUR 1 098 500 in criminal assets was seized.")[1] == "plus de 1\u202f098\u202f500 euros"
    )
    assert _said("Police seized €1.3 million.")[1] == "1,3 million d'euros"
