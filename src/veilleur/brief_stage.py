"""The brief stage of the pipeline: one job per story (or per article), written by the model or
the extractive backend within the run's budgets, each job in its own error boundary.

Mixed into `Pipeline`, which provides the store, the settings, the summary, the progress bar and
the failure records (`_boundary`, `_failed`, `_succeeded`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING

from veilleur.boundary import describe
from veilleur.brief.story import story_request
from veilleur.cluster.merge import merge_intel, new_facts
from veilleur.config import Settings
from veilleur.models import BriefRequest, StoryArticle, StoryBriefing
from veilleur.parallel import Outcome as Done
from veilleur.stage_host import StageHost
from veilleur.store import Store
from veilleur.text.fingerprint import content_hash

if TYPE_CHECKING:
    from veilleur.brief.writer import Outcome, Writer
    from veilleur.summary import RunSummary

JOBS_AHEAD = 64  # briefings handed to the workers at a time: the next ones are made meanwhile

# The writer's modules (the guard, extraction, enrichment's facts, the prompts: 0.3 s) are imported
# when there is something to brief.


@dataclass(frozen=True)
class BriefJob:
    """One briefing to write: for an article, or for a whole story."""

    url: str  # what the run summary names when it fails
    request: BriefRequest
    digest: str  # content hash of what is briefed: the model cache key
    save: Callable[[Outcome], None]
    item: str = ""  # its key in the failure records: "entry:N" or "story:N"
    source: str | None = None


def _adds_facts(items: list[StoryArticle], covered: list[int]) -> bool:
    """Do the articles the story's briefing has not seen report a fact it lacks?"""
    known = [item.intel for item in items if item.stored.id in covered and item.intel]
    fresh = [item.intel for item in items if item.stored.id not in covered and item.intel]
    if not fresh:
        return False
    return not known or bool(new_facts(merge_intel(fresh), merge_intel(known)))


