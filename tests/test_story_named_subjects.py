"""Two campaigns against one target the same week, each headline naming its own malware family —
one as a coined name (InkMiner), one as a family the recogniser knows but written as an ordinary
word (Gloomcrab): two events, however alike the reports. Fictional texts."""

from __future__ import annotations

from datetime import date

from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, Intel, Named

DAY = date(2026, 6, 1)


def _report(article_id: str, title: str, text: str, malware: list[str]) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.MALWARE_CAMPAIGN,
        malware=[Named(name=name, canonical=name) for name in malware],
    )
    return features_for([Input(article_id, DAY, title, text, f"wire {article_id}", intel)])[0]


GLOOMCRAB = (
    "An unknown attacker abuses exposed Fictional Cloud API servers to deploy gloomcrab, a "
    "cryptomining malware, according to researchers at Fictional Labs."
)
INKMINER = (
    "Attackers target exposed Fictional Cloud API servers to run a crypto miner on the hosts, "
    "according to new findings from Fictional Labs researchers."
)


def test_two_malware_families_on_one_target_stay_apart() -> None:
    first = _report(
        "first", "Gloomcrab malware strikes again at Fictional Cloud API servers", GLOOMCRAB, ["Gloomcrab"]
    )
    second = _report("second", "Crooks exploit Fictional Cloud API servers for InkMiner mining", INKMINER, [])
    assert first.named_subjects == {"gloomcrab"} and second.named_subjects == {"inkminer"}
    score, signals = Clusterer().score(second, first, 0.75, 0.1)
    assert "different coined names" in [str(s) for s in signals] and score < Weights().join
    # Without the family the recogniser found, nothing tells them apart.
    bare = _report("bare", first.title, GLOOMCRAB, [])
    assert "different coined names" not in [str(s) for s in Clusterer().score(second, bare, 0.75, 0.1)[1]]


def test_one_family_named_two_ways_joins() -> None:
    first = _report(
        "first", "Gloomcrab malware strikes again at Fictional Cloud API servers", GLOOMCRAB, ["Gloomcrab"]
    )
    # The other outlet writes the family as a coined name and its text in lower case: its
    # recogniser's canonical name says it is the same family.
    other = _report(
        "other", "GloomCrab miner hits exposed Fictional Cloud servers", GLOOMCRAB.lower(), ["Gloomcrab"]
    )
    score, signals = Clusterer().score(other, first, 0.75, 0.1)
    assert "different coined names" not in [str(s) for s in signals] and score >= Weights().join
