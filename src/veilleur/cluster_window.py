"""The clustering window kept between a worker's clustering passes.

A worker places the articles enriched so far several times a run (`veilleur.workers.jobs.cluster`),
and each pass read the whole window back from the store (every member's features: a few KB each,
decoded again) to place a few hundred articles. `Window` keeps the clusterer of the last pass in
the process and, at the next, reads only the window's member keys (entry, story, day: no
features), then the features of the members another process placed meanwhile. Anything else
that changed (a member gone or moved to another story: a merge or split, a failed pass, another
window start) makes it read the whole window again, as before.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from veilleur.cluster_stage import Describer, _window, in_process
from veilleur.store import Store

if TYPE_CHECKING:
    from veilleur.cluster.stories import Clusterer


class Window:
    """One process's clusterer between passes, and the store members it holds (or pruned)."""

    def __init__(self) -> None:
        self.since: date | None = None
        self.clusterer: Clusterer | None = None
        # Entry id → (story id, day) of every member the clusterer was given or placed.
        self.members: dict[int, tuple[int, str]] = {}
        self.reads = 0  # whole-window reads (for tests: how often the window was read again)

    def drop(self) -> None:
        """Forget the clusterer (a pass failed: it may hold placements the store does not)."""
        self.clusterer, self.since, self.members = None, None, {}

    def load(self, store: Store, since: date, describer: Describer = in_process) -> Clusterer:
        """The window from `since` on: the kept clusterer with the members placed since the last
        pass added, or the whole window read again when the kept one no longer matches the store."""
        keys = {entry: (story, day) for entry, story, day in store.features.window_keys(since)}
        if self.clusterer is not None and self.since == since:
            moved = any(
                keys.get(entry, (story, day)) != (story, day) for entry, (story, day) in self.members.items()
            )
            gone = any(
                entry not in keys and day >= since.isoformat() for entry, (_, day) in self.members.items()
            )
            if not moved and not gone:
                added = sorted((day, entry) for entry, (_, day) in keys.items() if entry not in self.members)
                if added:
                    _window(store, since, describer, [entry for _, entry in added], self.clusterer)
                    self.members.update({entry: keys[entry] for _, entry in added})
                return self.clusterer
        self.clusterer = _window(store, since, describer)
        self.since, self.members = since, keys
        self.reads += 1
        return self.clusterer

    def placed(self, entry_id: int, story_id: int, day: date) -> None:
        """An article this process placed (committed with its pass's batch)."""
        self.members[entry_id] = (story_id, day.isoformat())
