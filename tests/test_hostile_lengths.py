"""A hostile page's headline or text as long runs (200,000 characters of one letter, digits, a
CVE-like prefix repeated): enrichment and clustering read a bounded headline, the amounts' runs are
bounded, a long line is counted into words a bounded number of times; no conversion of a long digit
run raises. The guards are checked, not a time (a loaded machine may exceed any bound):
bench/hostile_inputs.py measures what these inputs cost."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date
from types import FrameType
from typing import Any

import pytest

import veilleur.enrich as enrich_module
from veilleur.cluster.features import features_of, numbers_of
from veilleur.enrich import enrich
from veilleur.enrich.facts import attack_facts
from veilleur.enrich.impacts import GAP, find_impacts
from veilleur.models import Article
from veilleur.text import HEADLINE_CHARS

BODY = (
    "A critical flaw tracked as CVE-2026-41001 in the fictional Quillpage server is exploited in the wild, "
    "the vendor said on Monday. Version 4.2.1 fixes it; administrators should update now.\n"
) * 3
RUNS = {
    "digits": "1234567890",
    "letter": "a",
    "capital": "A",
    "cve prefix": "CVE-2024-",
    "dashes": "-",
}


def article(title: str, text: str = BODY) -> Article:
    return Article(
        url="https://example.test/a", canonical_url="https://example.test/a", title=title, text=text
    )


def test_numbers_of_reads_a_run_of_thousands_of_digits() -> None:
    run = "7" * 5000  # past int()'s 4,300 digits
    assert numbers_of(f"leaked {run} records, 0012 files in 2024, 1,2 million") == {run, "12"}


def test_the_features_of_a_headline_of_digits() -> None:
    features = features_of("1", date(2026, 11, 30), "9" * 6000, BODY)
    assert len(features.title) == HEADLINE_CHARS
    assert features.cves == {"CVE-2026-41001"}


def _headline_bounded(call: Callable[..., Any], handed: list[int]) -> Callable[..., Any]:
    """`call`, failing the test when its first argument's first line is longer than a headline."""

    def bounded(first: str, *args: Any, **kwargs: Any) -> Any:
        handed.append(len(first.split("\n", 1)[0]))
        assert handed[-1] <= HEADLINE_CHARS, f"{call.__name__} handed a headline of {handed[-1]:,} characters"
        return call(first, *args, **kwargs)

    return bounded


