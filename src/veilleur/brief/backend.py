"""The briefing backend interface and its registry.

A backend turns one article (with its Intel) into a `Briefing` record. Backends are plugins:
built-in ones are registered here, third-party ones through the `veilleur.backends` entry-point
group, so adding a model needs no change to the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from veilleur.models import Article, Briefing, Intel


@dataclass(frozen=True)
class BriefRequest:
    article: Article
    intel: Intel
    outlet: str  # the source's display name, e.g. "BleepingComputer"
    url: str  # the article URL cited in the Source footer


class BriefingError(Exception):
    """The backend could not produce a briefing; the article stays pending."""


@runtime_checkable
class BriefingBackend(Protocol):
    name: str

    def brief(self, request: BriefRequest) -> Briefing: ...


def available_backends() -> dict[str, type[BriefingBackend]]:
    found: dict[str, type[BriefingBackend]] = {}
    for point in entry_points(group="veilleur.backends"):
        found[point.name] = point.load()
    if "extractive" not in found:  # running from a source tree without installed metadata
        from veilleur.brief.extractive import ExtractiveBackend

        found["extractive"] = ExtractiveBackend
    return found


def get_backend(name: str) -> BriefingBackend:
    backends = available_backends()
    if name not in backends:
        known = ", ".join(sorted(backends))
        raise KeyError(f"unknown briefing backend {name!r} (known: {known})")
    return backends[name]()
