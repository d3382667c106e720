"""A daily page ("Fictional Radio Daily For Wednesday, March 4th") and a French summary of it, which
shares few words with it, name one day: the summary's headline or lead dates it to the page's day,
evidence that they tell one day's episode. One outlet's two pages of that day gain nothing that
outweighs its own vocabulary, and a day alone backs no join on closeness of meaning. Fictional texts."""

from __future__ import annotations

from datetime import date

from veilleur.cluster.evidence import shared_days
from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer

DAY = date(2026, 3, 4)
EPISODE = (
    "Today on the Fictional Radio daily: a phishing wave against Quillbank customers, an update "
    "for Acme routers and scans for exposed backup archives. Listen to the episode."
)
SUMMARY_DATED = (
    "L'épisode du 4 mars de Fictional Radio évoque une vague d'hameçonnage visant les clients de "
    "Quillbank, une mise à jour des routeurs Acme et des recherches d'archives exposées."
)
SUMMARY_UNDATED = (
    "L'épisode de Fictional Radio évoque une vague d'hameçonnage visant les clients de "
    "Quillbank, une mise à jour des routeurs Acme et des recherches d'archives exposées."
)


def _article(article_id: str, title: str, text: str, source: str) -> Features:
    return features_for([Input(article_id, DAY, title, text, source)])[0]


def _pair(new: Features, old: Features) -> tuple[float, list[str]]:
    cosine = float(new.embedding @ old.embedding)
    score, signals = Clusterer().score(new, old, cosine, float((new.minhash == old.minhash).mean()))
    return score, [str(s) for s in signals]


def test_a_summary_whose_lead_names_the_daily_page_s_day_shares_it() -> None:
    page = _article("page", "Fictional Radio Daily For Wednesday, March 4th", EPISODE, "Fictional Radio")
    dated = _article(
        "dated", "Bulletin de Fictional Radio : hameçonnage et routeurs", SUMMARY_DATED, "Veille"
    )
    undated = _article(
        "undated", "Bulletin de Fictional Radio : hameçonnage et routeurs", SUMMARY_UNDATED, "Veille"
    )
    assert shared_days(dated, page) == {(3, 4)} and not shared_days(undated, page)
    with_day, signals = _pair(dated, page)
    without, _ = _pair(undated, page)
    assert "shared day 03-04" in signals
    assert with_day - without >= Clusterer().weights.shared_day - 0.05


def test_a_summary_dated_by_its_headline_shares_the_day() -> None:
    page = _article("page", "Fictional Radio Daily For Wednesday, March 4th", EPISODE, "Fictional Radio")
    summary = _article("summary", "Bulletin de Fictional Radio : le 4 mars 2026", SUMMARY_UNDATED, "Veille")
    assert shared_days(summary, page) == {(3, 4)}
    assert "shared day 03-04" in _pair(summary, page)[1]


def test_a_lead_that_only_names_a_day_shares_none_with_an_undated_headline() -> None:
    # The day must be a headline's: two leads both recalling 4 March say nothing of one page.
    one = _article("one", "Quillbank warns of phishing", SUMMARY_DATED, "Veille")
    two = _article("two", "Acme routers updated", "Acme shipped router firmware on 4 March.", "Wire")
    assert not shared_days(one, two) and not shared_days(two, one)
