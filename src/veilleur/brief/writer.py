"""From an article to an accepted briefing: cache, model, guard, one retry, fallback.

Nothing a backend returns is published before the guard accepts it. A failed or rejected model
answer is retried once (with the reasons), then the article falls back to the extractive backend
or stays pending, as configured. Accepted model briefings are cached by article content, model and
prompt version, so briefing the same thing again makes no call.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Protocol

from veilleur.brief.backend import BriefRequest, create_backend
from veilleur.brief.draft import DraftError, Usage, draft_schema, parse_draft
from veilleur.brief.extractive import COUNTRY_NAMES, ExtractiveBackend
from veilleur.brief.guard import BREVE_MIN_WORDS, MIN_WORDS, GuardReport, guard_briefing
from veilleur.brief.model import BackendUnavailable
from veilleur.brief.prompting import PROMPT_VERSION, messages
from veilleur.config import BriefConfig
from veilleur.extract import BREVE_METHOD
from veilleur.models import Briefing


class BriefingCache(Protocol):
    """Model outcomes by key: an accepted briefing, or None for an answer the guard rejected."""

    def cached_briefing(self, key: str) -> tuple[Briefing | None, GuardReport] | None: ...

    def cache_briefing(self, key: str, briefing: Briefing | None, report: GuardReport) -> None: ...


@dataclass
class Outcome:
    """What became of one article: `status` is model, cached, extractive, fallback or pending."""

    status: str
    briefing: Briefing | None
    report: GuardReport
    usage: Usage = field(default_factory=Usage)
    error: str = ""
    model_report: GuardReport | None = None  # the guard's report on the model's last draft, if any


def cache_key(content_hash: str, model_id: str) -> str:
    return hashlib.sha256(f"{content_hash}|{model_id}|{PROMPT_VERSION}".encode()).hexdigest()


def grounding_sources(request: BriefRequest) -> list[str]:
    """What a briefing may state: the article, its outlet's name ("BleepingComputer publie…"),
    and the countries its places belong to ("Herstal" → Belgique)."""
    countries = [COUNTRY_NAMES.get(code, code) for code in request.intel.countries]
    derived = f"Pays : {', '.join(countries)}." if countries else ""
    outlets = "\n".join(outlet for outlet, _url in request.also)
    return [f"{request.outlet}\n{outlets}\n{request.article.title}\n{request.article.text}", derived]


def is_breve(request: BriefRequest) -> bool:
    """Is this briefing written from a feed summary alone (the article's page was not read)?"""
    return request.article.method == BREVE_METHOD


def breve_notice(outlet: str) -> str:
    """The line a brève carries, so that readers know what it was written from."""
    # Plain text, like every briefing field: the publisher escapes it (publish/escape.py).
    return f"Brève rédigée d'après le résumé publié par {outlet} ; l'article n'a pas pu être lu."


class Writer:
    def __init__(self, config: BriefConfig, cache: BriefingCache | None = None) -> None:
        self.config = config
        self.cache = cache
        self.extractive = ExtractiveBackend(config)
        self.backend: Any = None
        self.setup_error = ""
        if config.backend != "extractive":
            try:
                self.backend = create_backend(config.backend, config)
            except (BackendUnavailable, KeyError) as exc:
                self.setup_error = str(exc)  # reported per article; the run goes on

    @property
    def uses_model(self) -> bool:
        return self.config.backend != "extractive"

    def write(self, request: BriefRequest, content_hash: str) -> Outcome:
        outcome = self._write(request, content_hash)
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

    def _write(self, request: BriefRequest, content_hash: str) -> Outcome:
        sources, urls = grounding_sources(request), request.urls
        if not self.uses_model:
            return self._extractive(request, sources, urls, "extractive", "")
        if self.backend is None:
            return self._fail(request, sources, urls, Usage(), GuardReport(), self.setup_error)
        key = cache_key(content_hash, self.backend.model_id)
        if self.cache is not None:
            hit = self.cache.cached_briefing(key)
            if hit is not None:
                briefing, report = hit
                if briefing is not None:
                    return Outcome("cached", briefing, report)
                # This model already failed on this text with this prompt: asking again would
                # cost the same and fail the same way.
                return self._fail(request, sources, urls, Usage(), report, "rejected by the guard (cached)")
        usage, feedback = Usage(), list[str]()
        report, error = GuardReport(), ""
        for _attempt in range(2):
            try:
                briefing = self._model_briefing(request, feedback, usage)
            except DraftError as exc:
                error, feedback = f"invalid answer: {exc}", [str(exc)]
                continue
            except BackendUnavailable as exc:
                error = f"model unavailable: {exc}"
                break  # retrying now would fail the same way: next run, or the fallback
            cleaned, report = self._guard(request, briefing)
            if report.accepted:
                if self.cache is not None:
                    self.cache.cache_briefing(key, cleaned, report)
                return Outcome("model", cleaned, report, usage)
            error = "rejected by the guard: " + "; ".join(report.rejected)
            feedback = report.rejected + [r for removal in report.removed for r in removal.reasons][:10]
        if usage.calls and not error.startswith("model unavailable") and self.cache is not None:
            self.cache.cache_briefing(key, None, report)  # the model answered, twice, unusably
        return self._fail(request, sources, urls, usage, report, error)

    def _model_briefing(self, request: BriefRequest, feedback: list[str], usage: Usage) -> Briefing:
        backend = self.backend
        if hasattr(backend, "complete"):
            chat = messages(request, feedback, self.config.max_input_words)
            answer = backend.complete(chat, draft_schema())
            usage.add(answer.usage)  # counted even when the answer turns out to be unusable
            return parse_draft(answer.text).to_briefing(request.urls, backend.name)
        usage.calls += 1
        briefing: Briefing = backend.brief(request)  # a plugin that writes whole briefings
        return briefing

    def _fail(
        self,
        request: BriefRequest,
        sources: list[str],
        urls: list[str],
        usage: Usage,
        report: GuardReport,
        error: str,
    ) -> Outcome:
        drafted = report if report.checked else None
        if self.config.on_failure == "extractive":
            outcome = self._extractive(request, sources, urls, "fallback", error)
            outcome.usage, outcome.model_report = usage, drafted
            return outcome
        return Outcome("pending", None, report, usage, error, drafted)

    def _extractive(
        self, request: BriefRequest, sources: list[str], urls: list[str], status: str, why: str
    ) -> Outcome:
        briefing = self.extractive.brief(request)
        # Quotations keep the article's language: the French check does not apply to them.
        cleaned, report = self._guard(request, briefing, require_french=False, model=False)
        if why:
            report.repaired.append(f"extractive briefing used because {why}")
        if not report.accepted:
            return Outcome("pending", None, report, Usage(), "; ".join(report.rejected))
        return Outcome(status, cleaned, report, Usage(), why)
