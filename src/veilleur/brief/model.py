"""The interface of model backends and the error they raise."""

from __future__ import annotations

from typing import Any, Protocol

from veilleur.brief.draft import Answer


class BackendUnavailable(Exception):
    """The model could not be reached or failed (network, timeout, server error, bad setup)."""


class ModelBackend(Protocol):
    """A language model: `complete` sends chat messages and returns the raw answer."""

    name: str
    model_id: str  # identifies model and server, for the cache key

    def complete(self, chat: list[dict[str, str]], schema: dict[str, Any]) -> Answer: ...
