"""A story's evidence is kept in place as its articles join (a join costs the article's words, not
the story's) and says what the union of its articles says; the dates check reads a whole story's
dates without building their union, with the same answers."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from veilleur.cluster.evidence import StoryEvidence, days_apart
from veilleur.cluster.features import features_of

DAY = date(2026, 6, 1)


def test_days_apart_answers_as_the_union_of_the_other_sides_dates() -> None:
    pool = [frozenset(s) for n in range(3) for s in itertools.combinations([(8, 1), (8, 2), (9, 1)], n)]
    for dates, other, stated in itertools.product(pool, repeat=3):
        named = other | stated
        expected = bool(dates and named) and not dates & named
        assert days_apart(dates, other, stated) is expected, (dates, other, stated)


def test_a_storys_evidence_grows_in_place_as_the_union_of_its_articles() -> None:
    first = features_of(
        "1",
        DAY,
        "Ransomware hits Fictional Hospital of Valmont, Patch Tuesday, August 2026",
        "Fictional Hospital of Valmont was hit by ransomware; CVE-2026-1111 was exploited.",
    )
    second = features_of(
        "2",
        DAY + timedelta(days=2),
        "Bulletin du 26 août 2026 : Valmont",
        "L'hôpital de Valmont confirme l'attaque ; CVE-2026-2222 aussi.",
    )
    story = StoryEvidence.of(first)
    same = story.add_article(second)
    assert same is story  # in place
    assert story.first_day == DAY
    assert story.cves == set(first.cves | second.cves) == {"CVE-2026-1111", "CVE-2026-2222"}
    assert story.victims == set(first.victims | second.victims)
    assert story.first_victims == set((first.victim or first.victims) | (second.victim or second.victims))
    assert story.months == set(first.months | second.months) == {8}
    assert story.dates == set(first.dates | second.dates) == {(8, 26)}
    assert story.mentioned == set(first.mentioned | second.mentioned)
    assert story.named == story.victims | story.mentioned

    older = StoryEvidence(DAY - timedelta(days=3))
    assert story.add(older) is story and story.first_day == DAY - timedelta(days=3)
    assert story.add(None) is story and story.add(story) is story
    assert story.cves == {"CVE-2026-1111", "CVE-2026-2222"}
