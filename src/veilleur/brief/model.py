"""What every model backend shares: build the prompt, call the model, read its JSON."""

from __future__ import annotations

from typing import Any, Protocol

from veilleur.brief.backend import BriefRequest
from veilleur.brief.draft import Answer, BriefingDraft, draft_schema, parse_draft
from veilleur.brief.prompting import messages


class BackendUnavailable(Exception):
    """The model could not be reached or failed (network, timeout, server error, bad setup)."""


class ModelBackend(Protocol):
    """A language model: `complete` sends chat messages and returns the raw answer."""

    name: str
    model_id: str  # identifies model and server, for the cache key

    def complete(self, chat: list[dict[str, str]], schema: dict[str, Any]) -> Answer: ...


def draft(
    backend: ModelBackend, request: BriefRequest, feedback: list[str], max_words: int
) -> tuple[BriefingDraft, Answer]:
    """One call. Raises BackendUnavailable, or DraftError when the answer is not a valid draft."""
    answer = backend.complete(messages(request, feedback, max_words), draft_schema())
    return parse_draft(answer.text), answer
