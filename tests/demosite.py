"""The demo's pipeline run into a folder, with sources relabelled (TLP) and settings adjusted:
a real store with real published stories for the consumer tests (feeds, digest, alerts)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from veilleur.config import Settings
from veilleur.demo import DemoServer, demo_settings
from veilleur.models import Tlp
from veilleur.pipeline import Pipeline, RunSummary, sync_sources
from veilleur.store import Store


@contextmanager
def clock_at(moment: datetime) -> Iterator[None]:
    """$VEILLEUR_NOW set to `moment` for the block (module fixtures cannot use monkeypatch)."""
    before = os.environ.get("VEILLEUR_NOW")
    os.environ["VEILLEUR_NOW"] = moment.isoformat()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("VEILLEUR_NOW", None)
        else:
            os.environ["VEILLEUR_NOW"] = before


def demo_run(
    site: Path,
    labels: dict[str, Tlp] | None = None,
    adjust: Callable[[Settings], None] | None = None,
    server: DemoServer | None = None,
) -> tuple[Settings, RunSummary]:
    """Run the whole pipeline on the demo web into `site` (no git commit); returns the settings
    used (to open the store again) and the run's summary."""
    own = server is None
    server = server or DemoServer().start()
    try:
        settings = demo_settings(site, server.base)
        settings.publish.git_commit = False
        settings.sources = [
            s.model_copy(update={"tlp": (labels or {}).get(s.name, s.tlp)}) for s in settings.sources
        ]
        if adjust is not None:
            adjust(settings)
        store = Store(settings.resolved_store_url())
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store)
        try:
            summary = pipeline.run()
        finally:
            pipeline.close()
            store.close()
    finally:
        if own:
            server.stop()
    return settings, summary
