"""OpenAI-compatible chat backend (the official openai client): llama.cpp server, Ollama, vLLM,
LM Studio, Mistral, OpenAI and Gemini's compatible endpoint all speak it."""

from __future__ import annotations

import json
import os
import threading
from typing import Any

from veilleur.brief.draft import Answer, Usage
from veilleur.brief.model import BackendUnavailable, ChatBackend
from veilleur.config import BriefConfig
from veilleur.redact import redact, register_secret

# Structured-output modes, strongest first: a server that refuses one gets the next.
MODES = ("json_schema", "json_object", "none")


def _response_format(mode: str, schema: dict[str, Any]) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "briefing", "schema": schema, "strict": False}}
    if mode == "json_object":
        # llama.cpp's server also reads a schema here and turns it into a grammar.
        return {"type": "json_object", "schema": schema}
    return None


def _short(exc: Exception) -> str:
    """The first line of an error, without the server's traceback, nor any key it echoes."""
    return redact(str(exc).strip().split("\n", 1)[0])[:300]


class OpenAIBackend(ChatBackend):
    name = "openai"

    def __init__(self, config: BriefConfig) -> None:
        import openai  # imported here: the extractive default must not need it

        from veilleur.brief.capped_http import AnswerTooLarge, CappedClient

        self._openai = openai
        self._too_large = AnswerTooLarge
        settings = config.openai
        self.settings = settings
        key = os.environ.get(settings.api_key_env, "") if settings.api_key_env else ""
        if settings.api_key_env and not key:
            raise BackendUnavailable(f"environment variable {settings.api_key_env} (the API key) is not set")
        register_secret(key)  # an upstream that echoes it in an error gets it redacted everywhere
        self.client = openai.OpenAI(
            base_url=settings.base_url,
            api_key=key or "no-key",  # local servers ignore it; the client requires one
            timeout=settings.timeout,
            max_retries=settings.retries,
            http_client=CappedClient(settings.max_response_bytes),
        )
        self.model_id = f"openai:{settings.base_url}:{settings.model}"
        self.max_input_words = config.max_input_words
        self._slots = threading.Semaphore(max(1, settings.concurrency))
        self._modes = list(MODES) if settings.structured == "auto" else [settings.structured]

    @property
    def mode(self) -> str:
        """The structured-output mode in use (the strongest the server accepted so far)."""
        return self._modes[0]

    def complete(self, chat: list[dict[str, str]], schema: dict[str, Any]) -> Answer:
        openai = self._openai
        with self._slots:
            while True:
                mode = self._modes[0]
                extra: dict[str, Any] = {}
                response_format = _response_format(mode, schema)
                if response_format is not None:
                    extra["response_format"] = response_format
                try:
                    response = self.client.chat.completions.create(
                        model=self.settings.model,
                        messages=chat,  # type: ignore[arg-type]
                        temperature=self.settings.temperature,
                        max_tokens=self.settings.max_tokens,
                        **extra,
                    )
                except self._too_large as exc:  # raised as it is by the client: not retried
                    raise BackendUnavailable(str(exc)) from exc
                except openai.APIStatusError as exc:
                    # Servers refuse an unknown response_format in different ways: 400 or 422 for
                    # most, a 500 naming the field for llama-cpp-python's server.
                    refused = exc.status_code in {400, 422} or "response_format" in str(exc)
                    if refused and len(self._modes) > 1:
                        self._modes.pop(0)  # this server does not take that mode: try the next one
                        continue
                    raise BackendUnavailable(f"{type(exc).__name__}: {_short(exc)}") from exc
                except openai.APIError as exc:  # connection, timeout
                    raise BackendUnavailable(f"{type(exc).__name__}: {_short(exc)}") from exc
                except ValueError as exc:  # a 200 whose body is not JSON at all (empty, cut)
                    raise BackendUnavailable(f"the server's answer is not JSON: {_short(exc)}") from exc
                break
        # A proxy or a login page answers 200 with HTML: the client then hands back a string.
        if not hasattr(response, "choices"):
            shown = "an HTML page" if "<" in str(response)[:200] else "something else"
            raise BackendUnavailable(f"the server answered {shown} instead of a chat completion")
        if not response.choices:
            raise BackendUnavailable("the model returned no choice")
        usage = response.usage
        return Answer(
            text=_text(response.choices[0].message.content),
            usage=Usage(
                prompt_tokens=_tokens(getattr(usage, "prompt_tokens", 0)),
                completion_tokens=_tokens(getattr(usage, "completion_tokens", 0)),
                calls=1,
            ),
        )


def _text(content: object) -> str:
    """The answer's text. The client does not check what the server sent: a content that is a
    JSON value, not its text, is read as its JSON (a number or a list is then an invalid answer);
    before, `.strip()` on it made a good answer 'model unavailable'."""
    if content is None or isinstance(content, str):
        return content or ""
    return json.dumps(content, ensure_ascii=False)


def _tokens(count: object) -> int:
    """A token count of the server's accounting: a non-negative integer, else none (a string or a
    list lost the answer; a negative count would let a run's token budget be spent without end)."""
    return count if isinstance(count, int) and not isinstance(count, bool) and count >= 0 else 0
