"""The daily job as steps: one per stage, one shape (pending → stage → save), each re-runnable alone.

A step takes what its stage has not done yet from the store, runs the stage and saves each
result in its own transaction, so running a step twice, or after a crash, does nothing twice.
The in-process runner (`veilleur run`, `veilleur run --stage brief`) and the worker jobs
(`veilleur.workers.jobs`) call the same steps; a job only narrows "pending" to its own source,
entry or story (`veilleur.workers.scope.Scope`).
"""

from __future__ import annotations

from collections.abc import Callable

from veilleur.cluster_stage import describe_new
from veilleur.pipeline import Pipeline
from veilleur.summary import RunSummary
from veilleur.workers.scope import Scope, unbriefed_stories, unfinished_entries
from veilleur.workers.stages import STAGES


class Steps(Pipeline):
    """`Pipeline`'s stages as steps; `run_stage(name)` runs one of them alone."""

    def run_stage(self, stage: str, only: list[str] | None = None) -> RunSummary:
        """Run one stage over everything pending for it; `only` names sources (collect)."""
        steps: dict[str, Callable[[], None]] = {
            "collect": lambda: self.collect(only),
            "fetch": self.fetch,
            "extract": self.extract,
            "enrich": self.enrich,
            "cluster": self.cluster,
            "brief": self.brief_pending,
            "publish": self.publish,
            "alert": self.alert,
        }
        if stage not in steps:
            raise ValueError(f"unknown stage {stage!r} (one of {', '.join(STAGES)})")
        steps[stage]()
        return self.summary

    # ------------------------------------------------------------ the items of worker jobs

    def collect_source(self, source: str) -> list[int]:
        """Collect one source; returns the ids of its entries still to fetch, extract or enrich
        (those of earlier, interrupted jobs included: a retried job hands them out again)."""
        self.collect([source])
        return unfinished_entries(self.store, source)

    def process_entry(self, entry_id: int) -> RunSummary:
        """Fetch, extract and enrich one entry, each step only if it is still pending for it."""
        return self.process_entries([entry_id])

    def process_entries(self, entry_ids: list[int]) -> RunSummary:
        """Fetch, extract and enrich a batch of entries, each step only for those still pending
        for it, then describe its relevant articles for the clustering (`describe_new`); each stage
        reads the batch's rows at once and saves them in one transaction. An
        entry's failure is recorded for it alone (`Pipeline`'s boundaries, `Store.batch`). In this
        process (no pool of others): a worker process is one core's worth already."""
        scoped = self.derived(entries=entry_ids, cpu_workers=1)
        scoped.fetch()
        scoped.extract()
        raced = [
            int(f.item.removeprefix("entry:"))
            for f in scoped.summary.failures
            if f.stage == "extract" and f.reason.startswith("IntegrityError") and f.item.startswith("entry:")
        ]
        if raced:
            # Another worker saved the same text at the same moment (the content hash is
            # unique): this one is that article's duplicate, which a second try records. Any
            # other failure stands: tried again here, it would count two attempts per job.
            again = self.derived(entries=raced, cpu_workers=1)
            again.extract()
            scoped.summary.failures += again.summary.failures
        scoped.enrich()
        # The clustering features of the batch's relevant articles, computed here, on as many
        # workers as there are, and stored: the clustering job, one at a time, only reads them.
        describe_new(self.store, entry_ids)
        return scoped.summary

    def brief_story(self, story_id: int) -> RunSummary:
        """Brief one story if an article of it is not covered by its briefing yet (with one post per
        article, each of its articles without a briefing of its own)."""
        scoped = self.derived(stories=[story_id])
        scoped.brief_pending()
        return scoped.summary

    def unbriefed(self) -> list[int]:
        return unbriefed_stories(self.store, self.settings.publish.group == "article")

    def derived(
        self,
        entries: list[int] | None = None,
        stories: list[int] | None = None,
        cpu_workers: int | None = None,
    ) -> Steps:
        """Steps with a summary of their own, sharing this one's fetcher and briefing writer (a
        model is loaded once per process); narrowed to `entries` or `stories` when given; with
        `cpu_workers` extraction and enrichment processes instead of the settings' number."""
        store = Scope(self.store, entries or (), stories or ()) if entries or stories else self.store
        settings = self.settings
        if cpu_workers is not None:
            limits = settings.limits.model_copy(update={"cpu_workers": cpu_workers})
            settings = settings.model_copy(update={"limits": limits})
        made = Steps(settings, store, self.fetcher, self.console, self.now)
        made._writer = self.writer()
        made.window = self.window  # the worker's clusterer, kept between its passes
        return made
