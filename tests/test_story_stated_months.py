"""A monthly release's headline month against the month another report's lead dates its event
to: last month's release, whose headline names no month, stays apart; a report of this month's,
or a later one that shares a CVE id of it, joins. Fictional texts."""

from __future__ import annotations

from datetime import date

from veilleur.cluster.features import Features, Input, decode, encode, features_for
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, CveMentionRecord, Intel

DAY = date(2026, 12, 9)


def _release(article_id: str, title: str, text: str, cves: list[str] | None = None) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.VULNERABILITY,
        cves=[CveMentionRecord(id=cve, sentence=text) for cve in cves or []],
    )
    return features_for([Input(article_id, DAY, title, text, f"wire {article_id}", intel)])[0]


DECEMBER = "Fictional Soft Patch Tuesday, December 2026 (Tue, Dec 8th)"
NOVEMBER_LEAD = (
    "Fictional Soft on 10 November 2026 released fixes for 90 flaws in Fictional OS and Fictional "
    "Office, two of them exploited before the fix, and urged customers to update."
)
DECEMBER_LEAD = (
    "Fictional Soft on 8 December 2026 released fixes for 71 flaws in Fictional OS and Fictional "
    "Office, one of them exploited before the fix, and urged customers to update."
)


def test_a_report_whose_lead_dates_another_months_release_stays_apart() -> None:
    headline = _release("dec", DECEMBER, DECEMBER_LEAD)
    november = _release("nov", "Fictional Soft fixes 90 flaws, two exploited", NOVEMBER_LEAD)
    assert november.months == frozenset() and november.stated_months == {11}
    clusterer = Clusterer()
    score, signals = clusterer.score(november, headline, 0.75, 0.15)
    assert score == 0.0 and "different months" in [str(s) for s in signals]
    clusterer.add(headline)
    assert clusterer.add(november).story_id == "nov"
    # This month's release, told without a month in the headline, joins.
    december = _release("dec2", "Fictional Soft fixes 71 flaws, one exploited", DECEMBER_LEAD)
    assert clusterer.score(december, headline, 0.75, 0.15)[0] >= Weights().join


def test_a_lead_that_recalls_another_month_joins_when_it_shares_the_flaw() -> None:
    headline = _release("dec", DECEMBER, DECEMBER_LEAD, ["CVE-2026-40001"])
    later = _release(
        "later",
        "Exploited Fictional OS flaw CVE-2026-40001 patched",
        "The flaw, first seen exploited on 20 November 2026, is fixed in this month's release. "
        + DECEMBER_LEAD,
        ["CVE-2026-40001"],
    )
    assert later.stated_months == {11, 12}
    # A lead naming November and December meets the December headline: no conflict anyway.
    assert "different months" not in [str(s) for s in Clusterer().score(later, headline, 0.75, 0.15)[1]]
    recalls = _release(
        "recalls",
        "Fictional OS flaw CVE-2026-40001 exploited for weeks",
        "Attackers exploited the flaw since 20 November 2026, researchers at Fictional Labs said.",
        ["CVE-2026-40001"],
    )
    assert recalls.stated_months == {11}
    assert "different months" not in [str(s) for s in Clusterer().score(recalls, headline, 0.75, 0.15)[1]]


def test_stated_months_are_stored_and_read_back() -> None:
    november = _release("nov", "Fictional Soft fixes 90 flaws", NOVEMBER_LEAD)
    data, minhash, embedding = encode(november)
    assert decode("nov", DAY, data, minhash, embedding).stated_months == {11}
