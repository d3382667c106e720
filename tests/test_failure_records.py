"""The failures repository records and decides nothing: it counts an item's attempts, and the
runner (`Pipeline._failed`, by `[limits] max_attempts`) gives the item up. Real SQLite stores."""

from __future__ import annotations

from pathlib import Path

from veilleur.config import Settings, replaced
from veilleur.pipeline import Pipeline
from veilleur.store import Store


def test_recording_counts_attempts_and_never_gives_up_by_itself(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    try:
        for _ in range(5):
            failure = store.failures.record("brief", "entry:1", "TimeoutError: model", "s", "https://a/1")
        assert failure.attempts == 5 and failure.state == "pending"
        given_up = store.failures.give_up(failure.id)
        assert given_up.state == "failed" and given_up.attempts == 5
        assert store.failures.items("brief", "failed") == {"entry:1"}
    finally:
        store.close()


def test_the_runner_gives_an_item_up_at_the_settings_limit(tmp_path: Path) -> None:
    settings = replaced(Settings(), store_url=f"sqlite:///{tmp_path / 'v.db'}", limits__max_attempts=2)
    store = Store(settings.resolved_store_url())
    try:
        pipeline = Pipeline(settings, store)
        pipeline._failed("enrich", "entry:7", "https://a/7", "ValueError: x")
        assert store.failures.get("enrich", "entry:7").state == "pending"  # type: ignore[union-attr]
        pipeline._failed("enrich", "entry:7", "https://a/7", "ValueError: x")
        assert store.failures.get("enrich", "entry:7").state == "failed"  # type: ignore[union-attr]
        assert [f.given_up for f in pipeline.summary.failures] == [False, True]
        pipeline.close()
    finally:
        store.close()
