"""A model server's answer is read up to `brief.openai.max_response_bytes`: a hostile or broken
server that streams a body without end (or declares one too long) cannot exhaust the memory of a
run. Past the limit the read stops, the briefing falls back (or waits, by `on_failure`) with an
error saying why, and the request is not retried. A real HTTP server on loopback streams the body
chunk by chunk, without a Content-Length, as long as the client reads."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from test_llm_protocol import ARTICLE, GOOD, completion, scripted, write
from webserver import Reply, WebServer

from veilleur.config import BriefConfig, OpenAIConfig

CHUNK = b" " * 65_536
FIRST = b'{"choices": [{"message": {"content": "'
ENDLESS = 64 * 1024 * 1024  # what the server would send if read to the end: 64 MiB


class _Endless(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    sent: list[int]
    requests: list[str]

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        declared = self.server.declared  # type: ignore[attr-defined]
        if declared:
            self.send_header("Content-Length", str(ENDLESS + len(FIRST)))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            first = FIRST
            while self.sent[0] < ENDLESS:
                data, first = first + CHUNK, b""
                self.wfile.write(data if declared else b"%x\r\n%s\r\n" % (len(data), data))
                self.sent[0] += len(data)
            if not declared:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client stopped reading and closed the connection
            return


@pytest.fixture(params=["chunked", "declared"])
def endless(request: pytest.FixtureRequest) -> Iterator[tuple[str, list[int], list[str]]]:
    sent, requests = [0], []
    handler = type("Handler", (_Endless,), {"sent": sent, "requests": requests})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.declared = request.param == "declared"  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", sent, requests
    finally:
        server.shutdown()
        server.server_close()


def _config(base_url: str, **openai: Any) -> BriefConfig:
    brief = BriefConfig(backend="openai")
    brief.openai = brief.openai.model_copy(update={"base_url": base_url, "retries": 2, **openai})
    return brief


def test_an_endless_answer_is_cut_at_the_limit_and_said(endless: tuple[str, list[int], list[str]]) -> None:
    base_url, sent, requests = endless
    limit = 1024 * 1024
    outcome = write(_config(base_url, max_response_bytes=limit).model_copy(update={"on_failure": "pending"}))
    assert outcome.status == "pending" and outcome.briefing is None
    assert "larger than 1048576 bytes" in outcome.error
    assert requests == ["/v1/chat/completions"]  # not retried: the same server would send the same
    # The client stopped reading near the limit (what the sockets' buffers hold aside).
    assert sent[0] < 32 * limit
    fallback = write(_config(base_url, max_response_bytes=limit))
    assert fallback.status == "fallback" and fallback.briefing is not None


def test_an_answer_under_the_limit_is_read(web: WebServer) -> None:
    scripted(web, [completion(json.dumps(GOOD))])
    body = len(json.dumps(GOOD)) + 1_000
    outcome = write(_config(web.url("/v1"), max_response_bytes=body))
    assert outcome.status == "model" and outcome.report.accepted
    assert ARTICLE.title  # the same fictional article as the protocol tests


def test_the_limit_is_checked_when_set() -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        OpenAIConfig(max_response_bytes=0)


def test_an_error_answer_past_the_limit_is_cut_too(web: WebServer) -> None:
    web.routes["/v1/chat/completions"] = Reply(b'{"error": "' + b"x" * 300_000 + b'"}', 500,
                                               content_type="application/json")  # fmt: skip
    outcome = write(_config(web.url("/v1"), max_response_bytes=100_000, retries=0))
    assert outcome.status == "fallback" and "larger than 100000 bytes" in outcome.error
