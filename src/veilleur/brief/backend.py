"""The briefing backend interface and its registry.

A backend turns one article (with its Intel) into a `Briefing` record. Backends are plugins:
built-in ones are registered here, third-party ones through the `veilleur.backends` entry-point
group, so adding a model needs no change to the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Protocol, runtime_checkable

from veilleur.config import BriefConfig
from veilleur.models import Article, Briefing, Intel


@dataclass(frozen=True)
class BriefRequest:
    article: Article
    intel: Intel
    outlet: str  # the source's display name, e.g. "BleepingComputer"
    url: str  # the article URL cited in the Source footer
    # The other outlets of a story, (name, URL): their text is already part of `article`.
    also: tuple[tuple[str, str], ...] = ()

    @property
    def urls(self) -> list[str]:
        return [self.url, *(url for _outlet, url in self.also)]


class BriefingError(Exception):
    """The backend could not produce a briefing; the article stays pending."""


@runtime_checkable
class BriefingBackend(Protocol):
    name: str

    def brief(self, request: BriefRequest) -> Briefing: ...


def available_backends() -> dict[str, Any]:
    """Backend classes by name: built-in ones and those of installed plugins."""
    from veilleur.brief.facts import FactsBackend
    from veilleur.brief.llamacpp_backend import LlamaCppBackend
    from veilleur.brief.openai_backend import OpenAIBackend

    found: dict[str, Any] = {
        "facts": FactsBackend,
        "extractive": FactsBackend,  # the former name of the no-model backend
        "openai": OpenAIBackend,
        "llamacpp": LlamaCppBackend,
    }
    for point in entry_points(group="veilleur.backends"):
        if point.name not in found:
            found[point.name] = point.load()
    return found


def create_backend(name: str, config: BriefConfig) -> Any:
    """An instance of the named backend, built from the configuration. A backend is either a
    whole briefing backend (`brief(request)`) or a model (`complete(messages, schema)`)."""
    backends = available_backends()
    if name not in backends:
        known = ", ".join(sorted(backends))
        raise KeyError(f"unknown briefing backend {name!r} (known: {known})")
    return backends[name](config)
