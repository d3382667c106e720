"""A report 5 to 7 days after another (past the 4-day window, within the story's span) joins it
only when nothing of the window takes it, both name one victim and the evidence is twice the
window's: a breach's second week. A CVE id shared a week apart, or closeness alone, is not enough.
Fictional articles whose embeddings are set at a chosen cosine from each other."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from veilleur.cluster.embed import DIMENSIONS
from veilleur.cluster.features import Features
from veilleur.cluster.minhash import NUM_PERM
from veilleur.cluster.stories import SPAN, WINDOW, Clusterer, Weights

DAY = date(2026, 6, 1)
VICTIM = frozenset({"norvale"})


def _article(
    article_id: str,
    day: date,
    axes: tuple[float, float, float],
    seed: int,
    victims: frozenset[str] = frozenset(),
    cves: frozenset[str] = frozenset(),
) -> Features:
    """An article of `day` whose embedding is `axes` on the first three axes, sharing no wording."""
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    vector[:3] = axes
    vector /= np.linalg.norm(vector)
    return Features(
        id=article_id,
        day=day,
        title=article_id,
        cves=cves,
        names=frozenset(),
        title_words=frozenset(),
        minhash=np.arange(NUM_PERM, dtype=np.uint64) + np.uint64(seed * 1000),
        embedding=vector,
        source=f"outlet {article_id}",
        victims=victims,
        victim=victims,
    )


def _later(days: int, cosine: float, **facts: frozenset[str]) -> str:
    """The story of an article `days` after a first one naming the victim, at `cosine` from it."""
    clusterer = Clusterer()
    clusterer.add(
        _article("first", DAY, (1.0, 0.0, 0.0), 1, victims=VICTIM, cves=frozenset({"CVE-2026-1111"}))
    )
    later = _article("later", DAY + timedelta(days=days), (cosine, np.sqrt(1 - cosine**2), 0.0), 2, **facts)
    return clusterer.add(later).story_id


def test_the_same_victim_six_days_later_joins_the_story() -> None:
    assert WINDOW.days < 6 <= SPAN.days
    assert _later(6, 0.8, victims=VICTIM) == "first"
    # The late join off: a story of its own, as before.
    clusterer = Clusterer(Weights(late_join=99.0))
    clusterer.add(_article("first", DAY, (1.0, 0.0, 0.0), 1, victims=VICTIM))
    assert (
        clusterer.add(_article("later", DAY + timedelta(days=6), (0.8, 0.6, 0.0), 2, victims=VICTIM)).story_id
        == "later"
    )


def test_past_the_window_closeness_or_a_cve_id_alone_joins_nothing() -> None:
    # Closeness alone, or a CVE id shared (a Patch Tuesday listing last week's flaw): apart.
    assert _later(6, 0.95) == "later"
    assert _later(6, 0.95, cves=frozenset({"CVE-2026-1111"})) == "later"
    # The victim shared but the meaning not close enough for twice the window's evidence.
    assert _later(6, 0.6, victims=VICTIM) == "later"
    # Within the window the same pair joins at the usual evidence.
    assert _later(2, 0.6, victims=VICTIM) == "first"


def test_nothing_past_the_story_span_joins() -> None:
    assert _later(SPAN.days + 1, 0.99, victims=VICTIM) == "later"


def test_a_story_of_the_window_that_takes_the_article_comes_first() -> None:
    clusterer = Clusterer()
    clusterer.add(_article("first", DAY, (1.0, 0.0, 0.0), 1, victims=VICTIM))
    # Another story three days later, far in meaning from the first.
    clusterer.add(_article("middle", DAY + timedelta(days=3), (0.0, 0.0, 1.0), 3))
    # Close enough to both: the window's story takes it, the late match is not looked at.
    later = _article("later", DAY + timedelta(days=6), (0.75, 0.0, 0.66), 2, victims=VICTIM)
    assert clusterer.add(later).story_id == "middle"
