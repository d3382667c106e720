"""Language models as briefing backends: the interface of a model, the base class that makes one a
`BriefingBackend`, and the error they raise."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from veilleur.brief.backend import BriefRequest
from veilleur.brief.draft import Answer, draft_schema, parse_draft
from veilleur.brief.prompting import messages
from veilleur.models import Briefing


class BackendUnavailable(Exception):
    """The model could not be reached or failed (network, timeout, server error, bad setup)."""


@runtime_checkable
class ModelBackend(Protocol):
    """A language model: `complete` sends chat messages and returns the raw answer. The writer
    prefers it to `brief`: it asks again with the guard's feedback when a draft is refused."""

    name: str
    model_id: str  # identifies model and server, for the cache key

    def complete(self, chat: list[dict[str, str]], schema: dict[str, Any]) -> Answer: ...


class ChatBackend:
    """Base of model backends (built-in or plugin): `brief` is one prompt, one answer, one draft
    read — what `BriefingBackend` asks of every backend; subclasses give `complete`.

    `brief` raises BackendUnavailable (no answer) or DraftError (an answer that is no draft)."""

    name: str
    model_id: str
    max_input_words = 1500  # article words sent to the model

    def complete(self, chat: list[dict[str, str]], schema: dict[str, Any]) -> Answer:
        raise NotImplementedError

    def brief(self, request: BriefRequest) -> Briefing:
        answer = self.complete(messages(request, [], self.max_input_words), draft_schema())
        return parse_draft(answer.text).to_briefing(request.urls, self.name)
