"""Error boundaries: whatever one item raises becomes a recorded failure of that item, and the run
goes on with the others."""

from __future__ import annotations

from dataclasses import dataclass

from veilleur.redact import redact

# Stages whose items are counted and given up after `limits.max_attempts` runs.
STAGES = (
    "collect",
    "fetch",
    "extract",
    "enrich",
    "cluster",
    "brief",
    "publish",
    "register",
    "feeds",
    "alert",
)


@dataclass(frozen=True)
class ItemFailure:
    """A failure seen in this run, for the summary."""

    stage: str
    label: str  # what the user recognises: a URL, a source or file name
    reason: str
    attempts: int = 1
    given_up: bool = False  # marked failed: skipped by later runs until `veilleur retry`
    id: int | None = None  # the store's failure id, for `veilleur retry ID`
    source: str | None = None  # the source the item came from, when known
    item: str = ""  # the item's key in the store's failures ("entry:12", "story:3")


def describe(exc: BaseException) -> str:
    """A one-line reason for an exception: its type, then the first line of its message (an
    unexpected exception says little without its type: `KeyError: 'x'`), secrets redacted."""
    text = redact(str(exc).strip().split("\n", 1)[0])[:500]
    name = type(exc).__name__
    return f"{name}: {text}" if text else name
