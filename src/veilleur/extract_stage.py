"""The extract stage of the pipeline: each fetched (or local) page's article, extracted on the
worker processes BATCH pages at a time, saved in order, each item in its own error boundary; while
the workers extract, what the later stages' workers will share is loaded here (`preload`).
Mixed into `Pipeline`, which provides the store, the settings, the summary, the progress bar, the
worker pool and the failure records (`_boundary`, `_failed`, `_succeeded`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from veilleur.boundary import describe
from veilleur.config import Settings
from veilleur.models import Article, Document, StoredEntry
from veilleur.parallel import CpuPool, Outcome
from veilleur.stage_host import StageHost
from veilleur.store import Store
from veilleur.text.fingerprint import BREVE_METHOD, content_hash

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from veilleur.summary import RunSummary

_LOG = logging.getLogger(__name__)

# Reasons (extract.quality) of a page that was fetched but shows no article to anyone.
UNREADABLE_PAGE = ("bot check", "error page", "paywalled", "binary content", "empty page")

# Entries loaded and extracted at a time: bounds memory, keeps every core busy.
BATCH = 256
# Pages to extract from which the later stages' loads are made during extraction (`preload`).
WARM_AT = 32

Extracted = Iterator[Outcome[Article]]


def near_copy(text: str) -> Callable[[str], bool]:
    """Whether a stored article met by `text`'s canonical URL alone (another text) is its page: a
    near-duplicate as clustering tells one, the MinHash agreement of their content words at
    `NEAR_DUPLICATE` or more (an AMP copy, a re-fetch with another footer). Else the page named
    another article's address (or its home's, a section's) as its own, and both are kept."""

    from veilleur.cluster.features import content_words
    from veilleur.cluster.minhash import minhash_of
    from veilleur.cluster.stories import NEAR_DUPLICATE

    @cache
    def mine() -> NDArray[np.uint64]:  # made once, and only when a stored article is met
        return minhash_of(content_words(text))

    def same_page(stored: str) -> bool:
        agreement = float((mine() == minhash_of(content_words(stored))).mean())
        if agreement < NEAR_DUPLICATE:
            _LOG.info("a page names a stored article's address as its own, with another text: kept apart")
        return agreement >= NEAR_DUPLICATE

    return same_page


def _attempt(func: Callable[[int], Document | None], key: int) -> Outcome[Document | None]:
    try:
        return Outcome(func(key))
    except Exception as exc:  # the item's own failure, handled by the stage's boundary
        return Outcome(error=exc)


class ExtractStage(StageHost):
    settings: Settings
    store: Store
    summary: RunSummary

    def extract(self) -> None:
        skip = self._boundary("extract")
        pending = [item for item in self.store.articles.pending() if f"entry:{item.id}" not in skip]
        if not pending:
            return
        min_words = self.settings.limits.min_words
        with self._progress("extract", len(pending)) as advance, self._cpu_pool() as pool:
            for item, loaded, extracted in self._extracted(pending, pool, min_words):
                key = f"entry:{item.id}"
                report = self.summary.report(item.entry.source)
                try:
                    document = loaded.get()
                    article = extracted.get()
                    if document is None and item.fetch_error and not article.usable:
                        article.reason = f"{article.reason}; page fetch failed: {item.fetch_error}"
                    too_old = self._too_old(item, article)
                    if too_old:
                        article.usable, article.reason = False, too_old
                    duplicate_of = self.store.articles.save(
                        item.id, article, content_hash(article.text), near_copy(article.text)
                    )
                except Exception as exc:  # one article's failure
                    self._failed("extract", key, item.entry.url, describe(exc), item.entry.source)
                    advance()
                    continue
                self._succeeded("extract", key)
                self.summary.extracted += 1
                if too_old:
                    report.skip("too old")
                elif not article.usable:
                    self.summary.rejected.append((item.entry.url, article.reason))
                    report.skip("fetch failed" if document is None else "no usable article")
                elif duplicate_of is not None:
                    self.summary.duplicates += 1
                    report.skip("duplicate")
                elif article.method == BREVE_METHOD:
                    report.breves += 1
                if document is not None and (
                    article.method == BREVE_METHOD or article.reason.startswith(UNREADABLE_PAGE)
                ):
                    report.page_failed("unreadable page")  # fetched: a bot wall, an error page…
                advance()

    def _extracted(
        self, pending: list[StoredEntry], pool: CpuPool, min_words: int
    ) -> Iterator[tuple[StoredEntry, Outcome[Document | None], Outcome[Article]]]:
        """Each pending entry with its stored document and its extracted article (or the error of
        either), in order; extraction runs on the pool's processes, BATCH entries at a time."""
        from veilleur.extract import extract_article

        def submitted(batch: list[StoredEntry]) -> tuple[list[Outcome[Document | None]], Extracted]:
            loaded = self._documents(batch)
            calls = [(got.value, item.entry, min_words) for item, got in zip(batch, loaded, strict=True)
                     if got.error is None]  # fmt: skip
            return loaded, pool.map(extract_article, calls)  # the workers start on it now

        languages: list[str] = []  # of the usable articles extracted so far
        warming = self._preload_steps(len(pending), pool, languages)
        batches = [pending[start : start + BATCH] for start in range(0, len(pending), BATCH)]
        loaded, extracted = submitted(batches[0])
        for index, batch in enumerate(batches):
            # The next batch is read and handed out before this one is saved: the workers go on
            # to it while this process saves (reading and saving change no page).
            following = submitted(batches[index + 1]) if index + 1 < len(batches) else ([], iter(()))
            # One step of what enrichment's workers will share, loaded while these workers run.
            now = warming[:1] if index + 1 < len(batches) else warming
            for step in now:
                with suppress(Exception):  # an error is the stage's own, met again where it loads
                    step()
            del warming[: len(now)]
            with self.store.batch():  # the caller's saves of this batch: one commit (Store.batch)
                for item, got in zip(batch, loaded, strict=True):
                    outcome = next(extracted) if got.error is None else Outcome(error=got.error)
                    if outcome.error is None and outcome.value is not None and outcome.value.usable:
                        languages.append(outcome.value.lang or "")
                    yield item, got, outcome
            loaded, extracted = following

    @staticmethod
    def _preload_steps(pending: int, pool: CpuPool, languages: list[str]) -> list[Callable[[], None]]:
        """What enrichment, clustering and briefing will load before forking their workers, as
        steps for extraction to make between its batches (`preload`): for enough articles on more
        than one worker, else nothing (each stage then loads what it needs, as it needs it)."""
        if pool.workers == 1 or pending < WARM_AT:
            return []
        from veilleur import preload

        return preload.steps(lambda: languages)

    def _documents(self, batch: list[StoredEntry]) -> list[Outcome[Document | None]]:
        """Each entry's stored document, read in one query; when that fails, one at a time, so
        that only the entry at fault fails."""
        if not batch:
            return []
        try:
            found = self.store.documents.many([item.id for item in batch])
        except Exception:
            return [_attempt(self.store.documents.get, item.id) for item in batch]
        return [Outcome(found.get(item.id)) for item in batch]

    def _too_old(self, item: StoredEntry, article: Article) -> str:
        """Why an item the feed gave no trusted date for is too old by its page's own date, or ""."""
        if item.entry.published is not None or item.entry.local_path or article.published is None:
            return ""
        oldest = item.collected_at - timedelta(days=self.settings.limits.max_age_days)
        if article.published >= oldest:
            return ""
        return f"too old: the page is dated {article.published:%Y-%m-%d} (no trusted date in the feed)"
