"""A loopback web server for the bundled demo site and for tests: real HTTP, real bytes.

Files are served from `site/` with `{{BASE}}`, `{{DATE_n}}` (RFC 822, n days ago) and
`{{ISO_n}}` placeholders filled in, so the demo's feeds are always fresh. A few paths are given
a fixed status to show how veilleur handles a page that is gone.
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import threading
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path
from typing import Any

from veilleur import clock

SITE = Path(str(files("veilleur.demo").joinpath("site")))
# Path → status: a page removed after its feed item went out (the feed's own text is the fallback).
STATUS_OVERRIDES = {"/harbor/articles/northbank-phishing.html": 410}


def fill(text: str, base: str, now: datetime) -> str:
    text = text.replace("{{BASE}}", base)
    for days in range(8):
        moment = now - timedelta(days=days, hours=1)
        text = text.replace(f"{{{{DATE_{days}}}}}", email.utils.format_datetime(moment))
        text = text.replace(f"{{{{ISO_{days}}}}}", moment.isoformat(timespec="seconds"))
    return text


class _Handler(BaseHTTPRequestHandler):
    server: DemoServer

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        status = STATUS_OVERRIDES.get(path)
        if status is not None:
            self._send(status, b"<html><body><h1>Gone</h1></body></html>", "text/html; charset=utf-8")
            return
        target = (self.server.root / path.lstrip("/")).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.is_relative_to(self.server.root.resolve()) or not target.is_file():
            self._send(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html; charset=utf-8")
            return
        # Dates move by the hour, not the second, so that a page keeps its ETag between two runs.
        now = clock.now().replace(minute=0, second=0, microsecond=0)
        body = fill(target.read_text("utf-8"), self.server.base, now).encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", "", etag)
            return
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix == ".xml":
            kind = "application/rss+xml"
        self._send(200, body, f"{kind}; charset=utf-8", etag)

    def _send(self, status: int, body: bytes, content_type: str, etag: str = "") -> None:
        self.send_response(status)
        if etag:
            self.send_header("ETag", etag)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class DemoServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path = SITE, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.root = root
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self._thread: threading.Thread | None = None

    def start(self) -> DemoServer:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
