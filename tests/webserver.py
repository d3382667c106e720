"""A real HTTP server on loopback for tests: each route answers with chosen bytes, status,
headers and delay, and every request is recorded."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from veilleur.config import Settings, load_settings


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    content_type: str = "text/html; charset=utf-8"
    trickle: float = 0.0  # seconds between two bytes of the body (a server that holds a client)


Route = Reply | Callable[["_Handler"], Reply]


class _Handler(BaseHTTPRequestHandler):
    server: WebServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    body: bytes = b""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(length) if length else b""
        self.server.bodies.append((self.path, self.body))
        self.do_GET()

    def do_GET(self) -> None:
        path = self.path
        self.server.arrivals.append((path, time.monotonic()))
        self.server.requests.append((path, dict(self.headers.items())))
        route = self.server.routes.get(path) or self.server.routes.get(path.split("?", 1)[0])
        if route is None:
            reply = Reply(b"<html><body><h1>404 Not Found</h1></body></html>", 404)
        else:
            reply = route(self) if callable(route) else route
        if reply.delay:
            time.sleep(reply.delay)
        self.send_response(reply.status)
        headers = {
            "Content-Type": reply.content_type,
            "Content-Length": str(len(reply.body)),
            **reply.headers,
        }
        for key, value in headers.items():
            if value:
                self.send_header(key, value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            if not reply.trickle:
                self.wfile.write(reply.body)
                return
            try:
                for index in range(len(reply.body)):
                    self.wfile.write(reply.body[index : index + 1])
                    self.wfile.flush()
                    time.sleep(reply.trickle)
            except BaseException:
                self.server.trickled.append((path, False))
                raise
            self.server.trickled.append((path, True))


class WebServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1") -> None:
        """`host`: a loopback address (127.0.0.2… play other hosts of the same run)."""
        super().__init__((host, 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.bodies: list[tuple[str, bytes]] = []  # POST bodies, in order
        # (path, time.monotonic() when its headers were read): what a politeness test compares.
        self.arrivals: list[tuple[str, float]] = []
        # (path, whether its body was written whole) once a trickled answer ends: a client that
        # hung up early (a deadline) made the server stop before the end.
        self.trickled: list[tuple[str, bool]] = []
        self.base = f"http://{host}:{self.server_address[1]}"
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client that hangs up early (size cap, timeout) is part of the tests

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for requested, _ in self.requests if requested == path)

    def start(self) -> WebServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def serve_feed(web: WebServer, items: str) -> None:
    """`items` (RSS `<item>` elements) served as `/feed.xml`."""
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>{items}'
    web.routes["/feed.xml"] = Reply(f"{feed}</channel></rss>".encode(), content_type="application/rss+xml")


def feed_settings(folder: Path, web: WebServer, store_url: str) -> Settings:
    """Settings whose one source is the feed `serve_feed` serves, the store at `store_url`, no
    catalogue, loopback allowed, no politeness delay nor retry."""
    config = folder / "veilleur.toml"
    config.write_text(
        f'store_url = "{store_url}"\ncatalogue = false\n[[sources]]\nname = "feed"\nkind = "feed"\n'
        f'url = "{web.url("/feed.xml")}"\n[http]\nallow_private = true\npoliteness_delay = 0.0\nretries = 0\n'
    )
    return load_settings(config)
