"""A headline may give a start or a deadline ("… from May 27", "à partir du 27 mai", "starting
April 2026"): that is when something will happen, not the day the page is about, and another
report of the same plan, dated otherwise, is the same story. A daily page's headline day still
tells one day's page from another's. Fictional texts."""

from __future__ import annotations

from datetime import date

from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer
from veilleur.models import Category, Intel

PLAN = (
    "Wed 13 May 2026 // Fictional Social plans to train its AI models on the public posts of its "
    "European users without asking their consent, and the privacy group Nyx says it will sue."
)
PLAN_FR = (
    "Mercredi 13 mai 2026 — Fictional Social veut entraîner ses modèles d'IA sur les publications "
    "de ses utilisateurs européens sans leur consentement ; l'association Nyx menace de porter plainte."
)


def _report(article_id: str, title: str, text: str, day: date) -> Features:
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.POLICY_REGULATION)
    return features_for([Input(article_id, day, title, text, f"wire {article_id}", intel)])[0]


def test_a_start_date_in_a_headline_is_not_the_pages_day() -> None:
    dated = _report(
        "dated",
        "Fictional Social to train AI on EU users' posts from May 27 without consent",
        PLAN,
        date(2026, 5, 14),
    )
    assert dated.dates == set() and dated.months == set()
    assert (
        _report("d", "Smart devices law takes effect starting April 2026", PLAN, date(2026, 4, 2)).months
        == set()
    )
    french = _report(
        "fr", "Fictional Social entraînera son IA à partir du 27 mai", PLAN_FR, date(2026, 5, 14)
    )
    assert french.dates == set()


def test_two_reports_of_one_plan_dated_otherwise_join_in_either_language() -> None:
    first = _report(
        "first",
        "Fictional Social still breaks privacy rules with its AI training plan, says Nyx",
        PLAN,
        date(2026, 5, 13),
    )
    assert first.stated_days == {(5, 13)}
    for title, text in (
        ("Fictional Social to train AI on EU users' posts from May 27 without consent", PLAN),
        ("Fictional Social entraînera son IA à partir du 27 mai sans consentement", PLAN_FR),
    ):
        later = _report("later", title, text, date(2026, 5, 14))
        score, signals = Clusterer().score(later, first, 0.7, 0.2)
        assert "different days" not in [str(s) for s in signals] and score >= Clusterer().weights.join


def test_a_daily_pages_headline_day_still_tells_two_days_apart() -> None:
    text = "Today's podcast covers Fictional Social's plan to train AI on users' posts."
    friday = _report("friday", "Fictional Stormcast for Friday, May 29th", text, date(2026, 5, 29))
    monday = _report("monday", "Fictional Stormcast for Tuesday, May 26th", text, date(2026, 5, 26))
    assert friday.dates == {(5, 29)}
    assert str(Clusterer().score(friday, monday, 0.9, 0.6)[1][-1]) == "different days"
