"""A page that repeats one phrase thousands of times in one sentence, or defines thousands of names:
each rule reads it in time linear in the page. Before, a state agency's acronym introduced 10,000
times made a pattern of 10,000 alternatives tried at every position (30 s for 300,000 characters),
each law word of a sentence with no full stop read the rest of it for a crime forum's apposition
(27 s), and each pair of names defined in brackets was searched with a pattern that opens on a
lookbehind, tried at every position of the page (8 s). Fictional inputs only; no timing asserted:
the bounds are checked (bench/hostile_inputs.py measures costs)."""

from __future__ import annotations

import itertools
import re
import types
from typing import Any

import pytest

from veilleur.enrich import threat_agencies, threat_described, victim_descriptions


def _introductions(count: int) -> str:
    """`count` distinct agencies introduced by their acronyms: "Security agency (ABC)"."""
    acronyms = ("".join(letters) for letters in itertools.product("ABCDEFGHJKLMNPQ", repeat=3))
    return " ".join(f"Security agency ({a})" for a in itertools.islice(acronyms, count))


class _Compiled(types.SimpleNamespace):
    """The `re` module as threat_agencies sees it, recording the patterns it compiles."""

    def __init__(self) -> None:
        super().__init__(patterns=[], escape=re.escape)

    def compile(self, pattern: str, *args: Any) -> re.Pattern[str]:
        self.patterns.append(pattern)
        return re.compile(pattern, *args)


@pytest.mark.parametrize(
    "introduced",
    [_introductions(500), "Defence Intelligence agency (HUR) " * 1_000],
    ids=["distinct", "repeated"],
)
def test_the_agencies_a_page_introduces_make_a_bounded_pattern(
    monkeypatch: pytest.MonkeyPatch, introduced: str
) -> None:
    recording = _Compiled()
    monkeypatch.setattr(threat_agencies, "re", recording)
    text = f"{introduced}\nGRU hackers breached the ministry's mail server. AAC hackers stole its files."
    found = threat_agencies.agencies_at_work(text)
    assert found[0] == "GRU"
    assert max(map(len, recording.patterns)) < 1_000, max(map(len, recording.patterns))


def test_an_introduced_agency_is_still_read_once_among_a_few() -> None:
    text = (
        "The Defence Intelligence agency (HUR) and the Security Service (KRV) said so. "
        "The Defence Intelligence agency (HUR) claims that its hackers stole the files; KRV hackers breached "
        "a ministry."
    )
    assert threat_agencies.agencies_at_work(text) == ["HUR", "KRV"]


def test_a_crime_place_is_read_in_a_bounded_gap_from_the_law_word() -> None:
    pattern = threat_described._crime_place().pattern
    assert "[^.!?\\n]*" not in pattern, "an unbounded gap reads the rest of the sentence from each law word"
    sentence = (
        "The FBI seized the servers of Quillmart, a popular crime forum, "
        + "and of others " * 20
        + "in March."
    )
    assert threat_described.crime_places(sentence) == ["Quillmart"]
    assert threat_described.crime_places(
        "Police arrested " + "many people and " * 40 + "Quillmart, a fraud market that sold cards."
    ) == ["Quillmart"]


def test_a_line_of_law_words_and_appositions_is_read() -> None:
    line = "police arrested people and the fraud of " * 2_000 + "Quillmart, a crime forum for thieves."
    assert threat_described.crime_places(line) == ["Quillmart"]


class _Searched(types.SimpleNamespace):
    """The `re` module as victim_descriptions sees it, recording the patterns searched in the text."""

    def __init__(self, text: str) -> None:
        super().__init__(text=text, opening=[])

    def __getattr__(self, name: str) -> Any:
        found = getattr(re, name)
        if name != "search":
            return found

        def search(pattern: str, string: str, *args: Any) -> Any:
            if string == self.text and pattern.startswith("(?<"):
                self.opening.append(pattern)
            return found(pattern, string, *args)

        return search


def test_a_short_form_is_found_without_searching_the_page_from_a_lookbehind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Scandinavian Airlines (SAS) was hit. SAS said its app was down."
    recording = _Searched(text)
    monkeypatch.setattr(victim_descriptions, "re", recording)
    assert victim_descriptions.short_forms(["Scandinavian Airlines", "SAS"], text) == {"SAS"}
    assert recording.opening == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scandinavian Airlines (SAS) was hit.", {"SAS"}),
        ("Scandinavian Airlines( SAS ) was hit.", {"SAS"}),
        ("XScandinavian Airlines (SAS) was hit.", set()),
        ("Pre-Scandinavian Airlines (SAS) was hit.", set()),
        ("XScandinavian Airlines, Scandinavian Airlines (SAS) was hit.", {"SAS"}),
        ("SAS hit\nScandinavian Airlines (SAS) was hit.", {"Scandinavian Airlines"}),
        ("Scandinavian Airlines (SASX) was hit.", set()),
    ],
)
def test_a_short_form_is_a_whole_name_in_brackets(text: str, expected: set[str]) -> None:
    assert victim_descriptions.short_forms(["Scandinavian Airlines", "SAS"], text) == expected
