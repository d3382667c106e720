"""bench/pair_evidence.py reads a pair as the clusterer's rules do: the vector bench/train_pairs.py
learns from says "different victims", "different CVE ids", "shared CVE", "embedding alone" exactly
when `Clusterer.score` does, whichever article comes first. Fictional features, no model run."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import numpy as np

from veilleur.cluster.embed import DIMENSIONS
from veilleur.cluster.features import Features
from veilleur.cluster.minhash import NUM_PERM
from veilleur.cluster.stories import Clusterer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from pair_evidence import NAMES, pair_vector

DAY = date(2026, 6, 1)


def _features(article_id: str, cosine: float, seed: int, **sets: frozenset[str]) -> Features:
    """An article whose embedding lies at `cosine` from the first axis and whose wording shares
    nothing with the other articles'."""
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    vector[0], vector[1] = cosine, np.sqrt(1 - cosine**2)
    return Features(
        id=article_id,
        day=DAY,
        title=article_id,
        cves=sets.get("cves", frozenset()),
        names=sets.get("names", frozenset()),
        title_words=sets.get("title_words", frozenset()),
        minhash=np.arange(NUM_PERM, dtype=np.uint64) + np.uint64(seed * 1000),
        embedding=vector,
        source=f"outlet {article_id}",
        victims=sets.get("victims", frozenset()),
        victim=sets.get("victim", frozenset()),
    )


def _both(one: Features, two: Features) -> dict[str, float]:
    """The pair's vector by name, checked the same whichever article is the newcomer."""
    cosine = float(one.embedding @ two.embedding)
    forward, backward = pair_vector(one, two, cosine, 0.0), pair_vector(two, one, cosine, 0.0)
    assert len(forward) == len(NAMES) and forward == backward
    assert all(0.0 <= value <= 1.0 for value in forward)
    return dict(zip(NAMES, forward, strict=True))


def _rules(one: Features, two: Features) -> tuple[float, list[str]]:
    return Clusterer().score(one, two, float(one.embedding @ two.embedding), 0.0)


def test_two_victims_neither_names_are_apart_for_the_rules_and_the_vector() -> None:
    first = _features("a", 1.0, 1, victims=frozenset({"osterlo"}), victim=frozenset({"osterlo"}))
    other = _features("b", 0.9, 2, victims=frozenset({"meerhoven"}), victim=frozenset({"meerhoven"}))
    same = _features("c", 0.9, 3, victims=frozenset({"osterlo"}), victim=frozenset({"osterlo"}))
    score, signals = _rules(other, first)
    assert score == 0.0 and str(signals[-1]) == "different victims"
    assert _both(other, first)["victims apart"] == 1.0 and _both(other, first)["shared victim"] == 0.0
    assert "different victims" not in [str(s) for s in _rules(same, first)[1]]
    assert _both(same, first)["victims apart"] == 0.0 and _both(same, first)["shared victim"] == 1.0


def test_cve_ids_shared_or_a_few_each_and_none_shared() -> None:
    first = _features("a", 1.0, 1, cves=frozenset({"CVE-2026-1111"}))
    other = _features("b", 0.9, 2, cves=frozenset({"CVE-2026-2222"}))
    same = _features("c", 0.9, 3, cves=frozenset({"CVE-2026-1111"}))
    assert str(_rules(other, first)[1][-1]) == "different CVE ids"
    assert _both(other, first)["different CVE ids"] == 1.0 and _both(other, first)["shared CVE"] == 0.0
    assert any(str(s).startswith("shared CVE") for s in _rules(same, first)[1])
    assert _both(same, first)["shared CVE"] == 1.0 and _both(same, first)["different CVE ids"] == 0.0


def test_closeness_of_meaning_alone_is_not_corroborated_and_a_shared_name_is() -> None:
    first = _features("a", 1.0, 1, names=frozenset({"fictional corp", "gatekeeper"}))
    # A full report of its own (a name its headline does not hold): a page that gave only its
    # headline is held to the lower `thin_lone_cosine` bar (tests/test_story_thin_lone_cosine.py).
    theme = _features("b", 0.6, 2, names=frozenset({"quillgate"}))
    assert not theme.headline_only and not first.headline_only
    named = _features("c", 0.6, 3, names=frozenset({"fictional corp", "gatekeeper"}))
    assert str(_rules(theme, first)[1][-1]) == "embedding alone"
    assert _both(theme, first)["corroborated"] == 0.0
    assert _rules(named, first)[0] >= Clusterer().weights.join
    assert _both(named, first)["corroborated"] == 1.0 and _both(named, first)["names"] == 1.0
