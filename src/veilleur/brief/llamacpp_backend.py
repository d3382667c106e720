"""A GGUF model run in-process by llama-cpp-python, for a user who points to a model file.
The model is loaded once per process; calls are serialised (a Llama object is not thread-safe)."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from veilleur.brief.draft import Answer, Usage
from veilleur.brief.model import BackendUnavailable, ChatBackend
from veilleur.config import BriefConfig


@lru_cache(maxsize=2)
def _load(path: str, n_ctx: int, n_threads: int) -> Any:
    try:
        from llama_cpp import Llama
    except ImportError as exc:
        raise BackendUnavailable("llama-cpp-python is not installed (pip install 'veilleur[local]')") from exc
    options: dict[str, Any] = {"model_path": path, "n_ctx": n_ctx, "verbose": False}
    if n_threads:
        options["n_threads"] = n_threads
    try:
        return Llama(**options)
    except (ValueError, RuntimeError, OSError) as exc:
        raise BackendUnavailable(f"cannot load the model {path}: {exc}") from exc


class LlamaCppBackend(ChatBackend):
    name = "llamacpp"

    def __init__(self, config: BriefConfig) -> None:
        self.settings = config.llamacpp
        path = Path(self.settings.model_path).expanduser()
        if not self.settings.model_path or not path.is_file():
            raise BackendUnavailable(f"no GGUF model file at {path} (set [brief.llamacpp] model_path)")
        self.path = str(path.resolve())
        self.model_id = f"llamacpp:{path.name}:{path.stat().st_size}"
        self.max_input_words = config.max_input_words
        self._lock = threading.Lock()

    def complete(self, chat: list[dict[str, str]], schema: dict[str, Any]) -> Answer:
        model = _load(self.path, self.settings.n_ctx, self.settings.n_threads)
        with self._lock:
            try:
                result = model.create_chat_completion(
                    messages=chat,
                    response_format={"type": "json_object", "schema": schema},  # grammar-constrained
                    temperature=self.settings.temperature,
                    max_tokens=self.settings.max_tokens,
                )
            except (ValueError, RuntimeError) as exc:
                raise BackendUnavailable(f"llama.cpp failed: {exc}") from exc
        usage = result.get("usage") or {}
        return Answer(
            text=result["choices"][0]["message"].get("content") or "",
            usage=Usage(usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0), 1),
        )
