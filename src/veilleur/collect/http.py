"""The one HTTP client of veilleur: timeouts and a wall-clock deadline per request, size cap,
bounded redirects, retries with backoff, robots.txt, a politeness delay per host, conditional GET,
Basic auth from source URLs, and connections only to the public addresses that passed the check
(see `netguard`)."""

from __future__ import annotations

import email.utils
import ipaddress
import ssl
import threading
import time
import urllib.robotparser
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from veilleur.collect.netguard import (
    ALLOW_SETTING,
    AddressRefused,
    Connector,
    DeadlineExceeded,
    PinnedBackend,
    PinnedTransport,
    Resolver,
    deadline,
    refusal,
)
from veilleur.config import HttpConfig
from veilleur.edge import Credentials, check_web_url, origin, split_userinfo
from veilleur.redact import redact

RETRY_STATUSES = {429, 500, 502, 503, 504}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}


def _decoder(encoding: str) -> Any:
    """A zlib decompressor for the Content-Encoding, or None for identity."""
    if encoding in {"gzip", "x-gzip"}:
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    return None


class FetchError(Exception):
    """A fetch that did not give a usable response. `permanent` errors are not worth retrying."""

    def __init__(self, url: str, message: str, permanent: bool = False, status: int | None = None) -> None:
        url, message = redact(url), redact(message)
        super().__init__(f"{message} ({url})")
        self.url = url
        self.message = message
        self.permanent = permanent
        self.status = status


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    headers: httpx.Headers
    content: bytes

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return str(self.headers.get("content-type", ""))


@dataclass
class _HostState:
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_request: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None


