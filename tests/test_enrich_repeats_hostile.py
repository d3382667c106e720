"""A page that repeats threat names thousands of times — a tag cloud of gang names, a claim
repeated down the page, a list of aliases — is enriched in linear time. Threat recognition asked
the whole text about each mention (is this brand a gang at work? is it named as a ransom group?)
and scanned every alias clause and every name for each other one: 100 kB of such text took 11 to
56 s, and an article is read for up to 500,000 characters. The answers are the same, but for a
page naming thousands of threats: its first MAX_THREAT_NAMES are read. The pages are fictional."""

from __future__ import annotations

import random
import time

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.actors import MAX_THREAT_NAMES, find_threats
from veilleur.enrich.threat_context import Covering
from veilleur.models import Article

_RNG = random.Random(3)
REPEATS = {
    "a cloud of names": " ".join(
        _RNG.choice(["Acme", "Valmont", "Hospital", "Bank", "Group", "Lockbit", "Health", "City"])
        for _ in range(43_000)
    ),
    "a claim repeated": "LockBit claimed the attack on Acme Corp and Beta Inc and Gamma Ltd, " * 4_300,
    "aliases repeated": "APT28 (aka Fancy Bear, also known as Sofacy) " * 6_700,
    "thousands of gang names": " ".join(f"the Zork{i} ransomware gang" for i in range(10_000)),
    "thousands of designations": " ".join(f"UNC{i} tracked as Storm-{i}" for i in range(12_000)),
}


@pytest.mark.parametrize("name", sorted(REPEATS))
def test_repeated_threat_names_are_read_in_linear_time(name: str) -> None:
    text = (
        "Ransomware attack on the fictional Acme hospital encrypted its servers, police said. "
        + REPEATS[name]
    )
    article = Article(
        url="https://news.example/a",
        canonical_url="https://news.example/a",
        title="Ransomware attack on Acme",
        text=text,
        lang="en",
        usable=True,
    )
    started = time.process_time()
    found = enrich(article)
    # Quadratic, this took ten minutes and more; linear, a few seconds on a loaded machine.
    assert time.process_time() - started < 60, name
    named = {n.canonical.casefold() for n in [*found.threat_actors, *found.malware]}
    if name.startswith("thousands"):  # the first MAX_THREAT_NAMES names as written are read
        assert 0 < len(named) <= 2 * MAX_THREAT_NAMES, len(named)
    else:
        assert named and named <= {"lockbit", "apt28"}, named


def test_the_answers_on_a_short_page_are_those_of_each_mention() -> None:
    actors, malware = find_threats(
        "The LockBit ransomware gang claimed the attack. APT28 (aka Fancy Bear) was also seen, and "
        "LockBit affiliates deployed LockBit 3.0 on the servers."
    )
    assert [a.canonical for a in actors][:2] == ["LockBit", "APT28"]
    assert [m.canonical for m in malware] == ["LockBit"]


def test_covering_answers_as_the_scan_of_every_span() -> None:
    rng = random.Random(7)
    spans = [(a, a + rng.randrange(0, 40)) for a in (rng.randrange(0, 500) for _ in range(200))]
    covering = Covering(spans)
    for _ in range(2000):
        start = rng.randrange(0, 520)
        end = start + rng.randrange(0, 30)
        assert covering.covers(start, end) == any(a <= start and end <= b for a, b in spans)
    assert not Covering([]).covers(0, 0)
