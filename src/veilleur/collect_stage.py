"""The collect and fetch stages of the pipeline: each enabled source's new entries stored (feeds
and pages on a thread pool, results stored in source order), then each pending page fetched host by
host within the politeness delay, each source, entry and page in its own error boundary. Mixed
into `Pipeline`, which provides the store, the settings, the fetcher, the clock, the summary, the
progress bar and the failure records (`_boundary`, `_failed`, `_succeeded`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from veilleur.boundary import describe
from veilleur.clock import collection_day
from veilleur.collect import CollectError, collect_source, fetch_document
from veilleur.collect.schedule import by_host
from veilleur.config import Settings
from veilleur.models import Document, SourceKind, StoredEntry
from veilleur.stage_host import StageHost
from veilleur.store import Store
from veilleur.store.failures import item_key

if TYPE_CHECKING:
    from veilleur.collect.http import Fetcher
    from veilleur.summary import RunSummary

# This many pages of one source failing in a run, and none read, is the source blocking us.
BLOCKED_PAGES = 3
# Pages saved per transaction: one commit for many (a worker's batch of entries, a day's pages).
SAVED_AT_ONCE = 32


def page_failure(error: str) -> str:
    """The short cause of a failed page fetch, for counts: "HTTP 403", "timeout", "network error"."""
    status = re.search(r"\bHTTP (\d{3})\b", error)
    if status:
        return f"HTTP {status.group(1)}"
    lowered = error.lower()
    for cause in ("timeout", "robots.txt", "refused", "redirect", "network error", "cap"):
        if cause in lowered:
            return {"cap": "too large"}.get(cause, cause)
    return error.split(":", 1)[0][:40]


def _host_of(item: StoredEntry) -> str | None:
    """The host whose politeness delay a page waits for; None for a local file."""
    return None if item.entry.local_path else urlsplit(item.entry.url).netloc.lower()


class CollectStage(StageHost):
    settings: Settings
    store: Store
    summary: RunSummary
    now: Callable[[], datetime]

    if TYPE_CHECKING:  # provided by Pipeline: made at its first use

        @property
        def fetcher(self) -> Fetcher: ...

    def collect(self, only: list[str] | None = None) -> None:
        if only:  # read only these (a worker's job collects one source of many)
            named = [self.store.sources.get(name) for name in sorted(set(only))]
            sources = [source for source in named if source is not None and source.enabled]
        else:
            sources = self.store.sources.all(enabled_only=True)
        day = collection_day(
            self.now(), self.settings.publish.timezone, self.settings.publish.day_rollover_hour
        )
        workers = max(1, self.settings.http.workers)
        with self._progress("collect", len(sources)) as advance, ThreadPoolExecutor(workers) as pool:
            futures = {
                pool.submit(
                    collect_source,
                    source,
                    None if source.kind is SourceKind.FILES else self.fetcher,
                    self.store.sources.health(source.name),
                    self.settings.limits,
                    self.now(),
                    self.store.entries.listed_files(source.name) if source.kind is SourceKind.FILES else (),
                ): source
                for source in sources
            }
            skip = self._boundary("collect")
            # Results are stored in source order, not completion order, so that when two feeds
            # carry the same article the same source always gets it.
            for future, source in futures.items():
                report = self.summary.report(source.name)
                report.kind = source.kind.value
                try:
                    collected = future.result()
                except Exception as exc:  # a source's failure, whatever it is
                    report.error = str(exc) if isinstance(exc, CollectError) else describe(exc)
                    self.store.sources.record_failure(source.name, report.error)
                    advance()
                    continue
                report.not_modified = collected.not_modified
                report.warnings.extend(collected.warnings)
                report.skip("too old", collected.skipped_old)
                report.skip("duplicate in the feed", collected.skipped_duplicate)
                report.undated += collected.undated
                for entry in collected.entries:
                    item = item_key("url", entry.canonical_url)
                    if item in skip:
                        continue
                    try:
                        # Unless known already: its URL, or its GUID and title.
                        if self.store.entries.add_new(entry, day, self.now()) is not None:
                            report.new += 1
                        else:
                            report.skip("already collected")
                    except Exception as exc:  # one entry's failure
                        self._failed("collect", item, entry.url, describe(exc), source.name)
                    else:
                        self._succeeded("collect", item)
                # Validators are saved only once every entry is stored: a crash before this point
                # refetches the whole feed next time instead of skipping what was not stored.
                self.store.sources.record_success(source.name, collected.etag, collected.last_modified)
                advance()

    def fetch(self) -> None:
        pending = self.store.entries.pending_fetch()
        limit = self.settings.limits.fetch_attempts
        workers = max(1, self.settings.http.workers)
        delay = self.settings.http.politeness_delay
        failures: list[tuple[StoredEntry, Exception]] = []
        fetched: list[tuple[StoredEntry, Document]] = []
        with self._progress("fetch", len(pending)) as advance:
            done = by_host(pending, _host_of, self._fetch_one, workers, delay)
            for item, result in done:
                report = self.summary.report(item.entry.source)
                report.pages_tried += 1
                try:
                    fetched.append((item, result()))
                except Exception as exc:  # one page's failure, whatever it is
                    failures.append((item, exc))
                if len(fetched) >= SAVED_AT_ONCE:
                    self._save_documents(fetched, failures)
                advance()
            self._save_documents(fetched, failures)
        if not failures:
            return
        from veilleur.collect.http import FetchError

        blocking = self._blocking_sources([item for item, _ in failures])
        for item, error in failures:
            # Anything but a FetchError (a malformed URL, a bug) will not get better by asking
            # again, nor will a page of a source that refuses all of them: the entry goes on with
            # the feed's own text (a brève when its teaser says what happened).
            permanent = not isinstance(error, FetchError) or error.permanent
            reason = str(error) if isinstance(error, FetchError | OSError) else describe(error)
            give_up = permanent or item.entry.source in blocking or item.fetch_attempts + 1 >= limit
            self.store.entries.record_fetch_failure(item.id, reason, give_up)
            self.summary.fetch_errors.append((item.entry.url, reason))
            self.summary.report(item.entry.source).page_failed(page_failure(reason))

    def _save_documents(
        self, fetched: list[tuple[StoredEntry, Document]], failures: list[tuple[StoredEntry, Exception]]
    ) -> None:
        """Save the pages fetched so far in one transaction (emptying `fetched`); a page the store
        refuses is that entry's failure alone (it goes on with the feed's text)."""
        with self.store.batch():  # opened once the pages are here: no transaction waits on the network
            for item, document in fetched:
                try:
                    self.store.documents.save(item.id, document)
                except Exception as exc:  # this page's record only (Store.batch)
                    failures.append((item, exc))
                else:
                    self.summary.fetched += 1
        fetched.clear()

    def _fetch_one(self, item: StoredEntry) -> Document:
        """The entry's page (or its local file: no HTTP client made for it)."""
        return fetch_document(item.entry, None if item.entry.local_path else self.fetcher)

    def _blocking_sources(self, failed: list[StoredEntry]) -> set[str]:
        """Sources every page of which failed in this run, at least BLOCKED_PAGES of them: a site
        that refuses or stalls all our requests (a bot wall timing us out), not a flaky page.
        Retrying tomorrow would publish nothing for days."""
        counts: dict[str, int] = {}
        for item in failed:
            counts[item.entry.source] = counts.get(item.entry.source, 0) + 1
        return {
            name
            for name, count in counts.items()
            if count >= BLOCKED_PAGES and count == self.summary.report(name).pages_tried
        }
