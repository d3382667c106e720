"""Connections only to addresses that passed the check, and a wall-clock deadline per request.

The check and the connection share one DNS answer: `PinnedBackend` resolves a host once, refuses
the whole answer if any address is not public, and connects to those very addresses (TLS keeps the
host name for SNI and certificate checks, HTTP keeps it in `Host`). A name that resolves to a
public address for a check and to 127.0.0.1 for the connection (DNS rebinding) therefore never
reaches the inside. IPv4 addresses carried inside IPv6 ones (`::ffff:a.b.c.d`, `::a.b.c.d`,
`64:ff9b::/96`, `2002::/16`, Teredo) are checked as what they carry.

The deadline is thread-local: `deadline(seconds)` bounds every connect, TLS handshake, read and
write made by the current thread, so a server trickling one byte a second is cut off on time.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

# host, port → IP address strings (the seam tests use to play a rebinding DNS server)
Resolver = Callable[[str, int], list[str]]
# IP address, port, timeout in seconds → an open stream (the seam tests use to keep traffic local)
Connector = Callable[[str, int, float | None], httpcore.NetworkStream]

ALLOW_SETTING = "set `[http] allow_private = true` to fetch it"

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: local use, never public
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


class AddressRefused(Exception):
    """The host resolves to an address we do not connect to (loopback, private, reserved…)."""


class DeadlineExceeded(Exception):
    """The request took longer than its wall-clock deadline."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address of `host`, in the system resolver's order. Raises OSError (gaierror)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for, if it carries one."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal(text: str) -> str | None:
    """Why we do not connect to this address, or None when it is public."""
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return f"{text} is not an IP address"
    checked: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [address]
    if isinstance(address, ipaddress.IPv6Address):
        if address in _NAT64_LOCAL:
            return f"{address} is not a public address (local-use NAT64)"
        inner = embedded_ipv4(address)
        if inner is not None:
            checked.append(inner)
        if address.teredo is not None:
            checked.extend(address.teredo)
    for candidate in checked:
        if not candidate.is_global or candidate.is_multicast:
            carried = f" (it carries {candidate})" if candidate != address else ""
            return f"{address} is not a public address{carried}"
    return None


# ------------------------------------------------------------------------------------- deadline

_local = threading.local()


@contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Bound every network operation of this thread for `seconds`; yields the monotonic end."""
    end = time.monotonic() + seconds
    previous = getattr(_local, "end", None)
    _local.end = end
    try:
        yield end
    finally:
        _local.end = previous


def _bounded(timeout: float | None) -> float | None:
    """The timeout of one operation, shortened to what is left of the deadline."""
    end: float | None = getattr(_local, "end", None)
    if end is None:
        return timeout
    remaining = end - time.monotonic()
    if remaining <= 0:
        raise DeadlineExceeded()
    return remaining if timeout is None else min(timeout, remaining)


class _BoundedStream(httpcore.NetworkStream):
    """A stream whose every operation respects the thread's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _BoundedStream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


# ------------------------------------------------------------------------------------- backend


class PinnedBackend(httpcore.NetworkBackend):
    """Resolve once, check every address, connect to a checked address."""

    def __init__(
        self, allow_private: bool, resolver: Resolver | None = None, connect: Connector | None = None
    ) -> None:
        self.allow_private = allow_private
        self.resolver = resolver or system_resolver
        self._system = httpcore.SyncBackend()
        self.connect = connect or self._connect_ip

    def _connect_ip(self, ip: str, port: int, timeout: float | None) -> httpcore.NetworkStream:
        # An IP literal: create_connection does no DNS lookup for it.
        return self._system.connect_tcp(ip, port, timeout, socket_options=[])

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = self.resolver(host.strip("[]"), port)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve host {host}: {exc}") from exc
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve host {host}: no address")
        if not self.allow_private:
            for address in addresses:
                reason = refusal(address)
                if reason:
                    raise AddressRefused(f"refused: {host} → {reason}; {ALLOW_SETTING}")
        error: Exception | None = None
        for address in addresses:
            try:
                return _BoundedStream(self.connect(address, port, _bounded(timeout)))
            except (httpcore.ConnectError, httpcore.ConnectTimeout, OSError) as exc:
                error = exc  # try the next address, as create_connection does
        assert error is not None
        raise error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not used")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport, with its connection pool on a `PinnedBackend`."""

    def __init__(self, backend: PinnedBackend, ssl_context: ssl.SSLContext | None = None) -> None:
        super().__init__()
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )
