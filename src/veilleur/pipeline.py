"""The pipeline runner: feeds each stage from the store and writes its results back.

Stages are resumable because each one only takes records that have no result for it yet, and
saves its results a batch of records at a time (`Store.batch`: one transaction and one commit
per batch). Kill the process anywhere: the batches committed stay, the one under way is rolled
back whole and its records are taken again by the next run: nothing is lost, nothing saved twice.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from veilleur import catalogue, clock
from veilleur.boundary import ItemFailure, describe
from veilleur.brief_stage import BriefStage
from veilleur.collect_stage import CollectStage
from veilleur.config import Settings
from veilleur.extract_stage import ExtractStage
from veilleur.models import (
    Article,
    ClusterInput,
    Intel,
    Source,
    StoredEntry,
)
from veilleur.parallel import CpuPool, Outcome, cpu_count
from veilleur.publish.tlp import source_labels
from veilleur.publish_stage import PublishStage
from veilleur.store import Store
from veilleur.summary import RunSummary
from veilleur.text import regex_cache

if TYPE_CHECKING:
    from veilleur.brief.writer import Writer
    from veilleur.cluster.features import Features
    from veilleur.cluster_window import Window
    from veilleur.collect.http import Fetcher

# Each stage imports its libraries and loads its models when it has work, not at start-up: a run
# with nothing new imports none of extraction, enrichment, clustering or the briefing's modules
# (seconds of imports and models, `tests/test_idle_startup.py`). What a stage loads is loaded before
# its worker processes are forked (`CpuPool` computes the first item here), so they share it.


def sync_sources(store: Store, settings: Settings) -> None:
    """Bring the built-in catalogue and the configured sources into the store. Sources added by
    hand (`veilleur sources add`) and each source's enabled flag and health are kept. A source
    that came from the configuration file and is no longer in it is disabled (its history stays):
    editing veilleur.toml is how such a source is removed."""
    if settings.catalogue:
        for source in catalogue.CATALOGUE:
            if store.sources.get(source.name) is None:
                store.sources.save(source, origin="catalogue")
    configured = {source.name for source in settings.sources}
    for name in store.sources.names("config"):
        if name not in configured:
            store.sources.set_enabled(name, False)
    for source in settings.sources:
        existing = store.sources.get(source.name)
        store.sources.save(source, origin="config")
        if existing is not None and existing.enabled != source.enabled:
            store.sources.set_enabled(source.name, source.enabled)


def _matches(keywords: list[str], text: str) -> list[str]:
    return [word for word in keywords if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I)]


# Articles enriched and saved at a time (one commit each): bounds what a kill loses.
BATCH = 256
# Articles to enrich from which every worker will surely need enrichment's models.
WARM_AT = 32


class Pipeline(CollectStage, ExtractStage, BriefStage, PublishStage):
    # A worker's clusterer kept between its clustering passes (`cluster_window.Window`); None:
    # each pass reads the window from the store.
    window: Window | None = None

    def __init__(
        self,
        settings: Settings,
        store: Store,
        fetcher: Fetcher | None = None,
        console: Console | None = None,
        now: Callable[[], datetime] = clock.now,
    ) -> None:
        self.settings = settings
        self.store = store
        self._fetcher = fetcher
        self._fetcher_lock = threading.Lock()
        self.console = console or Console(stderr=True)
        self.now = now
        self.summary = RunSummary()
        self._writer: Writer | None = None
        self.register_paths: list[Path] = []  # the incident register's files, once written
        self.feed_paths: list[Path] = []  # feed.xml / feed.json, when this run changed them
        self._tlp_labels = source_labels(settings)
        self._budget_lock = threading.Lock()
        self._tokens_spent = 0
        self._known_failures: dict[str, set[str]] = {}  # per stage: items with a failure record
        self._run_pool: CpuPool | None = None  # enrichment's, clustering's and briefing's, in `run`
        regex_cache.install()  # the stages' patterns compiled from the programs a run kept before

    # ------------------------------------------------------------------ error boundaries

    def _boundary(self, stage: str) -> set[str]:
        """Start `stage`: returns the items it must skip (marked failed by earlier runs)."""
        states = self.store.failures.states(stage)
        self._known_failures[stage] = set(states)
        given_up = {item for item, state in states.items() if state == "failed"}
        self.summary.given_up += len(given_up)
        return given_up

    def _failed(
        self, stage: str, item: str, label: str, reason: str, source: str | None = None, detail: str = "{}"
    ) -> None:
        """Record that `item` failed at `stage` (counted across runs, given up at the limit)."""
        record = self.store.failures.record(stage, item, reason, source, label, detail)
        if record.attempts >= max(1, self.settings.limits.max_attempts):
            record = self.store.failures.give_up(record.id)
        self._known_failures.setdefault(stage, set()).add(item)
        given_up = record.state == "failed"
        failure = ItemFailure(stage, label, reason, record.attempts, given_up, record.id, source, item)
        self.summary.failures.append(failure)

    def _succeeded(self, stage: str, item: str) -> None:
        known = self._known_failures.get(stage, set())
        if item in known:
            known.discard(item)
            self.store.failures.clear(stage, [item])

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP client, made at its first use: a run over local files never imports it."""
        with self._fetcher_lock:  # fetching threads may ask for it first
            if self._fetcher is None:
                from veilleur.collect.http import Fetcher

                self._fetcher = Fetcher(self.settings.http)
            return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
        regex_cache.save()

    @contextmanager
    def _progress(self, label: str, total: int) -> Iterator[Callable[[], None]]:
        """A rich progress bar on a terminal; silent otherwise (cron, CI, tests)."""
        if total == 0 or not self.console.is_terminal:
            yield lambda: None
            return
        columns = (TextColumn(f"{label:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=self.console, transient=True) as progress:
            task = progress.add_task(label, total=total)
            yield lambda: progress.advance(task)

    # ------------------------------------------------------------------ stages

    @contextmanager
    def _cpu_pool(self) -> Iterator[CpuPool]:
        """The run's pool while `run` holds one (`_shared_pool`), else one for the stage."""
        if self._run_pool is not None:
            yield self._run_pool
            return
        with CpuPool(
            cpu_count(self.settings.limits.cpu_workers), self.settings.limits.item_cpu_seconds
        ) as pool:
            yield pool

    @contextmanager
    def _shared_pool(self) -> Iterator[None]:
        """One pool of worker processes for enrichment, clustering and briefing: forked once, at
        enrichment (after its models are loaded, which the workers share), and kept until the
        briefings are written, instead of a pool forked and shut down by each stage. Extraction
        keeps a pool of its own, forked before those models are loaded (`preload`)."""
        with CpuPool(
            cpu_count(self.settings.limits.cpu_workers), self.settings.limits.item_cpu_seconds
        ) as pool:
            self._run_pool = pool
            try:
                yield
            finally:
                self._run_pool = None

    def enrich(self) -> None:
        pending = self.store.intel.pending()
        minimum = self.settings.limits.min_relevance
        sources: dict[str, Source | None] = {}  # those of the articles enriched, read once each
        skip = self._boundary("enrich")
        pending = [(entry_id, article) for entry_id, article in pending if f"entry:{entry_id}" not in skip]
        if not pending:
            return
        from veilleur import preload
        from veilleur.enrich import enrich

        watchlist = self.settings.watchlist
        with self._progress("enrich", len(pending)) as advance, self._cpu_pool() as pool:
            if pool.workers > 1 and len(pending) >= WARM_AT:
                # Loaded here before the workers are forked, they share the models; left to load
                # lazily, each worker loads its own (measured: 1.1 s of a 200-article day's 10.3).
                preload.after_extraction([article.lang for _, article in pending])
            # Every article is handed to the workers at once, so that they never wait for this
            # process to save a batch; the saves are still committed a batch at a time.
            outcomes = pool.map(enrich, [(article, minimum, watchlist) for _, article in pending])
            for start in range(0, len(pending), BATCH):
                batch = pending[start : start + BATCH]
                entries = self._entries([entry_id for entry_id, _ in batch])
                self._read_sources(entries, sources)
                with self.store.batch():  # one commit per batch (see Store.batch)
                    for (entry_id, article), outcome in zip(batch, islice(outcomes, len(batch)), strict=True):
                        self._enriched(entry_id, article, outcome, sources, entries)
                        advance()

    def _entries(self, entry_ids: list[int]) -> dict[int, StoredEntry] | None:
        """The entries of a batch, read in one query (None when that fails: each is read alone)."""
        try:
            return self.store.entries.many(entry_ids)
        except Exception:
            return None

    def _read_sources(
        self, entries: dict[int, StoredEntry] | None, sources: dict[str, Source | None]
    ) -> None:
        """Add to `sources` those of the batch's `entries` not read yet, in one query (when it
        fails, `_enriched` reads each alone)."""
        wanted = {stored.entry.source for stored in (entries or {}).values()} - set(sources)
        if not wanted:
            return
        try:
            found = self.store.sources.named(wanted)
        except Exception:
            return
        sources.update({name: found.get(name) for name in wanted})

    def _enriched(
        self,
        entry_id: int,
        article: Article,
        outcome: Outcome[Intel],
        sources: dict[str, Source | None],
        entries: dict[int, StoredEntry] | None = None,
    ) -> None:
        """Record one article's enrichment (or its failure); `entries`: the batch's, read at once."""
        stored = entries.get(entry_id) if entries is not None else self.store.entries.get(entry_id)
        try:
            record = outcome.get()
        except Exception as exc:  # one article's failure
            origin = stored.entry.source if stored else None
            self._failed("enrich", f"entry:{entry_id}", article.url, describe(exc), origin)
            return
        self._succeeded("enrich", f"entry:{entry_id}")
        source = None
        if stored is not None:
            if stored.entry.source not in sources:
                sources[stored.entry.source] = self.store.sources.get(stored.entry.source)
            source = sources[stored.entry.source]
        if source is not None:
            self._apply_filters(record, source, f"{article.title}\n{article.text}")
        if record.relevant and record.watchlist:
            self.summary.watchlist.append((article.url, ", ".join(record.watchlist)))
        if not record.relevant:
            if stored:
                self.summary.report(stored.entry.source).skip("not relevant")
            reason = "; ".join(record.notes) or f"not about cybersecurity (score {record.relevance_score})"
            self.summary.irrelevant.append((article.url, reason))
        self.store.intel.save(entry_id, record)

    @staticmethod
    def _apply_filters(record: Intel, source: Source, text: str) -> None:
        if source.min_relevance is not None:  # first: the keyword rules below can only remove
            # A promotional page stays out whatever the source's threshold.
            record.relevant = record.relevance_score >= source.min_relevance and not record.promotional
            if not record.relevant:
                record.notes.append(f"below the source's minimum relevance ({source.min_relevance})")
        if source.include and not _matches(source.include, text):
            record.relevant = False
            record.notes.append(f"none of the source's include keywords ({', '.join(source.include)})")
        excluded = _matches(source.exclude, text)
        if excluded:
            record.relevant = False
            record.notes.append(f"source exclude keyword(s): {', '.join(excluded)}")

    def cluster(self) -> None:
        """Put each new relevant article in a story: an existing one it tells again, or its own."""
        skip = self._boundary("cluster")
        pending = self.store.features.pending_features()
        pending = [item for item in pending if f"entry:{item[0].id}" not in skip]
        from veilleur.cluster_stage import assign_stories, stand_alone
        from veilleur.corrections import apply_corrections

        def failed(stored: StoredEntry, exc: Exception) -> None:
            entry = stored.entry
            self._failed("cluster", f"entry:{stored.id}", entry.url, describe(exc), entry.source)

        with self._progress("cluster", len(pending)) as advance, self._cpu_pool() as pool:

            def describer(batches: list[list[ClusterInput]]) -> Iterator[Callable[[], list[Features]]]:
                from veilleur.cluster.features import features_for

                # The model and patterns are loaded here on one article, then every batch (64
                # articles) goes to the workers, which would otherwise wait for the first one.
                warm = partial(features_for, batches[0][:1]) if batches and batches[0] else None
                outcomes = pool.map(features_for, [(batch,) for batch in batches], chunk=1, warm=warm)
                return (outcome.get for outcome in outcomes)

            started, joined = assign_stories(self.store, pending, advance, failed, describer, self.window)
        started += stand_alone(self.store, failed)  # given up on, this run or before: not lost for that
        if retried := self._known_failures["cluster"]:
            still = {f"entry:{stored.id}" for stored, _ in self.store.features.pending_features()}
            self.store.failures.clear("cluster", sorted(retried - still))
        self.summary.stories_started += started
        self.summary.stories_joined += joined
        # An analyst's corrections (victims, category, actors) hold for articles that joined since.
        apply_corrections(self.store)

    def run(self, only: list[str] | None = None) -> RunSummary:
        self.collect(only)
        self.fetch()
        self.extract()
        with self._shared_pool():
            self.enrich()
            self.cluster_then_brief()
        self.publish()
        self.alert()
        return self.summary
