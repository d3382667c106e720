"""IOCs as the CTI exports may carry them: each value checked against its kind, so a platform never
receives a "domain" with a quote in it or a hash of the wrong length."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import quote, urlsplit, urlunsplit

from veilleur.models import Ioc, IocType

_HEX = re.compile(r"[0-9a-fA-F]+")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._%+-]+")  # what address checkers (and the validator) accept
_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")
# What RFC 3986 allows in a URI as is; anything else (a backslash, a space, a quote mark…) is
# percent-encoded, as a browser would send it.
_URL_PARTS = ("path", "query", "fragment")
_URI_SAFE = "!$&'()*+,/:;=?@~%-._"


def _hostname(value: str) -> bool:
    try:
        ascii_name = value.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError:
        return False
    labels = ascii_name.split(".")
    return len(ascii_name) <= 253 and len(labels) >= 2 and all(_LABEL.fullmatch(label) for label in labels)


def checked(ioc: Ioc) -> Ioc:
    """`ioc` as its STIX observable may hold it: a URL percent-encoded where RFC 3986 wants it.
    ValueError: a value that is not of its kind (a domain with a quote, a hash of the wrong length…);
    KeyError: a kind STIX has no observable for here."""
    value = ioc.value.strip()
    try:
        kind = IocType(ioc.kind)  # a record built without validation may hold any string
    except ValueError as exc:
        raise KeyError(ioc.kind) from exc
    if kind.hex_length:
        if len(value) != kind.hex_length or not _HEX.fullmatch(value):
            raise ValueError(f"not a {ioc.kind} hash")
    elif ioc.kind in (IocType.IPV4, IocType.IPV6):
        address = ipaddress.ip_address(value)  # ValueError when it is not one
        if address.version != (4 if ioc.kind == IocType.IPV4 else 6):
            raise ValueError(f"not an {ioc.kind} address")
    elif ioc.kind == IocType.DOMAIN:
        if not _hostname(value):
            raise ValueError("not a domain name")
    elif ioc.kind == IocType.EMAIL:
        local, _, domain = value.rpartition("@")
        if not _EMAIL_LOCAL.fullmatch(local) or not _hostname(domain):
            raise ValueError("not an e-mail address")
    elif ioc.kind == IocType.URL:
        parts = urlsplit(value)
        value = urlunsplit(
            parts._replace(**{k: quote(getattr(parts, k), safe=_URI_SAFE) for k in _URL_PARTS})
        )
        if parts.scheme.lower() not in ("http", "https", "ftp") or not parts.hostname:
            raise ValueError("not an http(s) or ftp URL")
    return Ioc(kind=kind, value=value)
