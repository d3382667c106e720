"""Canonical URLs: the key that makes the same article impossible to store twice."""

from __future__ import annotations

import contextlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

# Parameters that only say how a reader arrived; courlan removes utm_* and friends, these are
# the ones news sites add on top (Blogger's mobile switch, share and feed markers).
_NOISE_PARAMS = {"m", "amp", "output", "ref", "ref_src", "share", "rss", "feed", "cmpid", "at_medium"}


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
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _NOISE_PARAMS
    ]
    path = parts.path or "/"
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, urlencode(sorted(query)), ""))
