"""A page that repeats threat names thousands of times — a tag cloud of gang names, a claim
repeated down the page, a list of aliases — is enriched in linear time. Threat recognition asked
the whole text about each mention (is this brand a gang at work? is it named as a ransom group?)
and scanned every alias clause and every name for each other one: 100 kB of such text took 11 to
56 s, and an article is read for up to 500,000 characters. The answers are the same, but for a
page naming thousands of threats: its first MAX_THREAT_NAMES are read. The guards are checked, not
a time (a loaded machine may exceed any bound): the whole-text questions are counted per name, the
names read are counted, and the Python calls of the whole enrichment are counted against the
text's length (a scan of every span for each mention is as many calls); bench/hostile_inputs.py
measures the cost. The pages are fictional."""

from __future__ import annotations

import random
import sys
from collections import Counter
from types import FrameType

import pytest

import veilleur.enrich.actors as actors
from veilleur.enrich import enrich
from veilleur.enrich.actors import MAX_THREAT_NAMES, find_threats
from veilleur.enrich.threat_context import Covering
from veilleur.models import Article, Named

_RNG = random.Random(3)
# 75 to 210 kB (the first version's 300 to 360 kB took a minute each of the suite's time): a scan
# of every alias clause for each mention still costs about 80 calls per character at 75 kB, far past
# CALLS_PER_CHARACTER; the pages of thousands of names, whose MAX_THREAT_NAMES names read cost a
# fixed number of calls, stay long enough to keep their calls under two thirds of the bound.
REPEATS = {
    "a cloud of names": " ".join(
        _RNG.choice(["Acme", "Valmont", "Hospital", "Bank", "Group", "Lockbit", "Health", "City"])
        for _ in range(11_000)
    ),
    "a claim repeated": "LockBit claimed the attack on Acme Corp and Beta Inc and Gamma Ltd, " * 1_100,
    "aliases repeated": "APT28 (aka Fancy Bear, also known as Sofacy) " * 1_700,
    "thousands of gang names": " ".join(f"the Zork{i} ransomware gang" for i in range(4_000)),
    "thousands of designations": " ".join(f"UNC{i} tracked as Storm-{i}" for i in range(7_000)),
}


# Python calls (and generator steps) of one enrichment per character of these pages: 2 to 4 now;
# scanning every alias clause or list for each of thousands of mentions made it thousands.
CALLS_PER_CHARACTER = 10


@pytest.mark.parametrize("name", sorted(REPEATS))
def test_repeated_threat_names_are_asked_about_once_per_name(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
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
    enrich(
        article.model_copy(update={"text": "LockBit claimed the attack."})
    )  # patterns compiled, models loaded
    # Each question that reads the whole text for one name, counted by name.
    asked: Counter[str] = Counter()
    searches: Counter[str] = Counter()
    read: set[str] = set()
    brand_is_group, gang_named, first_spelling = (
        actors.brand_is_group,
        actors.gang_named,
        actors._first_spelling,
    )

    def counted_brand_is_group(whole: str, names: list[str]) -> bool:
        asked.update(names)
        assert max(asked[n] for n in names) == 1, f"asked again whether {names} is a group at work"
        return brand_is_group(whole, names)

    def counted_gang_named(name: str, whole: str) -> bool:
        searches[name] += 1
        assert searches[name] == 1, f"the text searched again for {name!r} as a ransom group"
        return gang_named(name, whole)

    def counted_first_spelling(named: Named, whole: str) -> Named:
        read.add(named.name)
        return first_spelling(named, whole)

    monkeypatch.setattr(actors, "brand_is_group", counted_brand_is_group)
    monkeypatch.setattr(actors, "gang_named", counted_gang_named)
    monkeypatch.setattr(actors, "_first_spelling", counted_first_spelling)
    bound = CALLS_PER_CHARACTER * len(text)
    calls = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call":
            calls += 1
            if calls > bound:  # fail at once, not after minutes
                sys.setprofile(None)
                raise AssertionError(f"over {bound:,} Python calls for {len(text):,} characters")

    sys.setprofile(profile)
    try:
        found = enrich(article)
    finally:
        sys.setprofile(None)
    assert calls > len(text) // 10, calls  # the hook counted the enrichment
    assert len(read) <= MAX_THREAT_NAMES, len(read)  # the first MAX_THREAT_NAMES names as written
    assert max(asked.values(), default=1) == 1, asked.most_common(3)
    assert max(searches.values(), default=1) == 1, searches.most_common(3)
    named = {n.canonical.casefold() for n in [*found.threat_actors, *found.malware]}
    if name.startswith("thousands"):  # the first MAX_THREAT_NAMES names as written are read
        assert 0 < len(named) <= 2 * MAX_THREAT_NAMES, len(named)
        assert len(read) == MAX_THREAT_NAMES and len(asked) + len(searches) > 0, (len(read), asked, searches)
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
