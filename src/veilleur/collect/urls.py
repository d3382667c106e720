"""Canonical URLs: the key that makes the same article impossible to store twice."""

from __future__ import annotations

import contextlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

from veilleur.text.links import TRACKING_PARAMS


def canonical_url(url: str) -> str:
    """Lower-case host, no fragment, no default port, no tracking parameters, sorted query."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # not even splittable (`http://[::1/x`): its own key, fetched as an error
        return url
    if parts.scheme not in {"http", "https"}:
        return url
    with contextlib.suppress(ValueError, TypeError):
        url = normalize_url(url)
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in TRACKING_PARAMS
    ]
    path = parts.path or "/"
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, urlencode(sorted(query)), ""))
