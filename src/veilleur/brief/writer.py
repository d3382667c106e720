"""From an article to an accepted briefing: cache, model, guard, one retry, fallback.

Nothing a backend returns is published before the guard accepts it. A failed or rejected model
answer is retried once (with the reasons), then the article falls back to the extractive backend
or stays pending, as configured. Model outcomes are cached by article content, model and prompt
version (`cache_key`), so briefing the same thing again makes no call: the caller looks the key up
before `Writer.write` and hands the hit in, and saves the outcome's `to_cache` afterwards; the
writer itself never touches the store.

The model is bounded: whatever a backend raises means "unavailable"; a briefing gets at most
`time_limit` seconds of model time and a run `time_budget`; after `breaker` consecutive backend
failures the rest of the run uses the fallback at once instead of waiting on a dead server.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from veilleur.boundary import describe
from veilleur.brief.backend import BriefingBackend, BriefRequest, create_backend
from veilleur.brief.draft import DraftError, Usage, draft_schema, parse_draft
from veilleur.brief.facts import FactsBackend
from veilleur.brief.guard import BREVE_MIN_WORDS, MIN_WORDS, guard_briefing
from veilleur.brief.model import BackendUnavailable, ModelBackend
from veilleur.brief.prompting import PROMPT_VERSION, messages
from veilleur.config import BriefConfig
from veilleur.models import Briefing, GuardReport
from veilleur.redact import redact
from veilleur.text.fingerprint import BREVE_METHOD
from veilleur.text.french import country_name

# Names of the backend that needs no model (the facts backend; "extractive" is its former name).
NO_MODEL = {"facts", "extractive"}


# A cached model outcome: the accepted briefing, or None for an answer the guard rejected twice,
# and the guard's report on it.
Cached = tuple[Briefing | None, GuardReport]


@dataclass(frozen=True)
class CacheEntry:
    """What the caller is to save in the briefing cache under `key` after a model was asked:
    the cleaned briefing, or None when the model answered twice unusably, and the guard's report."""

    key: str
    briefing: Briefing | None
    report: GuardReport


@dataclass
class Outcome:
    """What became of one article: `status` is model, cached, facts, fallback or pending."""

    status: str
    briefing: Briefing | None
    report: GuardReport
    usage: Usage = field(default_factory=Usage)
    error: str = ""
    model_report: GuardReport | None = None  # the guard's report on the model's last draft, if any
    # No model answer was judged (model down, time or token budget spent): trying again later is
    # not this article's failure.
    deferred: bool = False
    written_by: str = ""  # which backend wrote the briefing, and why it fell back: for summaries
    to_cache: CacheEntry | None = None  # for the caller to save in the briefing cache


def deferred(reason: str) -> Outcome:
    """The outcome of an article left pending for a reason that is not its own (the run's token
    budget spent): it is tried again later, not counted as its failure."""
    return Outcome("pending", None, GuardReport(), error=reason, deferred=True)


def cache_key(content_hash: str, model_id: str) -> str:
    return hashlib.sha256(f"{content_hash}|{model_id}|{PROMPT_VERSION}".encode()).hexdigest()


def grounding_sources(request: BriefRequest) -> list[str]:
    """What a briefing may state: the article, its outlet's name ("BleepingComputer publie…"),
    a story's other headlines (its record read them) and the countries its places belong to
    ("Herstal" → Belgique)."""
    countries = [country_name(code) for code in request.intel.countries]
    derived = f"Pays : {', '.join(countries)}." if countries else ""
    outlets = "\n".join(outlet for outlet, _url in request.also)
    headlines = "\n".join(request.headlines)
    return [
        f"{request.outlet}\n{outlets}\n{request.article.title}\n{request.article.text}",
        headlines,
        derived,
    ]


def is_breve(request: BriefRequest) -> bool:
    """Is this briefing written from a feed summary alone (the article's page was not read)?"""
    return request.article.method == BREVE_METHOD


def model_id(backend: BriefingBackend | ModelBackend) -> str:
    """What the briefing cache keys on: the model and server, or the backend's name without one."""
    return str(getattr(backend, "model_id", backend.name))


def breve_notice(outlet: str) -> str:
    """The line a brève carries, so that readers know what it was written from."""
    # Plain text, like every briefing field: the publisher escapes it (publish/escape.py).
    return f"Brève rédigée d'après le résumé publié par {outlet} ; l'article n'a pas pu être lu."


