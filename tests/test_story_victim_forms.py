"""A victim's name written two ways by two outlets — a possessive ("Quillmark's", "Quillmark’s"),
an abbreviation's full stop ("Quillmark Corp."), a domain defanged or not ("Quillmark[.]io",
"quillmark.io") — is one victim, not "two attacks on two victims"; a victim of another name
still is. All names and texts are fictional."""

from __future__ import annotations

from dataclasses import replace

from test_stories_languages import DAY, _features
from test_story_platforms import _score

from veilleur.cluster.features import Features, victim_words
from veilleur.cluster.folding import name_forms
from veilleur.cluster.stories import Clusterer

ONE = (
    "Quillmark’s customer portal breached, records of 41,000 clients stolen",
    "Quillmark Corp. said attackers broke into its customer portal and stole the records of 41,000 "
    "clients; the company has reset every password and called in the police.",
)
TWO = (
    "Quillmark[.]io breach exposes 41,000 customers",
    "Intruders took the records of 41,000 customers from the portal of Quillmark[.]io, the firm told "
    "its clients on Tuesday, and every password has been reset.",
)
OTHER = (
    "Brenvale Inc.'s customer portal breached, records of 41,000 clients stolen",
    "Brenvale Inc. said attackers broke into its customer portal and stole the records of 41,000 "
    "clients; the company has reset every password and called in the police.",
)


def _read_as(article: Features, name: str) -> Features:
    """`article` as the victim recogniser read it: `name` its first (and only) victim."""
    words = victim_words([name])
    return replace(article, victims=words, victim=words)


def test_a_name_sheds_its_possessive_full_stop_and_defanged_dot() -> None:
    assert name_forms("quillmark's") == name_forms("quillmark’s") == ["quillmark"]
    assert name_forms("corp.") == ["corp"] and name_forms("quillmark[.]io") == ["quillmark.io", "quillmark"]
    assert name_forms("quillmark.io") == ["quillmark.io", "quillmark"] and name_forms("'") == []
    assert name_forms("www.quillmark.io") == ["www.quillmark.io", "quillmark"]
    assert victim_words(["Quillmark Corp's"]) == victim_words(["Quillmark Inc."]) == {"quillmark"}
    assert victim_words(["Quillmark[.]io"]) == {"quillmark", "quillmark.io"}


def test_one_victim_written_two_ways_joins_and_another_victim_stays_apart() -> None:
    one, two, other = _features([("one", DAY, ONE, "a"), ("two", DAY, TWO, "b"), ("other", DAY, OTHER, "c")])
    one, two = _read_as(one, "Quillmark’s"), _read_as(two, "Quillmark[.]io")
    score, signals = _score(two, one)
    assert "different victims" not in [str(s) for s in signals], signals
    assert score >= Clusterer().weights.join and any(str(s).startswith("shared victim") for s in signals)
    # Same wording, same figures, another firm: two attacks.
    score, signals = _score(_read_as(other, "Brenvale Inc.'s"), one)
    assert score == 0.0 and str(signals[-1]) == "different victims", signals
