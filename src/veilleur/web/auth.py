"""Who is asking: a session cookie, an API bearer token, or a trusted reverse proxy's header.

Sessions are Starlette's signed cookies (itsdangerous; HttpOnly, SameSite=Lax, Secure when served
over https) holding the user name and the session's CSRF token. Every form carries that token and
every POST with a session checks it. Failed logins are limited per client address and user name.
"""

from __future__ import annotations

import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from ipaddress import ip_address, ip_network

from starlette.requests import Request

from veilleur.store.console import ConsoleStore, User


@dataclass
class AuthConfig:
    header: str = ""  # e.g. X-Remote-User: trusted only from `proxies`
    proxies: list[str] = field(default_factory=list)  # addresses or networks of the reverse proxy
    secure_cookies: bool = False


class RateLimiter:
    """At most `limit` failures per `window` seconds for a key; `clock` is injectable for tests."""

    def __init__(
        self, limit: int = 5, window: float = 300.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = {}
        self._now = clock

    def blocked(self, key: str) -> bool:
        recent = self._recent(key)
        return len(recent) >= self.limit

    def failed(self, key: str) -> None:
        self._recent(key).append(self._now())

    def clear(self, key: str) -> None:
        self._failures.pop(key, None)

    def _recent(self, key: str) -> deque[float]:
        recent = self._failures.setdefault(key, deque())
        while recent and recent[0] < self._now() - self.window:
            recent.popleft()
        return recent


def _from_proxy(request: Request, proxies: list[str]) -> bool:
    host = request.client.host if request.client else ""
    try:
        address = ip_address(host)
    except ValueError:
        return False
    return any(address in ip_network(proxy, strict=False) for proxy in proxies)


def current_user(request: Request, console: ConsoleStore, config: AuthConfig) -> User | None:
    """The user of this request, or None. A bearer token counts for `/api/` paths only."""
    authorization = request.headers.get("authorization", "")
    if request.url.path.startswith("/api/") and authorization.lower().startswith("bearer "):
        return console.token_user(authorization[7:].strip())
    if config.header and config.proxies and _from_proxy(request, config.proxies):
        proxied = request.headers.get(config.header, "")
        if proxied:
            return console.user(proxied)
    name = request.session.get("user")
    return console.user(name) if isinstance(name, str) else None


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def csrf_ok(request: Request, submitted: object) -> bool:
    expected = request.session.get("csrf")
    return (
        isinstance(expected, str)
        and isinstance(submitted, str)
        and secrets.compare_digest(expected, submitted)
    )