class BriefStage(StageHost):
    settings: Settings
    store: Store
    summary: RunSummary
    _writer: Writer | None
    _budget_lock: threading.Lock
    _tokens_spent: int

    if TYPE_CHECKING:  # provided by Pipeline

        def cluster(self) -> None: ...

    def writer(self) -> Writer:
        if self._writer is None:
            from veilleur.brief.writer import Writer

            self._writer = Writer(self.settings.brief)
        return self._writer

    def cluster_then_brief(self, again: bool = False, max_briefs: int | None = None) -> None:
        """The cluster stage, then the brief stage over what is pending: stories, or articles under
        the one-post-per-article policy (all of them again with `again`: cached model answers cost
        no call). What `veilleur run` and `veilleur brief` do; the brief stage alone is
        `brief_pending` (`veilleur run --stage brief`)."""
        self.cluster()
        self.brief_pending(again, max_briefs)

    def brief_pending(self, again: bool = False, max_briefs: int | None = None) -> None:
        """The brief stage alone: what is clustered and not briefed yet, under the publish policy
        (`cluster_then_brief()` clusters first)."""
        skip = self._boundary("brief")
        jobs: Iterator[BriefJob]
        if self.settings.publish.group == "story":
            total, jobs = self._story_jobs(again, skip)
        else:
            listed = self._article_jobs(again, skip)
            total, jobs = len(listed), iter(listed)
        limit = max_briefs if max_briefs is not None else self.settings.brief.max_briefs
        if limit:
            total, jobs = min(total, limit), islice(jobs, limit)
        self._run_jobs(jobs, total)

    def _outlets(self) -> dict[str, str]:
        return {source.name: source.title or source.name for source in self.store.sources.all()}

    def _article_jobs(self, again: bool, skip: set[str]) -> list[BriefJob]:
        """The one-post-per-article policy over stories: a job per article of a story."""
        outlets = self._outlets()
        jobs = []
        for stored, article, record in self.store.briefings.pending_articles(again):
            if f"entry:{stored.id}" in skip:
                continue
            outlet = outlets.get(stored.entry.source, stored.entry.source)
            request = BriefRequest(article=article, intel=record, outlet=outlet, url=stored.entry.link)

            def save(outcome: Outcome, entry_id: int = stored.id) -> None:
                assert outcome.briefing is not None
                self.store.briefings.save_article(
                    entry_id,
                    outcome.briefing,
                    outcome.status,
                    outcome.report.model_dump_json(),
                    outcome.usage.prompt_tokens,
                    outcome.usage.completion_tokens,
                )

            digest = content_hash(article.text)
            key, origin = f"entry:{stored.id}", stored.entry.source
            jobs.append(BriefJob(stored.entry.url, request, digest, save, key, origin))
        return jobs

    def _story_jobs(self, again: bool, skip: set[str]) -> tuple[int, Iterator[BriefJob]]:
        """The stories to brief (at most: some need no new briefing) and their jobs, each made
        when it is asked for: `_run_jobs` makes the next ones while the workers write these."""
        pending: list[tuple[int, StoryBriefing | None]]
        if again:
            pending = [(story, None) for story, *_ in reversed(self.store.stories.all())]
        else:
            pending = self.store.briefings.pending_stories()
        pending = [(story_id, current) for story_id, current in pending if f"story:{story_id}" not in skip]

        def jobs() -> Iterator[BriefJob]:
            for story_id, current in pending:
                try:
                    job = self._story_job(story_id, current)
                except Exception as exc:  # one story's failure
                    self._failed("brief", f"story:{story_id}", f"story {story_id}", describe(exc))
                    continue
                if job is not None:
                    yield job

        return len(pending), jobs()

    def _story_job(self, story_id: int, current: StoryBriefing | None) -> BriefJob | None:
        """The briefing job of one story; None when there is nothing to write."""
        items = self.store.stories.articles(story_id)
        if not items:
            return None
        members = [item.stored.id for item in items]
        if current is not None and not _adds_facts(items, current.covers):
            # Another outlet telling the same facts: a new source, the same briefing.
            self.store.briefings.extend(story_id, members)
            return None
        request = story_request(items)

        def save(outcome: Outcome, story: int = story_id, covers: list[int] = members) -> None:
            assert outcome.briefing is not None
            self.store.briefings.save_story(
                story,
                covers,
                outcome.briefing,
                outcome.status,
                outcome.report.model_dump_json(),
                outcome.usage.prompt_tokens,
                outcome.usage.completion_tokens,
            )

        lead = items[0].stored.entry
        digest = content_hash(request.article.text)
        return BriefJob(lead.url, request, digest, save, f"story:{story_id}", lead.source)

    def _run_jobs(self, jobs: Iterator[BriefJob], total: int) -> None:
        first = list(islice(jobs, JOBS_AHEAD))
        if not first:
            return
        from veilleur.brief.writer import write_without_model

        writer = self.writer()
        if not writer.uses_model:  # CPU-bound and pure: on every core, results in order
            config = self.settings.brief
            with self._progress("brief", total) as advance, self._cpu_pool() as cpus:

                def handed(chunk: list[BriefJob]) -> tuple[list[BriefJob], Iterator[Done[Outcome]]]:
                    calls = [(config, job.request, job.digest) for job in chunk]
                    return chunk, cpus.map(write_without_model, calls)  # the workers start on them

                current = handed(first)
                while current[0]:
                    # The next jobs are made (their stories read) while the workers write these.
                    following = handed(list(islice(jobs, JOBS_AHEAD)))
                    for job, outcome in zip(*current, strict=True):
                        self._settle(job, outcome.get)
                        advance()
                    current = following
            return
        workers = max(1, self.settings.brief.openai.concurrency) if writer.uses_model else 1
        with self._progress("brief", total) as advance, ThreadPoolExecutor(workers) as pool:
            futures = {
                pool.submit(self._write_within_budget, writer, job.request, job.digest): job
                for job in chain(first, jobs)
            }
            for future, job in futures.items():
                self._settle(job, future.result)
                advance()

    def _settle(self, job: BriefJob, result: Callable[[], Outcome]) -> None:
        """Save one briefing job's outcome, or record why it has none."""
        stats = self.summary.briefing
        try:
            outcome = result()
        except Exception as exc:  # one briefing's failure
            self._failed("brief", job.item, job.url, describe(exc), job.source)
            return
        stats.usage.add(outcome.usage)
        stats.by_status[outcome.status] = stats.by_status.get(outcome.status, 0) + 1
        reports = [outcome.report] + ([outcome.model_report] if outcome.model_report else [])
        for report in reports:
            for kind, count in report.removed_by_kind().items():
                stats.removed[kind] = stats.removed.get(kind, 0) + count
        if outcome.briefing is None:
            why = outcome.error or "no briefing"
            if outcome.deferred:  # the model was not asked (down, budget spent): not this item's fault
                self.summary.brief_errors.append((job.url, why))
            else:
                self._failed("brief", job.item, job.url, why, job.source, outcome.report.model_dump_json())
            return
        try:
            job.save(outcome)
        except Exception as exc:  # one briefing's failure
            self._failed("brief", job.item, job.url, describe(exc), job.source)
            return
        self._succeeded("brief", job.item)
        self.summary.briefed += 1
        stats.written.append((job.url, outcome.written_by))
        if outcome.error and outcome.status == "fallback":
            stats.fallback_reasons.append((job.url, outcome.error))

    def _write_within_budget(self, writer: Writer, request: BriefRequest, digest: str) -> Outcome:
        budget = self.settings.brief.token_budget
        with self._budget_lock:
            spent = self._tokens_spent
        if writer.uses_model and budget and spent >= budget:
            from veilleur.brief.writer import deferred

            return deferred(f"token budget of {budget} reached for this run")
        # The cache is read and written here, around the writer, which never touches the store.
        key = writer.cache_key(digest)
        cached = self.store.briefing_cache.get(key) if key is not None else None
        outcome = writer.write(request, digest, cached)
        if outcome.to_cache is not None:
            entry = outcome.to_cache
            self.store.briefing_cache.save(entry.key, entry.briefing, entry.report)
        with self._budget_lock:
            self._tokens_spent += outcome.usage.total
        return outcome
