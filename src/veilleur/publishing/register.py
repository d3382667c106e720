"""The incident register built from the store: only the stories changed since the last build are
built again (store.register_changes, store.register_cache), the others' entries read back (the
publish stage's step; `publish/register.py` makes an incident and writes the files)."""

from __future__ import annotations

from veilleur.models import Incident
from veilleur.publish.register import entry_text, incident_of
from veilleur.store import Store, register_cache, register_changes

MAX_LISTED = 2000  # stories rebuilt by id; more are read whole


def _refresh(store: Store) -> None:
    """Build the entries of the stories changed since the last build (store.register_cache,
    store.register_changes) and remember them."""
    mark = register_changes.mark_now(store.engine)
    candidates = register_changes.changed_since(store.engine, register_changes.last_mark(store.engine), mark)
    current = register_cache.signatures(store.engine, candidates)
    known = register_cache.cached(store.engine, candidates)
    changed = {
        story for story, (signature, *_) in current.items() if known.get(story, ("", None))[0] != signature
    }
    built: dict[int, register_cache.Built] = {}
    if changed:
        # Past a few thousand (a first build), reading all is cheaper than a huge IN list, and
        # stays under SQLite's limit on bound parameters.
        only = changed if len(changed) <= MAX_LISTED else None
        posts = store.posts.of_stories(only)
        own = store.posts.of_articles(only)  # one post per article: the story's first article's stands
        sources = store.stories.sources(only)
        for story_id in sorted(changed):
            signature, first_day, last_day = current[story_id]
            items = sources.get(story_id, [])
            post = posts.get(story_id) or next(iter(own.get(story_id, [])), None)
            incident = incident_of(story_id, first_day, last_day, items, post)
            if incident is None:
                built[story_id] = register_cache.Built(signature)
                continue
            day, data = incident.last_reported.isoformat(), incident.model_dump_json()
            built[story_id] = register_cache.Built(signature, data, day, entry_text(incident))
    register_cache.remember(store.engine, built, set(known) - set(current), mark)


def build_incidents(store: Store) -> list[Incident]:
    """Every incident in the store, newest first. Only stories changed since the last build are
    rebuilt (store.register_cache); the others' entries are read back as they were built."""
    _refresh(store)
    cached = register_cache.cached(store.engine).values()
    incidents = [Incident.model_validate_json(data) for _sig, data in cached if data]
    return sorted(incidents, key=lambda i: (i.last_reported, i.story_id), reverse=True)


def register_json(store: Store) -> str:
    """The data file's text, a JSON list of `entry_text(i) for i in build_incidents(store)`,
    made of the cached entries: only the changed stories' entries are built and escaped."""
    _refresh(store)
    found = register_cache.entries(store.engine)
    return "[\n" + ",\n".join(found) + "\n]\n" if found else "[]\n"
