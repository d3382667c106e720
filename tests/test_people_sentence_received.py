"""A person the sentence says received (or was handed) a sentence is a charged criminal (labelling
guide §6), as one "sentenced" is; the judge who hands it down is not. Sentences are ours; names are
invented."""

from __future__ import annotations

from veilleur.enrich.people import people_charged


def test_a_person_who_received_a_sentence() -> None:
    text = (
        "The leader of the gang, Dorian Vashkevich, received a life sentence for running the "
        "online drugs marketplace."
    )
    assert [p.name for p in people_charged("", text, "en", set())] == ["Dorian Vashkevich"]


def test_the_judge_who_hands_it_down_is_none() -> None:
    text = "Judge Anna Berrow handed a ten-year sentence to the fraudster, who had stolen from pensioners."
    assert people_charged("", text, "en", set()) == []
