"""Patterns that read a run of words before a name ("American Associated Pharmacies (AAP)", "car
rental giant Avis", "Identity Services Engine (ISE)", a person's full name) read each word of a
bounded length: unbounded, a search across a run of letters with no space read the rest of the
run from each of its letters, the square of the run (a 32,000-letter run before "(AAP)": 10 s of
one article's enrichment; the 500,000 characters read of an article, some 40 minutes). Fictional
inputs only."""

from __future__ import annotations

import re
import types
from typing import Any

import pytest

from veilleur.enrich import (
    enrich,
    facts,
    impacts,
    law_facts,
    people_listed,
    products,
    victim_descriptions,
    victim_reporting,
)
from veilleur.models import Article

# A character class of word characters repeated without bound: "[\w-]*", "[\w&'’-]+".
_UNBOUNDED_WORD = re.compile(r"\[[^\]]*\\w[^\]]*\][*+]")


class _Recording(types.SimpleNamespace):
    """The `re` module as a module under test sees it, recording each pattern it is handed."""

    def __init__(self) -> None:
        super().__init__(patterns=[])

    def __getattr__(self, name: str) -> Any:
        found = getattr(re, name)
        if name not in {"search", "finditer", "match", "fullmatch", "compile", "findall", "sub"}:
            return found

        def recorded(pattern: Any, *args: Any, **kwargs: Any) -> Any:
            self.patterns.append(pattern if isinstance(pattern, str) else pattern.pattern)
            return found(pattern, *args, **kwargs)

        return recorded


def _before(pattern: str, name: str) -> str:
    """The part of `pattern` before the name it looks for (the whole pattern without one)."""
    at = pattern.find(re.escape(name))
    return pattern if at < 0 else pattern[:at]


@pytest.mark.parametrize(
    ("module", "call", "name"),
    [
        (
            victim_descriptions,
            lambda: victim_descriptions.descriptions("Acme", "car rental giant Acme"),
            "Acme",
        ),
        (victim_descriptions, lambda: victim_descriptions._expanded("AAP", "Amer Assoc Pharm (AAP)"), "AAP"),
        (products, lambda: products._expand("Quill WAF", "Web App Firewall (WAF)"), "WAF"),
        (
            victim_reporting,
            lambda: victim_reporting.bracketed_agency("HC3", "Health Coordination Center (HC3)"),
            "HC3",
        ),
    ],
)
def test_the_words_read_before_a_name_are_bounded(
    monkeypatch: pytest.MonkeyPatch, module: types.ModuleType, call: Any, name: str
) -> None:
    recording = _Recording()
    monkeypatch.setattr(module, "re", recording)
    call()
    assert recording.patterns
    for pattern in recording.patterns:
        assert not _UNBOUNDED_WORD.search(_before(pattern, name)), pattern


def test_a_full_name_reads_bounded_words() -> None:
    assert not _UNBOUNDED_WORD.search(people_listed.FULL_NAME.pattern)


def test_names_are_still_read_past_a_run_of_letters() -> None:
    run = "Q" * 32_000
    text = (
        f"AAP was hit by a ransomware attack on Monday, the company said.\n{run}.\n"
        "American Associated Pharmacies (AAP) restored its systems."
    )
    url = "https://news.example/a"
    intel = enrich(
        Article(
            url=url,
            canonical_url=url,
            title="Ransomware attack hits a pharmacy cooperative",
            text=text,
            lang="en",
        )
    )
    assert [v.name for v in intel.victims] == ["American Associated Pharmacies"]
    # (descriptions are read in the first 5,000 characters)
    assert victim_descriptions.descriptions(
        "Avis", f"{run[:4000]}\nThe car rental giant Avis was hacked."
    ) == ["The car rental giant"]


def test_a_security_body_is_still_read_before_its_bracketed_name_past_a_run() -> None:
    # "CVE-2024-CVE-2024-…": each capital of a run with no space read the rest of the run (a
    # 100,000-character run: over a minute in bracketed_agency alone).
    run = "CVE-2024-" * 4_000
    text = f"{run}\nThe Health Sector Cybersecurity Coordination Center (HC3) warned hospitals."
    assert victim_reporting.bracketed_agency("HC3", text)
    assert not victim_reporting.bracketed_agency("HC3", f"{run} (HC3)")


def test_the_words_between_an_amount_and_what_it_counts_are_bounded() -> None:
    # "CVE-2024-CVE-2024-…": each number after a hyphen began an amount whose words ("1.2 million
    # customer records") read the rest of the run (a 100,000-character run in one sentence: over
    # 40 s of one article's enrichment).
    assert not _UNBOUNDED_WORD.search(impacts._AMOUNT.pattern)
    assert not _UNBOUNDED_WORD.search(facts._STOLEN.pattern)


def test_an_amount_is_still_read_past_a_run_with_numbers() -> None:
    run = "CVE-2024-" * 2_000
    sentence = f"Hackers tracked as {run} stole 2 million customer records from Quillpage."
    stolen = [i for i in impacts.find_impacts(sentence) if i.kind == "data_stolen"]
    assert [i.amount for i in stolen] == ["2 million customer records"]
    found = facts._STOLEN.search(sentence)
    assert found is not None and found.group(0) == "2 million customer records"


def test_a_claimant_is_read_in_bounded_words() -> None:
    # "Hackers tracked as QQQ… and others claimed the attack": each capital of the run began a
    # claimant whose word read the rest of the run (16,000 characters: 10 s of one sentence).
    assert not _UNBOUNDED_WORD.search(facts._WHO)
    run = "Q" * 4_000
    assert facts._CLAIMED.search(f"Hackers tracked as {run} and others claimed the attack") is None
    found = facts._CLAIMED.search(f"{run}, and the Quillwork gang has claimed the attack on Valbrune.")
    assert found is not None and found.group("who") == "Quillwork"


def test_an_arrest_count_starts_a_run_of_digits() -> None:
    # "1,1,1,…x people were arrested": each digit of the run began a count that read the rest of
    # the run (16,000 characters: 1.1 s of one sentence).
    run = "1," * 2_000
    assert law_facts._ARRESTED.search(f"Police said {run}x people were arrested") is None
    assert (
        law_facts._ARRESTED.pattern.match(f"{run}3 people", 2) is None
    )  # (before: a count from inside the run)
    found = law_facts._ARRESTED.search(f"{run}. Police made 3 arrests in Valbrune.")
    assert found is not None and found.group(0) == "3 arrests"
