"""The incident register is rebuilt only for the stories that changed, and is the same register a
whole rebuild gives, before and after a merge of stories."""

from __future__ import annotations

import pytest
from conftest import CLOCKS
from sqlalchemy import delete, event

from veilleur.config import load_settings
from veilleur.demo import run_demo
from veilleur.publish.register import build_incidents
from veilleur.store import Store, schema


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    site = tmp_path_factory.mktemp("demo") / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VEILLEUR_NOW", CLOCKS["2026-11-30T23:30Z"].isoformat())
        run_demo(site, port=0)
    settings = load_settings(site / "veilleur.toml")
    return Store(settings.resolved_store_url())


def _rebuilt(store: Store) -> list[object]:
    with store.engine.begin() as conn:
        conn.execute(delete(schema.register_cache))
    return [incident.model_dump() for incident in build_incidents(store)]


def _intel_reads(store: Store) -> list[str]:
    reads: list[str] = []

    def seen(*args: object) -> None:
        statement = str(args[2])
        if "intel.data" in statement:
            reads.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    return reads


def test_the_register_is_rebuilt_only_where_stories_changed(demo_store: Store) -> None:
    store = demo_store
    whole = _rebuilt(store)
    assert whole  # the demo has incidents
    reads = _intel_reads(store)
    assert [incident.model_dump() for incident in build_incidents(store)] == whole
    assert reads == []  # nothing changed: no intel read, every entry from the cache

    stories = [story for story, *_ in store.stories()]
    store.merge_stories(stories[0], [stories[1]])
    incremental = [incident.model_dump() for incident in build_incidents(store)]
    assert len(reads) == 1  # only the merged story's articles
    assert incremental == _rebuilt(store)


def test_the_data_file_is_made_of_the_cached_entries(demo_store: Store) -> None:
    from sqlalchemy import update

    from veilleur.publish import escape
    from veilleur.publish.register import register_json, to_json

    store = demo_store
    whole = to_json([escape.incident(i) for i in build_incidents(store)])
    assert whole.count('"story_id"') >= 2
    assert register_json(store) == whole
    # Entries cached before schema 13 (no escaped text) are built again, not written empty.
    with store.engine.begin() as conn:
        conn.execute(update(schema.register_cache).values(escaped=None, last_reported=None))
    assert register_json(store) == whole
    with store.engine.begin() as conn:  # no incident at all: an empty list, as to_json writes it
        conn.execute(update(schema.register_cache).values(incident=None))
    assert register_json(store) == to_json([]) == "[]\n"
