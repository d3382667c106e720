"""The cluster stage: each new relevant article joins a stored story or starts one.

The index is rebuilt from the stories of the last days at every run, so an article clustered today
can join a story started three days ago, and a story never depends on which run saw what.
"""

from __future__ import annotations

from collections.abc import Callable

from veilleur.cluster.features import features_of
from veilleur.cluster.stories import WINDOW, Clusterer
from veilleur.models import Article
from veilleur.store import Store
from veilleur.store.rows import StoredEntry


def assign_stories(
    store: Store,
    pending: list[tuple[StoredEntry, Article]],
    advance: Callable[[], None] = lambda: None,
    on_error: Callable[[StoredEntry, Exception], None] | None = None,
) -> tuple[int, int]:
    """Cluster `pending` (oldest first) into the store's stories; (stories started, articles
    joined). Exact copies of clustered articles join their original's story as well. An article
    that raises is passed to `on_error` (raised when None) and the others go on."""
    started = joined = 0
    if pending:
        since = min(stored.post_date for stored, _ in pending) - WINDOW - WINDOW
        clusterer = Clusterer()
        for member, title, text, source in store.recent_members(since):
            clusterer.remember(
                features_of(str(member.entry_id), member.day, title, text, source), str(member.story_id)
            )
        for stored, article in pending:
            try:
                if _assign(store, clusterer, stored, article):
                    started += 1
                else:
                    joined += 1
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(stored, exc)
            advance()
    # Exact copies (same text under another URL) were never enriched: one more source each.
    for entry_id, original, day in store.pending_copies():
        story_id = store.story_of(original)
        assert story_id is not None
        store.join_story(
            entry_id, story_id, day, original, 1.0, [f"same text as article {original}"], original
        )
        joined += 1
    return started, joined


def _assign(store: Store, clusterer: Clusterer, stored: StoredEntry, article: Article) -> bool:
    """Put one article in a story; True when it starts a new one."""
    features = features_of(str(stored.id), stored.post_date, article.title, article.text, stored.entry.source)
    decision = clusterer.add(features)
    if decision.joined is None:
        story = store.start_story(stored.id, stored.post_date, decision.score)
        clusterer.rename(features.id, str(story))
        return True
    match, story = int(decision.joined), int(decision.story_id)
    store.join_story(
        stored.id,
        story,
        stored.post_date,
        match,
        decision.score,
        decision.signals,
        near_duplicate_of=match if decision.near_duplicate else None,
    )
    # A new article is new input: a story whose briefing or post kept failing is tried afresh.
    for stage in ("brief", "publish"):
        store.clear_failures(stage, [f"story:{story}"])
    return False
