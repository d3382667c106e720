"""What the CTI exports (STIX 2.1, MISP feed) share: their ids' namespace and a story's TLP. The
stories they read are `models.ExportStory` records (`publishing/exported.py` reads them from the
store)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from veilleur.models import ExportSource, Tlp

# The exports' ids (STIX objects, MISP events) are UUIDv5 in this namespace: a fixed random UUID,
# never to change, or every id a platform knows changes.
NAMESPACE = uuid.UUID("5f3c2b9e-7d41-4c8a-9e62-0b7a1d4e8c35")


def story_tlp(sources: list[ExportSource], tlp_of: Mapping[str, Tlp]) -> Tlp:
    """The strictest TLP of the story's sources; a source not in `tlp_of` is public news (CLEAR)."""
    return Tlp.strictest([tlp_of.get(source.source, Tlp.CLEAR) for source in sources])
