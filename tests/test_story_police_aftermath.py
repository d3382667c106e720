"""A police action against a report that names it only as its background ("Gloomcrab emerges
after Shadowfin takedown"): the successor's campaign is another event than the takedown, although
the report's category reads the body's account of the takedown. Fictional texts."""

from __future__ import annotations

from datetime import date

from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, Intel, Named

DAY = date(2026, 6, 1)
TAKEDOWN = (
    "An international police operation seized the leak site and servers of the Shadowfin "
    "ransomware gang, the Fictional Crime Agency said; the gang had hit hundreds of firms."
)
SUCCESSOR = (
    "A new ransomware group called Gloomcrab is likely run by former Shadowfin members, whose "
    "sites were seized by police last week; Gloomcrab demands ransoms from firms in Fictionland."
)


def _report(article_id: str, title: str, text: str, category: Category) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=category,
        threat_actors=[Named(name="Shadowfin", canonical="Shadowfin")],
    )
    return features_for([Input(article_id, DAY, title, text, f"wire {article_id}", intel)])[0]


def test_a_successor_after_a_takedown_does_not_join_the_takedown() -> None:
    takedown = _report(
        "takedown", "Police seize Shadowfin ransomware gang's sites", TAKEDOWN, Category.LAW_ENFORCEMENT
    )
    successor = _report(
        "successor", "Gloomcrab emerges after Shadowfin takedown", SUCCESSOR, Category.LAW_ENFORCEMENT
    )
    assert takedown.enforcement
    assert not successor.enforcement and not successor.maybe_enforcement
    score, signals = Clusterer().score(successor, takedown, 0.5, 0.05)
    assert "different kinds of event" in [str(s) for s in signals] and score < Weights().join
    # Without the rule the shared gang and meaning would join them.
    assert Clusterer(Weights(other_kind=0.0)).score(successor, takedown, 0.5, 0.05)[0] >= Weights().join
    # French: "après le démantèlement" is background too.
    french = _report(
        "fr", "Gloomcrab apparaît après le démantèlement de Shadowfin", SUCCESSOR, Category.LAW_ENFORCEMENT
    )
    assert not french.maybe_enforcement


def test_an_arrest_headline_that_begins_with_after_is_still_an_arrest() -> None:
    # The police action after a comma, or beside another action, is the headline's event.
    for title in (
        "After the attack, police arrest Shadowfin suspect",
        "Après l'attaque, la police arrête un membre de Shadowfin",
        "Shadowfin admin arrested after police raids",
    ):
        report = _report("arrest", title, TAKEDOWN, Category.LAW_ENFORCEMENT)
        assert report.enforcement, title
    other = _report("other", "Police seize Shadowfin servers", TAKEDOWN, Category.LAW_ENFORCEMENT)
    arrest = _report(
        "arrest", "Shadowfin admin arrested after police raids", TAKEDOWN, Category.LAW_ENFORCEMENT
    )
    assert "different kinds of event" not in [str(s) for s in Clusterer().score(arrest, other, 0.5, 0.05)[1]]
