"""A hostile page's headline or text as long runs (200,000 characters of one letter, digits, a
CVE-like prefix repeated): enrichment and clustering read a bounded headline, and finish in a CPU
time that does not grow with it; no conversion of a long digit run raises."""

from __future__ import annotations

import time
from datetime import date

import pytest

from veilleur.cluster.features import features_of, numbers_of
from veilleur.enrich import enrich
from veilleur.enrich.facts import attack_facts
from veilleur.enrich.impacts import find_impacts
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


@pytest.mark.parametrize("unit", RUNS.values(), ids=list(RUNS))
def test_enrichment_of_a_huge_headline_costs_what_its_first_part_costs(unit: str) -> None:
    """The headline is read for HEADLINE_CHARS characters: the same Intel as for that part alone,
    in bounded CPU (before, a 200,000-character run took minutes in the headline rules)."""
    title = (unit * (200_000 // len(unit) + 1))[:200_000]
    start = time.process_time()
    intel = enrich(article(title))
    spent = time.process_time() - start
    assert intel == enrich(article(title[:HEADLINE_CHARS]))
    assert spent < 15.0, spent


TRIGGERS = (
    "The LockBit ransomware group claimed the attack and demanded a ransom paid in bitcoins; the flaw was "
    "fixed in version 4.2.1, versions prior to 4.2 and earlier, devices and servers "
)


@pytest.mark.parametrize("unit", ["1,", "1234567890", "1.2."], ids=["commas", "digits", "dots"])
def test_impacts_and_attack_facts_of_a_long_number_run_stay_linear(unit: str) -> None:
    """A sentence with the rules' trigger words around a run of 20,000 digits and separators: the
    impacts' gap (a comma allowed by two of its branches: exponential) and the ransom amount (an
    unbounded digit run tried from each digit: quadratic) took minutes before."""
    run = (unit * (20_000 // len(unit) + 1))[:20_000]
    text = f"{TRIGGERS}{run} {TRIGGERS}"
    start = time.process_time()
    impacts = find_impacts(text)
    attack_facts("Ransomware attack on Quillpage", text)
    spent = time.process_time() - start
    assert {impact.kind for impact in impacts} >= {"ransom_demanded"}
    assert spent < 5.0, spent


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


@pytest.mark.parametrize("unit", LINE_RUNS.values(), ids=list(LINE_RUNS))
def test_enrichment_of_a_long_line_of_names_grows_with_its_length(unit: str) -> None:
    """A 200,000-character body of one line costs about ten times a 20,000-character one. The threat
    mentions asked whether the line was a Title Case headline for each name in it, counting the
    whole line's words each time: 36 s of CPU (56 times the 20,000-character body) before."""
    spent = []
    enrich(article("Ransomware attack on Quillpage Corp", LEAD + unit))  # patterns compiled, models loaded
    for size in (20_000, 200_000):
        body = (unit * (size // len(unit) + 1))[:size]
        page = Article(
            url="https://example.test/a",
            canonical_url="https://example.test/a",
            title="Ransomware attack on Quillpage Corp",
            text=LEAD + body,
            lang="en",
        )
        start = time.process_time()
        intel = enrich(page)
        spent.append(time.process_time() - start)
        assert intel.relevant
    assert spent[1] < 5.0 and spent[1] < 25 * max(spent[0], 0.02), spent
