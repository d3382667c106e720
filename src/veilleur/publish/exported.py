"""The stories as the CTI exports (STIX 2.1, MISP feed) see them: one record per briefed story with
its merged intel, its French briefing, its sources and its TLP (`publishing/exported.py` reads
them from the store)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from veilleur.models import Briefing, Intel, Tlp

# The exports' ids (STIX objects, MISP events) are UUIDv5 in this namespace: a fixed random UUID,
# never to change, or every id a platform knows changes.
NAMESPACE = uuid.UUID("5f3c2b9e-7d41-4c8a-9e62-0b7a1d4e8c35")


@dataclass(frozen=True)
class ExportSource:
    outlet: str  # the source's title, else its name
    source: str  # the source's name (its TLP is looked up by it)
    url: str
    title: str
    collected_at: datetime  # aware, UTC


@dataclass(frozen=True)
class ExportStory:
    """One story. `first_seen`/`last_seen` are when its first/last article was collected (UTC): the
    exports date their objects with them, never with the clock, so a re-export is identical."""

    story_id: int
    title: str  # French: the briefing's heading (the post's title is the article's, any language)
    briefing: Briefing
    intel: Intel
    sources: list[ExportSource]
    first_day: date
    last_day: date
    first_seen: datetime
    last_seen: datetime
    permalink: str  # "/posts/…/" once published, else ""
    tlp: Tlp


def story_tlp(sources: list[ExportSource], tlp_of: Mapping[str, Tlp]) -> Tlp:
    """The strictest TLP of the story's sources; a source not in `tlp_of` is public news (CLEAR)."""
    return Tlp.strictest([tlp_of.get(source.source, Tlp.CLEAR) for source in sources])