class Fetcher:
    """Thread-safe: one instance serves a whole run; requests to one host are serialised.

    `resolver` and `connect` replace the system's DNS lookup and TCP connection (tests play a
    rebinding DNS server with them); whatever they answer, only checked addresses are connected to.
    `ssl_context` replaces the system's trust store (tests trust their own certificate).
    """

    def __init__(
        self,
        config: HttpConfig,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        resolver: Resolver | None = None,
        connect: Connector | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.config = config
        self.sleep = sleep
        self._hosts: dict[str, _HostState] = {}
        self._hosts_lock = threading.Lock()
        self._credentials: dict[str, Credentials] = dict(config.credentials)
        self._transport = transport
        self._network = (resolver, connect, ssl_context)
        self._client: httpx.Client | None = None
        self._client_lock = threading.Lock()

    @property
    def client(self) -> httpx.Client:
        """The HTTP client, made at the first request: its TLS contexts read the system's trust
        store (about a quarter of a second of CPU), which a run of local files never needs."""
        with self._client_lock:
            if self._client is None:
                transport = self._transport
                if transport is None:
                    resolver, connect, ssl_context = self._network
                    backend = PinnedBackend(self.config.allow_private, resolver, connect)
                    transport = PinnedTransport(backend, ssl_context)
                self._client = httpx.Client(
                    timeout=httpx.Timeout(self.config.timeout, connect=self.config.connect_timeout),
                    headers={"User-Agent": self.config.user_agent, "Accept-Encoding": "gzip, deflate"},
                    follow_redirects=False,  # followed by hand, so that every hop is checked
                    transport=transport,
                    # No proxy from the environment (a proxy resolves names itself, out of reach of
                    # the address check) and no ~/.netrc credentials sent to whatever host a feed
                    # links to.
                    trust_env=False,
                )
            return self._client

    @property
    def opened(self) -> bool:
        """Whether a request was made (the client exists)."""
        return self._client is not None

    def close(self) -> None:
        with self._client_lock:
            if self._client is not None:
                self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ------------------------------------------------------------------ public

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url`, following redirects. Raises FetchError with a clear message on failure; a
        malformed URL (bad port, overlong DNS label…) is a permanent FetchError, never a crash."""
        try:
            return self._get(url, etag, last_modified)
        except (ValueError, UnicodeError, httpx.InvalidURL) as exc:
            raise FetchError(url, f"malformed URL: {exc}", permanent=True) from exc

    def _get(self, url: str, etag: str | None, last_modified: str | None) -> Response:
        # Credentials given with this URL are used for its origin in this call, kept nowhere else.
        url, given = split_userinfo(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        current = url
        for _hop in range(self.config.max_redirects + 1):
            self._check_url(current)
            if self.config.respect_robots and not self._allowed(current):
                raise FetchError(current, "disallowed by robots.txt", permanent=True)
            credentials = self._credentials.get(origin(current))
            if given is not None and origin(current) == origin(url):
                credentials = given
            # Only to the origin the credentials were given for: a redirect elsewhere goes without.
            auth = httpx.BasicAuth(*credentials) if credentials else None
            response = self._get_with_retries(current, headers, auth)
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(current, f"HTTP {response.status} without a Location", permanent=True)
                # A server does not choose credentials for us: userinfo in a Location is dropped.
                target = split_userinfo(urljoin(current, location))[0]
                if target in seen:
                    raise FetchError(url, f"redirect loop via {target}", permanent=True)
                seen.add(target)
                current = target
                continue
            response.url = url
            return self._check_status(response)
        raise FetchError(url, f"more than {self.config.max_redirects} redirects", permanent=True)

    # ------------------------------------------------------------------ internals

    def _host(self, url: str) -> _HostState:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            return self._hosts.setdefault(key, _HostState())

    def _check_url(self, url: str) -> None:
        """The URL's shape, and its host when it is an address. Names are checked when connecting,
        against the very addresses connected to (no second DNS lookup)."""
        try:
            check_web_url(url)
        except ValueError as exc:
            raise FetchError(url, str(exc), permanent=True) from exc
        if self.config.allow_private:
            return
        host = (urlsplit(url).hostname or "").split("%", 1)[0]
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return  # a name
        reason = refusal(host)
        if reason:
            raise FetchError(url, f"refused: {reason}; {ALLOW_SETTING}", permanent=True)

    def _allowed(self, url: str) -> bool:
        state = self._host(url)
        if state.robots is None:
            parts = urlsplit(url)
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            parser = urllib.robotparser.RobotFileParser(robots_url)
            try:
                credentials = self._credentials.get(origin(url))
                auth = httpx.BasicAuth(*credentials) if credentials else None
                response = self._polite_get(robots_url, {}, auth)
                if response.status == 200:
                    parser.parse(response.content.decode("utf-8", "replace").splitlines())
                else:
                    # No robots.txt (or an error page): nothing is forbidden.
                    parser.parse([])
            except AddressRefused as exc:
                raise FetchError(url, str(exc), permanent=True) from exc
            except (httpx.HTTPError, FetchError, DeadlineExceeded):
                parser.parse([])
            state.robots = parser
        return state.robots.can_fetch(self.config.user_agent, url)

    def _get_with_retries(self, url: str, headers: dict[str, str], auth: httpx.Auth | None) -> Response:
        attempts = self.config.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = self._polite_get(url, headers, auth)
            except DeadlineExceeded as exc:
                # Not retried now: a server this slow would hold the run for minutes.
                raise FetchError(url, f"took longer than the {self.config.deadline:g} s deadline") from exc
            except AddressRefused as exc:
                raise FetchError(url, str(exc), permanent=True) from exc
            except httpx.TimeoutException as exc:
                if last:
                    raise FetchError(url, f"timed out ({type(exc).__name__})") from exc
                self.sleep(self._backoff(attempt))
                continue
            except httpx.DecodingError as exc:
                raise FetchError(url, f"corrupt compressed body: {exc}", permanent=True) from exc
            except httpx.TransportError as exc:
                if last:
                    raise FetchError(url, f"network error: {type(exc).__name__}: {exc}") from exc
                self.sleep(self._backoff(attempt))
                continue
            if response.status in RETRY_STATUSES and not last:
                self.sleep(self._retry_delay(response, attempt))
                continue
            return response
        raise AssertionError("unreachable")

    def _polite_get(self, url: str, headers: dict[str, str], auth: httpx.Auth | None = None) -> Response:
        state = self._host(url)
        with state.lock:
            wait = state.last_request + self.config.politeness_delay - time.monotonic()
            if wait > 0:
                self.sleep(wait)
            try:
                return self._read(url, headers, auth)
            finally:
                state.last_request = time.monotonic()

    def _read(self, url: str, headers: dict[str, str], auth: httpx.Auth | None) -> Response:
        with deadline(self.config.deadline) as end:
            try:
                return self._read_body(url, headers, auth)
            except httpx.TimeoutException:
                if time.monotonic() >= end:
                    raise DeadlineExceeded() from None
                raise

    def _read_body(self, url: str, headers: dict[str, str], auth: httpx.Auth | None) -> Response:
        limit = self.config.max_bytes
        with self.client.stream("GET", url, headers=headers, auth=auth) as response:
            declared = response.headers.get("content-length", "")
            encoding = response.headers.get("content-encoding", "identity").strip().lower()
            if declared.isdigit() and int(declared) > limit and encoding == "identity":
                raise FetchError(
                    url, f"body of {declared} bytes exceeds the {limit}-byte cap", permanent=True
                )
            # Decompressed by hand: httpx accepts a truncated gzip stream silently, and the cap must
            # apply to the decompressed size too (a small gzip can expand to gigabytes).
            decoder = _decoder(encoding)
            chunks: list[bytes] = []
            size = 0
            try:
                for raw in response.iter_raw():
                    chunk = decoder.decompress(raw) if decoder else raw
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, f"body exceeds the {limit}-byte cap", permanent=True)
                    chunks.append(chunk)
                if decoder is not None:
                    chunks.append(decoder.flush())
                    if not decoder.eof and size:
                        raise FetchError(
                            url, "truncated compressed body (gzip stream ends early)", permanent=True
                        )
            except zlib.error as exc:
                raise FetchError(url, f"corrupt compressed body: {exc}", permanent=True) from exc
            return Response(url, str(response.url), response.status_code, response.headers, b"".join(chunks))

    def _backoff(self, attempt: int) -> float:
        return float(self.config.backoff * (2**attempt))

    def _retry_delay(self, response: Response, attempt: int) -> float:
        value = response.headers.get("retry-after", "").strip()
        delay: float | None = None
        if value.isdigit():
            delay = float(value)
        elif value:
            try:
                when = email.utils.parsedate_to_datetime(value)
                # The system clock, not veilleur.clock: this is how long to really wait.
                delay = (when - datetime.now(UTC)).total_seconds()
            except (TypeError, ValueError):
                delay = None
        if delay is None or delay < 0:
            delay = self._backoff(attempt)
        return min(delay, self.config.max_retry_after)

    @staticmethod
    def _check_status(response: Response) -> Response:
        status = response.status
        if status == 304 or 200 <= status < 300:
            return response
        permanent = status in {400, 401, 403, 404, 405, 410, 451}
        reason = httpx.codes.get_reason_phrase(status) or "error"
        raise FetchError(response.url, f"HTTP {status} {reason}", permanent=permanent, status=status)
