"""A page cut after its headline and another outlet's full report of one event read less alike
than two full reports: closeness of meaning alone joins them from a lower bar (`thin_lone_cosine`),
two full reports still need `lone_cosine`, and so do a headline-only page sharing only an actor
("same gang, other victim") and one far in meaning.
All texts and names are fictional."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer, Weights

DAY = date(2026, 5, 4)

# One outlet's page, cut after its headline.
THIN = "Experts warn of poisoned wheels on Quillrepo hiding code in pictures"
# Another outlet's full report of the same finding, worded otherwise.
FULL = (
    "Researchers uncover package concealing malicious payload behind image file",
    "Analysts at Brightmoss Labs found a library uploaded last week whose installer reads an "
    "image downloaded at setup and runs the instructions concealed in its pixels; the library was "
    "removed after Brightmoss Labs told the registry's maintainers, Tarrow Systems.",
)

# A full report of another finding the same week.
OTHER = (
    "Researchers detail a loader sold to ransomware crews",
    "A loader offered on a forum by Marn Group since spring disables defences before the "
    "ransomware runs; Tessaly Freight was among the first firms hit.",
)


def _features(article_id: str, title: str, text: str, source: str) -> Features:
    return features_for([Input(article_id, DAY, title, text, source, None)])[0]


def _verdict(new: Features, old: Features, cosine: float) -> tuple[float, list[str]]:
    score, signals = Clusterer().score(new, old, cosine, 0.04)
    return score, [str(s) for s in signals]


def test_a_headline_only_page_joins_a_full_report_on_closeness_below_the_full_bar() -> None:
    thin, full = _features("thin", THIN, "", "Outlet A"), _features("full", *FULL, "Outlet B")
    assert thin.headline_only and not full.headline_only
    assert Weights().thin_lone_cosine < 0.58 < Weights().lone_cosine
    score, signals = _verdict(thin, full, 0.58)
    assert "embedding alone" not in signals and score >= Weights().join, signals


def test_two_full_reports_and_a_thin_page_far_in_meaning_still_need_more() -> None:
    thin, full = _features("thin", THIN, "", "Outlet A"), _features("full", *FULL, "Outlet B")
    other = _features("other", *OTHER, "Outlet C")
    assert not other.headline_only
    gang = frozenset({"marn group"})  # both read as the work of one gang, and nothing else shared
    same_gang = replace(thin, actors=gang), replace(full, actors=gang)
    for new, old, cosine in ((other, full, 0.58), (thin, full, 0.5), (*same_gang, 0.58)):
        score, signals = _verdict(new, old, cosine)
        assert score == 0.0 and signals[-1] == "embedding alone", signals
