"""A count of 24 digits (a hostile page, a typo, a hash read as a number) went through a float on
its way to the briefing and came out rounded: "123456789012345678901234 records" was written
"123 456 789 012 345,7 milliards d'enregistrements", a number the source does not state, and the
guard let a model's rounded figure pass (values compared within a relative 1e-9). Counts of more
than 15 digits — more than any count of people, records or messages, and past what a float holds
exactly — are not read as amounts; the guard compares values exactly."""

from __future__ import annotations

import pytest

from veilleur.brief.amounts import parse_amount, written_number
from veilleur.brief.guard.numbers import NumberIndex, find_numbers
from veilleur.brief.record_facts import _scale_statements as scale_statements_of
from veilleur.models.intel import AttackFacts, Fact

HUGE = "123456789012345678901234"


@pytest.mark.parametrize(
    "amount",
    [f"{HUGE} records", "123,456,789,012,345,678,901,234 records", "more than 9007199254740993 records",
     "1 234 567 890 123 456 patients"],
)  # fmt: skip
def test_an_absurd_count_is_no_amount(amount: str) -> None:
    assert parse_amount(amount) == ""


def test_counts_a_source_may_state_are_still_read() -> None:
    assert parse_amount("26,000,000,000 records") == "26 milliards d'enregistrements"
    assert parse_amount("more than 4,000 patients") == "plus de 4\u202f000 patients"
    assert written_number("999999999999999") == 999999999999999
    assert written_number("1234567890123456") is None


def test_an_absurd_scale_is_not_said() -> None:
    facts = AttackFacts(scale=[Fact(value="more than 123 456 789 012 345 678 901 234 emails", sentence="s")])
    assert scale_statements_of(facts) == []
    facts = AttackFacts(scale=[Fact(value="more than 4,000 emails", sentence="s")])
    assert [s.point for s in scale_statements_of(facts)] == ["Plus de 4\u202f000 courriels."]


def test_the_guard_compares_numbers_exactly() -> None:
    index = NumberIndex([f"The leak holds {HUGE} records, the fictional vendor said."])
    [same] = find_numbers(HUGE)
    [rounded] = find_numbers("123456789012345678901235")
    assert index.supported(same) and not index.supported(rounded)
    assert index.unsupported("123 456 789 012 345,7 milliards d'enregistrements") != []
    # Formats still agree: magnitudes, decimals with either mark, number words.
    index = NumberIndex(["1.2 million records and 4,000 patients, seven servers, 41.5% of them"])
    assert index.unsupported("1,2 million d'enregistrements, 4 000 patients, sept serveurs, 41,5 %") == []
    assert index.unsupported("1 200 000 enregistrements") == []


def test_thousands_of_digits_are_no_value_and_raise_nothing() -> None:
    index = NumberIndex(["1" * 5_000 + " records"])
    assert index.unsupported("1" * 5_000) == ["1" * 5_000]


def test_a_long_count_is_not_read_from_its_tail() -> None:
    """Enrichment read "…,012,345,678,901,234 patient records" out of a 24-digit count: a number
    the source does not state. A count is read whole or not at all."""
    from veilleur.enrich.facts import attack_facts

    def stolen(text: str) -> list[str]:
        facts = attack_facts("Clinic hacked", text)
        return [fact.value for fact in facts.stolen] if facts else []

    text = "The gang stole 123,456,789,012,345,678,901,234 patient records from the fictional clinic."
    assert stolen(text) == []
    spaced = "The gang stole 123 456 789 012 345 678 901 234 patient records from the fictional clinic."
    assert stolen(spaced) == []
    kept = "The gang stole 1,234,567 patient records and 4 000 files from the fictional clinic."
    assert stolen(kept)[:1] == ["1,234,567 patient records"]
