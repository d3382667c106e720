"""The cluster stage: each new relevant article joins a stored story or starts one.

Every article is described once (`features_for`: its extracted title, lead and body, and its
Intel record) and its features are stored. At each run the window's features are read back from
the store, never computed again, so an article clustered today can join a story started three
days ago, and a run's cost depends on the day's articles, not on the history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from veilleur.cluster.features import VERSION, Features, Input, decode, encode, features_for
from veilleur.cluster.stories import WINDOW, Clusterer
from veilleur.models import Article, FeatureRow, Intel, StoredEntry
from veilleur.store import Store

BATCH = 64  # articles embedded together: the model amortises its weights over a batch


def _describe(items: list[tuple[StoredEntry, Article, Intel | None]], store: Store) -> dict[int, Features]:
    """Features of stored articles, computed in batches and saved."""
    out: dict[int, Features] = {}
    for start in range(0, len(items), BATCH):
        chunk = items[start : start + BATCH]
        inputs = [
            Input(
                str(stored.id),
                stored.post_date,
                article.title,
                article.text,
                stored.entry.source,
                intel,
                headline=stored.entry.title,
            )
            for stored, article, intel in chunk
        ]
        rows = []
        for (stored, _, _), features in zip(chunk, features_for(inputs), strict=True):
            out[stored.id] = features
            rows.append(FeatureRow(stored.id, stored.post_date.isoformat(), VERSION, *encode(features)))
        store.save_features(rows)
    return out


def _window(store: Store, since: date) -> Clusterer:
    """A clusterer holding the stored stories' articles from `since` on."""
    clusterer = Clusterer()
    members = store.window_features(since, VERSION)
    missing = [member.entry_id for member, row in members if row is None]
    computed = _describe(store.members_to_describe(missing), store) if missing else {}
    for member, row in members:
        if row is not None:
            features = decode(str(member.entry_id), member.day, row.data, row.minhash, row.embedding)
        elif member.entry_id in computed:
            features = computed[member.entry_id]
        else:
            continue  # an exact copy: its original stands for it
        clusterer.remember(features, str(member.story_id))
    return clusterer


def assign_stories(
    store: Store,
    pending: list[tuple[StoredEntry, Article, Intel]],
    advance: Callable[[], None] = lambda: None,
    on_error: Callable[[StoredEntry, Exception], None] | None = None,
) -> tuple[int, int]:
    """Cluster `pending` (oldest first) into the store's stories; (stories started, articles
    joined). Exact copies of clustered articles join their original's story as well. An article
    that raises (described or placed) is passed to `on_error` (raised when None) and the others
    go on."""
    started = joined = 0
    if pending:
        since = min(stored.post_date for stored, _, _ in pending) - WINDOW - WINDOW
        clusterer = _window(store, since)
        described = _describe_each(pending, store, on_error)
        for stored, _article, _intel in pending:
            features = described.get(stored.id)
            if features is None:
                advance()
                continue  # its failure is recorded
            try:
                if _assign(store, clusterer, stored, features):
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


def _describe_each(
    pending: list[tuple[StoredEntry, Article, Intel]],
    store: Store,
    on_error: Callable[[StoredEntry, Exception], None] | None,
) -> dict[int, Features]:
    """Features of the pending articles, in batches; a batch that fails is described one article
    at a time, so that only the article at fault is set aside."""
    items: list[tuple[StoredEntry, Article, Intel | None]] = list(pending)
    out: dict[int, Features] = {}
    for start in range(0, len(items), BATCH):
        chunk = items[start : start + BATCH]
        try:
            out.update(_describe(chunk, store))
            continue
        except Exception:
            if on_error is None:
                raise
        for item in chunk:
            try:
                out.update(_describe([item], store))
            except Exception as exc:
                on_error(item[0], exc)
    return out


def _assign(store: Store, clusterer: Clusterer, stored: StoredEntry, features: Features) -> bool:
    """Put one article in a story; True when it starts a new one."""
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