class Writer:
    def __init__(self, config: BriefConfig) -> None:
        self.config = config
        self.extractive = FactsBackend(config)
        # The configured backend; a model (`complete`) is asked again with the guard's feedback.
        self.backend: BriefingBackend | ModelBackend | None = None
        self.setup_error = ""
        self.clock: Callable[[], float] = time.monotonic
        self._lock = threading.Lock()
        self._failures_in_a_row = 0
        self._breaker_reason = ""  # set once the breaker opened: the model is not asked again
        self._model_seconds = 0.0
        if config.backend not in NO_MODEL:
            try:
                self.backend = create_backend(config.backend, config)
            except Exception as exc:  # a plugin may raise anything: reported per article
                self.setup_error = describe(exc) if not isinstance(exc, BackendUnavailable) else str(exc)

    @property
    def uses_model(self) -> bool:
        return self.config.backend not in NO_MODEL

    def cache_key(self, content_hash: str) -> str | None:
        """The briefing cache key of `content_hash` under this writer's model (`cache_key`); None
        when no model is asked (nothing is cached)."""
        if not self.uses_model or self.backend is None:
            return None
        return cache_key(content_hash, model_id(self.backend))

    def write(self, request: BriefRequest, content_hash: str, cached: Cached | None = None) -> Outcome:
        """The outcome of briefing `request`, whose text hashes to `content_hash`. `cached` is what
        the briefing cache holds under `self.cache_key(content_hash)`, if anything; the outcome's
        `to_cache` is what to save there."""
        outcome = self._write(request, content_hash, cached)
        if outcome.briefing is not None and is_breve(request):
            outcome.briefing = outcome.briefing.model_copy(update={"notice": breve_notice(request.outlet)})
        return outcome

    def _guard(
        self, request: BriefRequest, briefing: Briefing, require_french: bool = True, model: bool = True
    ) -> tuple[Briefing, GuardReport]:
        minimum = BREVE_MIN_WORDS if is_breve(request) else MIN_WORDS
        return guard_briefing(
            briefing, grounding_sources(request), request.urls, require_french, min_words=minimum, model=model
        )

    def _write(self, request: BriefRequest, content_hash: str, cached: Cached | None) -> Outcome:
        sources, urls = grounding_sources(request), request.urls
        if not self.uses_model:
            return self._extractive(request, sources, urls, "facts", "")
        if self.backend is None:
            return self._fail(request, sources, urls, Usage(), GuardReport(), self.setup_error, True)
        skipped = self._not_now()
        if skipped:
            return self._fail(request, sources, urls, Usage(), GuardReport(), skipped, True)
        key = cache_key(content_hash, model_id(self.backend))
        if cached is not None:
            briefing, report = cached
            if briefing is not None:
                return Outcome("cached", briefing, report, written_by=f"{self._label()}, cached")
            # This model already failed on this text with this prompt: asking again would
            # cost the same and fail the same way.
            return self._fail(request, sources, urls, Usage(), report, "rejected by the guard (cached)")
        usage, feedback = Usage(), list[str]()
        report, error, unavailable = GuardReport(), "", False
        deadline = self.clock() + self.config.time_limit if self.config.time_limit else None
        for _attempt in range(2):
            try:
                briefing = self._bounded(request, feedback, usage, deadline)
            except DraftError as exc:
                self._answered()
                error, feedback = f"invalid answer: {exc}", [str(exc)]
                continue
            except Exception as exc:  # whatever a backend raises: the model is unavailable
                error, unavailable = f"model unavailable: {_reason(exc)}", True
                self._backend_failed(error)
                break  # retrying now would fail the same way: next run, or the fallback
            self._answered()
            cleaned, report = self._guard(request, briefing)
            if report.accepted:
                entry = CacheEntry(key, cleaned, report)
                return Outcome("model", cleaned, report, usage, written_by=self._label(), to_cache=entry)
            error = "rejected by the guard: " + "; ".join(report.rejected)
            feedback = report.rejected + [r for removal in report.removed for r in removal.reasons][:10]
        outcome = self._fail(request, sources, urls, usage, report, error, unavailable)
        if usage.calls and not unavailable:
            outcome.to_cache = CacheEntry(key, None, report)  # the model answered, twice, unusably
        return outcome

    def _label(self) -> str:
        """ "openai (mistral-small)": the backend and its model (a model id ends with the model's
        name for OpenAI-compatible servers, is "llamacpp:FILE:SIZE" for in-process models)."""
        parts = str(getattr(self.backend, "model_id", "")).split(":")
        model = parts[1] if self.config.backend == "llamacpp" and len(parts) > 2 else parts[-1]
        return f"{self.config.backend} ({model})" if model else self.config.backend

    def _not_now(self) -> str:
        """Why the model is not asked at all for this briefing, or an empty string."""
        with self._lock:
            if self._breaker_reason:
                return self._breaker_reason
            budget = self.config.time_budget
            if budget and self._model_seconds >= budget:
                return f"model time budget of {budget:g} s spent for this run"
        return ""

    def _answered(self) -> None:
        with self._lock:
            self._failures_in_a_row = 0

    def _backend_failed(self, error: str) -> None:
        with self._lock:
            self._failures_in_a_row += 1
            limit = self.config.breaker
            if limit and self._failures_in_a_row >= limit and not self._breaker_reason:
                self._breaker_reason = (
                    f"model not asked for the rest of the run after {limit} failures in a row (last: {error})"
                )

    def _bounded(
        self, request: BriefRequest, feedback: list[str], usage: Usage, deadline: float | None
    ) -> Briefing:
        """`_model_briefing` within the briefing's deadline. A backend cannot be interrupted: past
        the deadline its call is left to finish in the background (its own timeout ends it) and
        the briefing goes on without it."""
        start = self.clock()
        if deadline is None:
            try:
                return self._model_briefing(request, feedback, usage)
            finally:
                self._spent(start)
        remaining = deadline - start
        if remaining <= 0:
            raise TimeoutError(f"time limit of {self.config.time_limit:g} s per briefing reached")
        answers: queue.Queue[tuple[Briefing | None, BaseException | None]] = queue.Queue(maxsize=1)

        def call() -> None:
            try:
                answers.put((self._model_briefing(request, feedback, usage), None))
            except BaseException as exc:  # handed to the waiting thread, which raises it
                answers.put((None, exc))

        threading.Thread(target=call, daemon=True, name="veilleur-model").start()
        try:
            briefing, error = answers.get(timeout=remaining)
        except queue.Empty:
            raise TimeoutError(f"time limit of {self.config.time_limit:g} s per briefing reached") from None
        finally:
            self._spent(start)
        if error is not None:
            raise error
        assert briefing is not None
        return briefing

    def _spent(self, start: float) -> None:
        with self._lock:
            self._model_seconds += self.clock() - start

    def _model_briefing(self, request: BriefRequest, feedback: list[str], usage: Usage) -> Briefing:
        backend = self.backend
        assert backend is not None  # _write fails the article first when the backend could not be set up
        if isinstance(backend, ModelBackend):  # asked again with the guard's feedback
            chat = messages(request, feedback, self.config.max_input_words)
            answer = backend.complete(chat, draft_schema())
            usage.add(answer.usage)  # counted even when the answer turns out to be unusable
            return parse_draft(answer.text).to_briefing(request.urls, backend.name)
        usage.calls += 1
        return backend.brief(request)  # a backend that writes whole briefings

    def _fail(
        self,
        request: BriefRequest,
        sources: list[str],
        urls: list[str],
        usage: Usage,
        report: GuardReport,
        error: str,
        deferred: bool = False,
    ) -> Outcome:
        drafted = report if report.checked else None
        if self.config.on_failure != "pending":
            outcome = self._extractive(request, sources, urls, "fallback", error)
            outcome.usage, outcome.model_report = usage, drafted
            return outcome
        return Outcome("pending", None, report, usage, error, drafted, deferred)

    def _extractive(
        self, request: BriefRequest, sources: list[str], urls: list[str], status: str, why: str
    ) -> Outcome:
        briefing = self.extractive.brief(request)
        # French from facts, checked like a model's briefing; a short one is a legitimate one (few
        # facts, no padding): the brève's minimum applies. Excerpts are the article's own words.
        minimum = min(BREVE_MIN_WORDS, MIN_WORDS)
        cleaned, report = guard_briefing(
            briefing, sources, urls, require_french=True, min_words=minimum, model=False
        )
        if why:
            report.repaired.append(f"facts briefing used because {why}")
        if not report.accepted:
            return Outcome("pending", None, report, Usage(), "; ".join(report.rejected))
        by = f"facts (fallback: {why})" if why else "facts"
        return Outcome(status, cleaned, report, Usage(), why, written_by=by)


def write_without_model(config: BriefConfig, request: BriefRequest, content_hash: str) -> Outcome:
    """`Writer(config).write(request, content_hash)` for a configuration whose backend uses no
    model: a pure function of its arguments, run in worker processes."""
    return Writer(config).write(request, content_hash)


def _reason(exc: BaseException) -> str:
    """BackendUnavailable already says what failed; anything else is named by its type. Secrets
    are redacted whatever the backend (a plugin's error may echo its key)."""
    return redact(str(exc)) if isinstance(exc, BackendUnavailable | TimeoutError) else describe(exc)
