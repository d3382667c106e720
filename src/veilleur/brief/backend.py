"""The briefing backend interface and its registry.

A backend turns one article (with its Intel) into a `Briefing` record: `BriefingBackend`, the one
interface every backend meets. A language model meets it through `model.ChatBackend`, which also
gives the writer `complete` to ask again with the guard's feedback. Every backend is found the same
way: the `veilleur.backends` entry-point group, where the project declares its own (pyproject.toml)
as a plugin package declares its: adding a model needs no change to the core.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points
from typing import Protocol, runtime_checkable

from veilleur.config import BriefConfig

# BriefRequest, the interface's request, is a record (veilleur.models); plugins import it from here.
from veilleur.models import Briefing
from veilleur.models import BriefRequest as BriefRequest


class BriefingError(Exception):
    """The backend could not produce a briefing; the article stays pending."""


GROUP = "veilleur.backends"


@runtime_checkable
class BriefingBackend(Protocol):
    """What every backend is: a `name` (what `[brief] backend` says) and `brief`, which writes the
    briefing of one article or story, or raises (`BriefingError`, `model.BackendUnavailable`;
    anything else is reported as the backend's failure, per article)."""

    name: str

    def brief(self, request: BriefRequest) -> Briefing: ...


# A registered backend: built from the `[brief]` settings (a class, usually).
BackendFactory = Callable[[BriefConfig], BriefingBackend]


def registered() -> dict[str, EntryPoint]:
    """The backends' entry points by name, built-in and plugin alike. A plugin cannot take a
    built-in's name (the project's own declaration wins whatever the order of sys.path)."""
    found: dict[str, EntryPoint] = {}
    points = entry_points(group=GROUP)
    for point in sorted(points, key=lambda point: point.dist is None or point.dist.name != "veilleur"):
        found.setdefault(point.name, point)
    return found


def create_backend(name: str, config: BriefConfig) -> BriefingBackend:
    """An instance of the named backend, built from the configuration.

    KeyError for a name no entry point declares; TypeError for an object without `brief`; what
    the backend raises while it sets up (`model.BackendUnavailable`: a key or model file missing)."""
    points = registered()
    if name not in points:
        known = ", ".join(sorted(points))
        raise KeyError(f"unknown briefing backend {name!r} (known: {known})")
    factory: BackendFactory = points[name].load()
    backend = factory(config)
    if not isinstance(backend, BriefingBackend):
        raise TypeError(f"briefing backend {name!r} has no brief(request) (see veilleur.brief.backend)")
    return backend
