"""The same page a thousand times in a day (a feed that repeats its item, a hostile batch) costs
each copy a bounded number of full scores: the clusterer scored every earlier article sharing a
victim word or a CVE id with the newcomer, so the day's copies cost quadratic time (1,000 copies:
5 s, 10,000: minutes). The copies still make one story. The page is fictional."""

from __future__ import annotations

import dataclasses
from datetime import date

from veilleur.cluster.features import Features, features_for
from veilleur.cluster.stories import Clusterer
from veilleur.enrich import enrich
from veilleur.models import Article, ClusterInput
from veilleur.models.signals import SignalCode

TEXT = (
    "The fictional Valmont-sur-Lys hospital was hit by a ransomware attack on Monday: the attackers "
    "encrypted its servers and stole patient records, and the hospital diverted ambulances. "
) * 8


class Counting(Clusterer):
    """The real clusterer, counting the full scores of the last article added."""

    calls = 0

    def score(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls += 1
        return super().score(*args, **kwargs)


def test_a_page_repeated_a_thousand_times_is_one_story_at_bounded_cost() -> None:
    article = Article(
        url="https://news.example/a",
        canonical_url="https://news.example/a",
        title="Valmont hospital hit by ransomware",
        text=TEXT,
        lang="en",
        usable=True,
    )
    intel = enrich(article)
    features: Features = features_for(
        [ClusterInput("copy", date(2026, 3, 2), article.title, TEXT, "outlet", intel)]
    )[0]
    assert features.victims, "the copies must share a victim word for this test to mean anything"
    clusterer = Counting()
    bound = clusterer.weights.candidates + clusterer.weights.key_candidates
    stories = set()
    for number in range(1000):
        clusterer.calls = 0
        stories.add(clusterer.add(dataclasses.replace(features, id=f"copy-{number}")).story_id)
        assert clusterer.calls <= bound, (number, clusterer.calls)
    assert stories == {"copy-0"}


# Ids on the page whose copies are added: each full score compares them all, so this size is most
# of the test's time (10,000 took a minute of the suite). 2,000 are still a hundred times the ids a
# signal names (SIGNAL_CVES) and the copies still outnumber the candidates scored in full.
CVE_IDS = 2_000


def test_copies_of_a_page_naming_thousands_of_cve_ids_cost_bounded_work() -> None:
    text = "Fictional vendor Orbitex fixed these flaws this month. " + " ".join(
        f"Fixed CVE-2025-{10000 + i} in Gatekeeper." for i in range(CVE_IDS)
    )
    article = Article(
        url="https://news.example/p",
        canonical_url="https://news.example/p",
        title="Orbitex Patch Tuesday",
        text=text,
        lang="en",
        usable=True,
    )
    intel = enrich(article)
    assert len(intel.cves) == CVE_IDS
    features = features_for([ClusterInput("p", date(2026, 3, 2), article.title, text, "outlet", intel)])[0]
    clusterer = Counting()
    bound = clusterer.weights.candidates + clusterer.weights.key_candidates
    decisions = []
    for number in range(150):
        clusterer.calls = 0
        decisions.append(clusterer.add(dataclasses.replace(features, id=f"p-{number}")))
        assert clusterer.calls <= bound, (number, clusterer.calls)
    assert {d.story_id for d in decisions} == {"p-0"}
    # The signal names the first ids in order, not all of them.
    shared = next(s for s in decisions[-1].signals if s.code == SignalCode.SHARED_CVE)
    assert list(shared.values) == [f"CVE-2025-{10000 + i}" for i in range(20)]
