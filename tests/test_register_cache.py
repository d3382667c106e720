"""The incident register is rebuilt only for the stories that changed, and is the same register a
whole rebuild gives, before and after a merge of stories."""

from __future__ import annotations

import pytest
from conftest import CLOCKS
from sqlalchemy import delete, event

from veilleur.config import load_settings
from veilleur.decisions import merge_invalidates, split_invalidates
from veilleur.demo import run_demo
from veilleur.publishing.register import build_incidents
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

    stories = [story for story, *_ in store.stories.all()]
    store.decisions.merge(stories[0], [stories[1]], merge_invalidates())
    incremental = [incident.model_dump() for incident in build_incidents(store)]
    assert len(reads) == 1  # only the merged story's articles
    assert incremental == _rebuilt(store)


def test_the_data_file_is_made_of_the_cached_entries(demo_store: Store) -> None:
    from sqlalchemy import update

    from veilleur.publish.register import entry_text, to_json
    from veilleur.publishing.register import register_json

    store = demo_store
    whole = "[\n" + ",\n".join(entry_text(i) for i in build_incidents(store)) + "\n]\n"
    assert whole.count('"story_id"') >= 2
    assert register_json(store) == whole
    # Entries cached before schema 13 (no escaped text) are built again, not written empty.
    with store.engine.begin() as conn:
        conn.execute(update(schema.register_cache).values(escaped=None, last_reported=None))
    assert register_json(store) == whole
    with store.engine.begin() as conn:  # no incident at all: an empty list, as to_json writes it
        conn.execute(update(schema.register_cache).values(incident=None))
    assert register_json(store) == to_json([]) == "[]\n"


def test_a_build_checks_the_stories_touched_since_the_last_and_misses_no_change(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each kind of change is seen by the next build (the same register as a whole rebuild),
    which checks only the stories touched since the last one."""
    from datetime import timedelta

    from sqlalchemy import select

    from veilleur.models import Article, Entry, Intel, Source, SourceKind, Victim
    from veilleur.store import register_cache, register_changes

    store = demo_store
    clock = CLOCKS["2026-11-30T23:30Z"]

    def later() -> None:
        nonlocal clock
        clock += timedelta(hours=1)
        monkeypatch.setenv("VEILLEUR_NOW", clock.isoformat())

    later()
    _rebuilt(store)
    later()
    last = register_changes.last_mark(store.engine)
    assert (
        register_changes.changed_since(store.engine, last, register_changes.mark_now(store.engine)) == set()
    )
    incidents = {i.story_id: i for i in build_incidents(store)}
    story = sorted(incidents)[0]
    members = store.stories.members(story)

    later()  # an article joins an old story, and it says who else was hit
    url = "https://late.example/1"
    entry_id = store.entries.add(Entry(url=url, canonical_url=url, source="late", title="Late"), clock.date())
    assert entry_id is not None
    store.articles.save(
        entry_id, Article(url=url, canonical_url=url, title="Late", text="late " * 60), "late-1"
    )
    intel = Intel(relevant=True, relevance_score=9, category="ransomware", victims=[Victim(name="Autre SA")])
    store.intel.save(entry_id, intel)
    store.stories.join(entry_id, story, clock.date(), members[0].entry_id, 0.9, ["title"])
    seen = register_changes.changed_since(store.engine, register_changes.last_mark(store.engine),
                                          register_changes.mark_now(store.engine))  # fmt: skip
    assert seen == {story}  # only the touched story is checked
    assert [i.model_dump() for i in build_incidents(store)] == _rebuilt(store)
    assert "Autre SA" in {name for i in build_incidents(store) for name in i.other_victims}

    later()  # an outlet is renamed: every entry naming it changes
    store.sources.save(
        Source(name="late", kind=SourceKind.FEED, url="https://late.example/f", title="Le Retard")
    )
    assert register_changes.changed_since(store.engine, register_changes.last_mark(store.engine),
                                          register_changes.mark_now(store.engine)) is None  # fmt: skip
    assert [i.model_dump() for i in build_incidents(store)] == _rebuilt(store)

    later()  # a split takes the late article out again
    store.decisions.split(
        story,
        [entry_id],
        lead=min({m.entry_id for m in store.stories.members(story)} - {entry_id}),
        stale=split_invalidates(),
    )
    assert [i.model_dump() for i in build_incidents(store)] == _rebuilt(store)

    later()  # an article of another story is enriched again (a failure retried)
    other = sorted(incidents)[-1]
    lead = store.stories.members(other)[0].entry_id
    with store.engine.begin() as conn:
        data = conn.execute(select(schema.intel.c.data).where(schema.intel.c.entry_id == lead)).scalar()
        conn.execute(delete(schema.intel).where(schema.intel.c.entry_id == lead))
    _rebuilt(store)
    later()
    store.intel.save(lead, Intel.model_validate_json(data))
    assert [i.model_dump() for i in build_incidents(store)] == _rebuilt(store)
    assert other in {i.story_id for i in build_incidents(store)}

    # A clock set back (a replay of an older day) checks every story.
    monkeypatch.setenv("VEILLEUR_NOW", CLOCKS["2026-11-29T10:00Z"].isoformat())
    assert register_changes.changed_since(store.engine, register_changes.last_mark(store.engine),
                                          register_changes.mark_now(store.engine)) is None  # fmt: skip
    assert register_cache.cached(store.engine)  # the mark is no story
    assert register_changes.MARK_ROW not in register_cache.cached(store.engine)


def test_a_change_timed_before_a_build_but_committed_after_it_is_seen(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker's row carries the time its transaction began (or its machine's clock): a story
    touched "5 minutes before" a build, committed once the build had read the store, is still
    checked by the next build."""
    from datetime import timedelta

    from veilleur.models import Article, Entry, Intel, Victim

    store = demo_store
    start = CLOCKS["2026-11-30T23:30Z"] + timedelta(days=2)
    monkeypatch.setenv("VEILLEUR_NOW", start.isoformat())
    story = sorted(i.story_id for i in build_incidents(store))[0]
    members = store.stories.members(story)

    monkeypatch.setenv("VEILLEUR_NOW", (start - timedelta(minutes=5)).isoformat())
    url = "https://late.example/settle"
    entry_id = store.entries.add(Entry(url=url, canonical_url=url, source="late", title="Late"), start.date())
    assert entry_id is not None
    store.articles.save(
        entry_id, Article(url=url, canonical_url=url, title="Late", text="late " * 60), "settle"
    )
    store.intel.save(
        entry_id,
        Intel(relevant=True, relevance_score=9, category="ransomware", victims=[Victim(name="Tardive SA")]),
    )
    store.stories.join(entry_id, story, start.date(), members[0].entry_id, 0.9, ["title"])

    monkeypatch.setenv("VEILLEUR_NOW", (start + timedelta(hours=1)).isoformat())
    found = {i.story_id: i for i in build_incidents(store)}
    assert "Tardive SA" in found[story].other_victims
