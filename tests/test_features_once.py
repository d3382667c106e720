"""Clustering features (embedding, MinHash, evidence) are computed once per article and stored: a
later run describes its new articles only, never the window's stories again, and still places a
retelling in the story the window holds. A real SQLite store, a folder of page captures as the
source (two runs, the second with two more captures)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from veilleur.cluster.features import Features
from veilleur.cluster_stage import assign_stories, in_process
from veilleur.config import load_settings
from veilleur.models import ClusterInput
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store, schema

REPORT = (
    "{name} was hit by a ransomware attack on Monday that encrypted {n} of its servers, the company said "
    "in a statement. Attackers demanded a ransom and threatened to publish stolen files. "
)
RETELLING = (
    "Ransomware struck {name} this week: attackers encrypted {n} servers and asked for a ransom, {name} "
    "told its customers, adding that stolen files may be published. "
)
NAMES = ("Brackwater Freight", "Ostmere Dairies", "Quillon Textiles", "Varnholt Glassworks")


def _capture(folder: Path, key: str, outlet: str, title: str, text: str) -> None:
    (folder / f"{key}.md").write_text(f"URL: https://{outlet}.example/{key}\n\n# {title}\n\n{text * 8}")


def _stages(settings_path: Path, now: datetime) -> tuple[Pipeline, Store]:
    settings = load_settings(settings_path)
    store = Store(settings.resolved_store_url())
    sync_sources(store, settings)
    pipeline = Pipeline(settings, store, now=lambda: now)
    for stage in (pipeline.collect, pipeline.fetch, pipeline.extract, pipeline.enrich):
        stage()
    return pipeline, store


def test_a_later_run_describes_its_new_articles_only(tmp_path: Path, fixed_now: datetime) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    for n, name in enumerate(NAMES[:3]):
        _capture(folder, f"first-{n}", "one", f"Ransomware hits {name}", REPORT.format(name=name, n=n + 2))
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "sqlite:///{tmp_path / "store.db"}"\ncatalogue = false\n'
        f'[[sources]]\nname = "captures"\nkind = "files"\nurl = "{folder}"\n'
    )
    pipeline, store = _stages(config, fixed_now)
    try:
        pipeline.cluster()
        with store.engine.connect() as conn:
            first_rows = conn.execute(schema.cluster_features.select()).fetchall()
        assert len(first_rows) == 3  # each article of the first run described once, stored
    finally:
        pipeline.close()
        store.close()

    # The next run: a retelling of the first victim's attack by another outlet, and a new victim.
    _capture(folder, "later-0", "two", f"{NAMES[0]} attacked", RETELLING.format(name=NAMES[0], n=2))
    _capture(folder, "later-1", "two", f"Ransomware hits {NAMES[3]}", REPORT.format(name=NAMES[3], n=9))
    pipeline, store = _stages(config, fixed_now)
    described: list[str] = []

    def counting(batches: list[list[ClusterInput]]) -> Iterator[Callable[[], list[Features]]]:
        described.extend(item.id for batch in batches for item in batch)
        return in_process(batches)

    try:
        pending = store.features.pending_features()
        new = {str(stored.id) for stored, _row in pending}
        assert len(new) == 2
        assign_stories(store, pending, describer=counting)
        assert sorted(described) == sorted(new)  # the window's articles were read, not described
        with store.engine.connect() as conn:
            rows = conn.execute(schema.cluster_features.select()).fetchall()
        assert len(rows) == 5 and set(first_rows) <= set(rows)  # the first run's rows untouched
        story = {
            stored.entry.local_path.rsplit("/", 1)[1]: store.stories.of(stored.id)
            for stored in map(store.entries.get, [int(r.entry_id) for r in rows])
            if stored is not None and stored.entry.local_path
        }
        assert story["later-0.md"] == story["first-0.md"]  # placed in the story the window holds
        assert story["later-1.md"] not in {story[f"first-{n}.md"] for n in range(3)}
    finally:
        pipeline.close()
        store.close()
