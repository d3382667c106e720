"""The OpenAI client's HTTP client, reading at most `max_response_bytes` of an answer.

The official client reads a body whole, whatever its size: a hostile or broken server (a proxy's
endless page, a model looping on its output with no token limit) could exhaust the memory of a
run. `CappedClient` reads the body itself, decoded, chunk by chunk, and stops past the limit with
`AnswerTooLarge` — an `openai.OpenAIError`, which the client raises as it is, without retrying (the
same server would send the same). A declared Content-Length past the limit is refused before any
byte is read. Imported only by the OpenAI backend (the default briefings need neither library).
"""

from __future__ import annotations

from typing import Any

import httpx2
import openai


class AnswerTooLarge(openai.OpenAIError):
    """The server's answer is larger than the limit: not read further."""


class CappedClient(openai.DefaultHttpxClient):
    def __init__(self, limit: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.limit = limit

    def _too_large(self) -> AnswerTooLarge:
        return AnswerTooLarge(
            f"the server's answer is larger than {self.limit} bytes (brief.openai.max_response_bytes)"
        )

    def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        wanted_stream = bool(kwargs.pop("stream", False))
        response = super().send(request, stream=True, **kwargs)
        try:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.limit:
                raise self._too_large()
            if wanted_stream:  # the backend never streams; a streamed read is left to its reader
                return response
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.limit:
                    raise self._too_large()
                chunks.append(chunk)
        finally:
            if not wanted_stream:
                response.close()
        # What `Response.read` would have stored: the body, read within the limit.
        response._content = b"".join(chunks)
        return response