@pytest.mark.parametrize("unit", RUNS.values(), ids=list(RUNS))
def test_enrichment_of_a_huge_headline_reads_its_first_part(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The headline is read for HEADLINE_CHARS characters: the same Intel as for that part alone,
    and the headline rules are never handed more (before, a 200,000-character run took minutes in
    them)."""
    title = (unit * (200_000 // len(unit) + 1))[:200_000]
    handed: list[int] = []
    for name in ("relevance_score", "promotional_reason", "categorise", "find_threats"):
        monkeypatch.setattr(enrich_module, name, _headline_bounded(getattr(enrich_module, name), handed))
    intel = enrich(article(title))
    assert intel == enrich(article(title[:HEADLINE_CHARS]))
    assert len(handed) >= 8 and max(handed) == HEADLINE_CHARS, handed  # the wrappers were called


TRIGGERS = (
    "The LockBit ransomware group claimed the attack and demanded a ransom paid in bitcoins; the flaw was "
    "fixed in version 4.2.1, versions prior to 4.2 and earlier, devices and servers "
)


@pytest.mark.parametrize("unit", ["1,", "1234567890", "1.2."], ids=["commas", "digits", "dots"])
def test_impacts_and_attack_facts_of_a_long_number_run_read_bounded_amounts(unit: str) -> None:
    """A sentence with the rules' trigger words around a run of 20,000 digits and separators: the
    impacts' gap (a comma allowed by two of its branches: exponential) and the ransom amount (an
    unbounded digit run tried from each digit: quadratic) took minutes before. The facts are still
    found; the bounds are checked below."""
    run = (unit * (20_000 // len(unit) + 1))[:20_000]
    text = f"{TRIGGERS}{run} {TRIGGERS}"
    impacts = find_impacts(text)
    attack_facts("Ransomware attack on Quillpage", text)
    assert {impact.kind for impact in impacts} >= {"ransom_demanded"}


def test_no_character_of_the_impacts_gap_is_read_by_two_of_its_branches() -> None:
    """Two branches of the repeated gap reading the same character made it backtrack exponentially
    on '1,1,1,…' (> 30 s for 2,000 characters)."""
    repeated = re.fullmatch(r"\(\?:(.*)\)\{0,70\}\?", GAP)
    assert repeated is not None, GAP
    branches = [re.compile(branch) for branch in re.split(r"\|(?![^\[]*\])", repeated.group(1))]
    assert len(branches) >= 2, branches
    for sample in ("1,2", "1.2", "a,b", "1 2"):
        readers = [b.pattern for b in branches if b.match(sample, 1)]
        assert len(readers) <= 1, (sample, readers)


@pytest.mark.parametrize(
    "sentence",
    [
        "The attackers demanded a ransom of ${run} million from Quillpage.",
        "Quillpage paid {run} dollars ransom to the gang.",
        "The gang demanded {run} euros from Quillpage.",
    ],
)
def test_a_ransom_amount_reads_a_bounded_run_of_digits(sentence: str) -> None:
    """An amount is at most 25 digits and separators (an unbounded run, tried from each of its
    digits, was quadratic: 20,000 digits took 14 s); a longer run is not read at all (its first
    or last 25 digits are no amount the page states)."""
    facts = attack_facts("Ransomware attack on Quillpage", sentence.format(run="1" * 40))
    assert facts is None or not facts.ransom
    facts = attack_facts("Ransomware attack on Quillpage", sentence.format(run="1" * 25))
    assert facts is not None and [f.value.count("1") for f in facts.ransom] == [25]


def test_the_bounded_amounts_read_what_they_read() -> None:
    facts = attack_facts(
        "Ransomware attack on Quillpage",
        "The attackers demanded a ransom of $4,500,000 from Quillpage. Quillpage paid 1.2 million euros. "
        "Data of 1,200,000 customers was stolen.",
    )
    assert facts is not None
    assert [fact.value for fact in facts.ransom][:1] == ["$4,500,000"]
    (stolen,) = [
        i
        for i in find_impacts("Data of 1,200,000 customers was stolen by the gang.")
        if i.kind == "data_stolen"
    ]
    assert stolen.amount == "1,200,000 customers"


LEAD = (
    "The fictional company Quillpage Corp was hit by a ransomware attack on Monday that encrypted its "
    "servers, the company said. The LockBit gang claimed the attack and demanded a ransom.\n"
)
# Bodies of one long line: capitalised words, names listed, names in quotes, "its" sentences.
LINE_RUNS = {
    "capitalised words": "Alpha Beta Gamma Delta Epsilon ",
    "names listed": "Acme, Beta, Gamma and ",
    "names quoted": "\"Acme\" “Beta” 'Gamma' ",
    "its systems": "Acme Corp confirmed an attack on its systems and their networks, ",
}


def _characters_split(call: Callable[[], object]) -> int:
    """Characters of the strings `str.split` is called on while `call` runs (the words of a line
    counted again and again are what made a long line quadratic)."""
    split = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal split
        if event == "c_call" and getattr(arg, "__name__", "") == "split":
            receiver = getattr(arg, "__self__", None)
            if isinstance(receiver, str):
                split += len(receiver)

    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return split


@pytest.mark.parametrize("unit", LINE_RUNS.values(), ids=list(LINE_RUNS))
def test_enrichment_of_a_long_line_of_names_splits_it_a_bounded_number_of_times(unit: str) -> None:
    """A 20,000-character body of one line is split into words a bounded number of times (about a
    dozen). The threat mentions asked whether the line was a Title Case headline for each name in
    it, counting the whole line's words each time: 36 s of CPU for 200,000 characters before (the
    line split about 2,000 times its length at 20,000)."""
    enrich(article("Ransomware attack on Quillpage Corp", LEAD + unit))  # patterns compiled, models loaded
    size = 20_000
    body = (unit * (size // len(unit) + 1))[:size]
    page = Article(
        url="https://example.test/a",
        canonical_url="https://example.test/a",
        title="Ransomware attack on Quillpage Corp",
        text=LEAD + body,
        lang="en",
    )
    found = []
    split = _characters_split(lambda: found.append(enrich(page)))
    assert found[0].relevant
    assert len(body) <= split <= 40 * len(body), split / len(body)
