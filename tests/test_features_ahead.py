"""Clustering features stored ahead by a worker's entry job (`cluster_stage.describe_new`) give the
same stories as features computed by the clustering itself: an article is placed with its
features as stored, whoever computed them. On the bundled demo web (several outlets telling the
same events) served on loopback, with real SQLite stores."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from veilleur.cluster_stage import describe_new
from veilleur.demo import DemoServer, demo_settings
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store


def _stories(store: Store) -> set[frozenset[int]]:
    """The stories as sets of their articles' entry ids (story ids aside)."""
    groups: dict[int, set[int]] = {}
    for story_id, *_ in store.stories.all():
        groups[story_id] = {member.entry_id for member in store.stories.members(story_id)}
    return {frozenset(group) for group in groups.values()}


def test_features_stored_by_entry_jobs_give_the_stories_of_the_clustering_alone(
    tmp_path: Path, fixed_now: datetime
) -> None:
    with DemoServer() as server:
        settings = demo_settings(tmp_path / "enriched", server.base)
        store = Store(settings.resolved_store_url())
        try:
            sync_sources(store, settings)
            pipeline = Pipeline(settings, store, now=lambda: fixed_now)
            for stage in (pipeline.collect, pipeline.fetch, pipeline.extract, pipeline.enrich):
                stage()
        finally:
            store.close()
    shutil.copytree(tmp_path / "enriched", tmp_path / "ahead")

    alone = Store(settings.resolved_store_url())
    ahead = Store(demo_settings(tmp_path / "ahead", server.base).resolved_store_url())
    try:
        relevant = [stored.id for stored, _, _ in ahead.features.pending()]
        assert len(relevant) >= 5
        # As entry jobs do, in batches; a second call finds them all described.
        described = sum(describe_new(ahead, relevant[k : k + 3]) for k in range(0, len(relevant), 3))
        assert described == len(relevant) and describe_new(ahead, relevant) == 0
        assert all(row is not None for _, row in ahead.features.pending_features())

        Pipeline(settings, alone, now=lambda: fixed_now).cluster()
        Pipeline(settings, ahead, now=lambda: fixed_now).cluster()

        stories = _stories(alone)
        assert stories == _stories(ahead)
        assert any(len(group) > 1 for group in stories)  # some articles were joined
        assert sum(len(group) for group in stories) >= len(relevant)
    finally:
        alone.close()
        ahead.close()
