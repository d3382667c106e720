"""The cluster stage of the runner: each new relevant article joins a stored story or starts one.

Every article is described once (`features_for`: its extracted title, lead and body, and its
Intel record) and its features are stored. At each run the window's features are read back from
the store, never computed again, so an article clustered today can join a story started three
days ago, and a run's cost depends on the day's articles, not on the history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from veilleur.models import Article, ClusterInput, FeatureRow, Intel, StoredEntry
from veilleur.models.signals import SignalCode, signal
from veilleur.store import Store

if TYPE_CHECKING:
    from veilleur.cluster.features import Features
    from veilleur.cluster.stories import Clusterer
    from veilleur.cluster_window import Window

# The features' modules (numpy, enrichment's recognisers, the sentence encoder) are imported when
# there are articles to place: a run with nothing new only joins exact copies.

BATCH = 64  # articles embedded together: the model amortises its weights over a batch
PLACED_TOGETHER = 256  # articles placed in one transaction (one commit, not one per article)

# Batches of inputs → for each batch, in order, a call giving its features (or raising its error):
# the runner computes them on its worker processes; by default each is computed when called.
Describer = Callable[[list[list[ClusterInput]]], Iterator[Callable[[], list["Features"]]]]


def in_process(batches: list[list[ClusterInput]]) -> Iterator[Callable[[], list[Features]]]:
    from veilleur.cluster.features import features_for

    return (partial(features_for, batch) for batch in batches)


def _inputs(chunk: list[tuple[StoredEntry, Article, Intel | None]]) -> list[ClusterInput]:
    return [
        ClusterInput(
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


def _batches(
    items: list[tuple[StoredEntry, Article, Intel | None]],
) -> list[list[tuple[StoredEntry, Article, Intel | None]]]:
    return [items[start : start + BATCH] for start in range(0, len(items), BATCH)]


def _save(
    chunk: list[tuple[StoredEntry, Article, Intel | None]], computed: list[Features], store: Store
) -> dict[int, Features]:
    """Store the features of `chunk` and return them as stored (`decode(encode(…))`: the embedding
    in float16), so that an article is placed with the same features whether they were computed
    here or ahead of the clustering (`describe_new`) and read back."""
    from veilleur.cluster.features import VERSION, decode, encode

    out: dict[int, Features] = {}
    rows = []
    for (stored, _, _), features in zip(chunk, computed, strict=True):
        row = FeatureRow(stored.id, stored.post_date.isoformat(), VERSION, *encode(features))
        out[stored.id] = decode(features.id, features.day, row.data, row.minhash, row.embedding)
        rows.append(row)
    store.features.save(rows)
    return out


def describe_new(store: Store, entry_ids: list[int]) -> int:
    """Compute and store, ahead of the clustering, the features of the relevant articles of
    `entry_ids` that are in no story and have none (a worker's entry job, after enrichment: the
    clustering job, one at a time, then only reads them back). Returns the articles described. An
    article whose features fail is left to the cluster stage, which computes them again and
    records the failure; one run twice stores nothing twice (a row per article)."""
    if not entry_ids:
        return 0
    from veilleur.cluster.features import VERSION

    items = store.features.undescribed(entry_ids, VERSION)
    return len(_describe_each(items, store, lambda _stored, _exc: None)) if items else 0


def _stored_features(pending: list[tuple[StoredEntry, FeatureRow | None]]) -> dict[int, Features]:
    """The features stored for the pending articles (of this version, readable), by entry id."""
    from veilleur.cluster.features import VERSION, decode

    out: dict[int, Features] = {}
    for stored, row in pending:
        if row is not None and row.version == VERSION:
            try:
                out[stored.id] = decode(
                    str(stored.id), stored.post_date, row.data, row.minhash, row.embedding
                )
            except ValueError:
                continue  # of another shape: computed again
    return out


def _window(
    store: Store,
    since: date,
    describer: Describer = in_process,
    only: list[int] | None = None,
    clusterer: Clusterer | None = None,
) -> Clusterer:
    """A clusterer holding the stored stories' articles from `since` on, each story dated by its
    first article even when that article is older than `since`; with `only`, `clusterer` given
    these members of the window (`cluster_window.Window`: those placed since it was read)."""
    from veilleur.cluster.features import VERSION, decode
    from veilleur.cluster.stories import Clusterer

    clusterer = Clusterer() if clusterer is None else clusterer
    members = store.features.window(since, VERSION, only)
    first_days = store.stories.first_days({member.story_id for member, _ in members})
    decoded: dict[int, Features] = {}
    missing: list[int] = []
    for member, row in members:
        try:
            if row is not None:
                decoded[member.entry_id] = decode(
                    str(member.entry_id), member.day, row.data, row.minhash, row.embedding
                )
                continue
        except ValueError:  # a damaged row: computed again, not allowed to stop every run's stage
            pass
        missing.append(member.entry_id)
    # A member whose features cannot be computed (the article clustering gave up on: it stands
    # alone) is left out of the window, not allowed to stop the stage.
    to_describe = store.features.to_describe(missing) if missing else []
    computed = _describe_each(to_describe, store, lambda _stored, _exc: None, describer)
    for member, _row in members:
        features = decoded.get(member.entry_id, computed.get(member.entry_id))
        if features is None:
            continue  # an exact copy: its original stands for it
        clusterer.remember(features, str(member.story_id), first_days.get(member.story_id))
    return clusterer


def assign_stories(
    store: Store,
    pending: list[tuple[StoredEntry, FeatureRow | None]],
    advance: Callable[[], None] = lambda: None,
    on_error: Callable[[StoredEntry, Exception], None] | None = None,
    describer: Describer = in_process,
    window: Window | None = None,
) -> tuple[int, int]:
    """Cluster `pending` (oldest first; `store.features.pending_features`) into the store's stories;
    (stories started, articles joined). Exact copies of clustered articles join their original's
    story as well. An article that raises (described or placed) is passed to `on_error` (raised
    when None) and the others go on. Features stored ahead (`describe_new`) are read back; the
    others are computed by `describer` (the runner's worker processes) and stored; articles are
    placed in order, here, each with its features as stored. `window`: a worker's clusterer kept
    from its last pass (`cluster_window.Window`), read again only where the store changed."""
    if window is None:
        return _assign_all(store, pending, advance, on_error, describer, None)
    try:
        return _assign_all(store, pending, advance, on_error, describer, window)
    except BaseException:
        window.drop()  # its placements may not all be in the store
        raise


def _assign_all(
    store: Store,
    pending: list[tuple[StoredEntry, FeatureRow | None]],
    advance: Callable[[], None],
    on_error: Callable[[StoredEntry, Exception], None] | None,
    describer: Describer,
    window: Window | None,
) -> tuple[int, int]:
    started = joined = 0
    if pending:
        from veilleur.cluster.stories import WINDOW

        since = min(stored.post_date for stored, _ in pending) - WINDOW - WINDOW
        clusterer = window.load(store, since, describer) if window else _window(store, since, describer)
        failed_any = False
        described = _stored_features(pending)
        missing = [stored.id for stored, _ in pending if stored.id not in described]
        # The missing features are computed by the workers and come back batch by batch, in
        # order: each group of placements waits only for its own articles' features, and is
        # placed while the workers compute the next ones (placing waited for the last batch,
        # then ran with a core idle: about 0.5 s of a 2,000-article run).
        waiting = set(missing)
        coming = (
            _described(store.features.to_describe(missing), store, on_error, describer) if missing else None
        )
        # Stories whose briefing or post has a failure record: a new article clears it.
        troubled = store.failures.items("brief") | store.failures.items("publish")
        with clusterer.one_thread():
            for start in range(0, len(pending), PLACED_TOGETHER):
                group = pending[start : start + PLACED_TOGETHER]
                while coming is not None and waiting.intersection(stored.id for stored, _ in group):
                    got = next(coming, None)
                    if got is None:  # nothing more to come: the rest failed or was not found
                        waiting.clear()
                        break
                    described.update(got[1])
                    waiting.difference_update(stored.id for stored, _, _ in got[0])
                # One transaction for many placements (each in its own savepoint on PostgreSQL):
                # a kill loses them all and nothing else, and the next pass, its window read
                # from the store again, places them again.
                with store.batch():
                    for stored, _row in group:
                        features = described.get(stored.id)
                        if features is None:
                            advance()
                            continue  # its failure is recorded
                        try:
                            if _assign(store, clusterer, stored, features, troubled):
                                started += 1
                            else:
                                joined += 1
                        except Exception as exc:
                            if on_error is None:
                                raise
                            failed_any = True  # the clusterer may hold it, the store does not
                            on_error(stored, exc)
                        else:
                            if window is not None:
                                window.placed(
                                    stored.id, int(clusterer.story_of[str(stored.id)]), stored.post_date
                                )
                        advance()
        if failed_any and window is not None:
            window.drop()
    # Exact copies (same text under another URL) were never enriched: one more source each.
    for entry_id, original, day in store.features.pending_copies():
        story_id = store.stories.of(original)
        assert story_id is not None
        store.stories.join(
            entry_id, story_id, day, original, 1.0, [signal(SignalCode.SAME_TEXT, str(original))], original
        )
        joined += 1
    return started, joined


def _describe_each(
    pending: Sequence[tuple[StoredEntry, Article, Intel | None]],
    store: Store,
    on_error: Callable[[StoredEntry, Exception], None] | None,
    describer: Describer = in_process,
) -> dict[int, Features]:
    """Features of the pending articles, in batches (by `describer`); a batch that fails
    is described one article at a time, so that only the article at fault is set aside."""
    out: dict[int, Features] = {}
    for _chunk, described in _described(pending, store, on_error, describer):
        out.update(described)
    return out


def _described(
    pending: Sequence[tuple[StoredEntry, Article, Intel | None]],
    store: Store,
    on_error: Callable[[StoredEntry, Exception], None] | None,
    describer: Describer = in_process,
) -> Iterator[tuple[list[tuple[StoredEntry, Article, Intel | None]], dict[int, Features]]]:
    """Each batch of `pending` (in order) with the features of its articles, stored, as each batch
    comes back from `describer` (`_describe_each`)."""

    items: list[tuple[StoredEntry, Article, Intel | None]] = list(pending)
    batches = _batches(items)
    for chunk, computed in zip(batches, describer([_inputs(chunk) for chunk in batches]), strict=True):
        try:
            out = _save(chunk, computed(), store)
        except Exception:
            if on_error is None:
                raise
            out = {}
        else:
            yield chunk, out
            continue
        # One at a time, still by `describer`: an article that ends its worker process (killed,
        # out of memory, a crash in C code) would end this one, and the run, if described here.
        alone = describer([_inputs([item]) for item in chunk])
        for item, computed_alone in zip(chunk, alone, strict=True):
            try:
                out.update(_save([item], computed_alone(), store))
            except Exception as exc:
                on_error(item[0], exc)
        yield chunk, out


def stand_alone(store: Store, on_error: Callable[[StoredEntry, Exception], None] | None = None) -> int:
    """Give each article clustering gave up on (failed `limits.max_attempts` times: its features
    cannot be computed, or it cannot be placed) a story of its own, so that it is still briefed
    and published, under either publish policy; why it stands alone is its member's signal.
    An article the store refuses a story (raises) is passed to `on_error` (raised when None)
    and the others go on. Returns the stories started."""
    given_up = {f.item: f for f in store.failures.all("failed") if f.stage == "cluster"}
    if not given_up:
        return 0
    started = 0
    for stored, _article, _intel in store.features.pending():
        failure = given_up.get(f"entry:{stored.id}")
        if failure is None:
            continue
        why = signal(SignalCode.CLUSTERING_FAILED, str(failure.attempts), failure.reason)
        try:
            store.stories.start(stored.id, stored.post_date, 0.0, [why])
        except Exception as exc:
            if on_error is None:
                raise
            on_error(stored, exc)
            continue
        started += 1
    return started


def _assign(
    store: Store, clusterer: Clusterer, stored: StoredEntry, features: Features, troubled: set[str]
) -> bool:
    """Put one article in a story; True when it starts a new one. `troubled`: the items
    (`story:ID`) with a briefing or publishing failure record."""
    decision = clusterer.add(features)
    if decision.joined is None:
        story = store.stories.start(stored.id, stored.post_date, decision.score)
        clusterer.rename(features.id, str(story))
        return True
    match, story = int(decision.joined), int(decision.story_id)
    store.stories.join(
        stored.id,
        story,
        stored.post_date,
        match,
        decision.score,
        decision.signals,
        near_duplicate_of=match if decision.near_duplicate else None,
    )
    # A new article is new input: a story whose briefing or post kept failing is tried afresh.
    if f"story:{story}" in troubled:
        for stage in ("brief", "publish"):
            store.failures.clear(stage, [f"story:{story}"])
        troubled.discard(f"story:{story}")
    return False
