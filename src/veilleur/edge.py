"""Checks at the edge: every source given by the user (`sources add`, the configuration file, an
OPML import) and every link read from a feed or page passes here before it is stored.

A web URL is `http` or `https` with a real host (valid port, DNS labels of at most 63 characters,
IDNA-encodable); its userinfo (`user:pass@`) is split off: the credentials are used for the request
and never stored with the URL. A tag is a slug (it becomes a Jekyll tag and part of front matter).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from veilleur.models import Source, SourceKind
from veilleur.text.slug import slugify

Credentials = tuple[str, str]  # user, password

TAG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")  # "_" occurs in real host names


def split_userinfo(url: str) -> tuple[str, Credentials | None]:
    """The URL without `user:pass@`, and the (percent-decoded) credentials if it had some."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    clean = urlunsplit((parts.scheme, hostport, parts.path, parts.query, parts.fragment))
    return clean, (unquote(user), unquote(password))


def origin(url: str) -> str:
    """`scheme://host:port` of a URL (default port made explicit), the key of its credentials."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}:{port}"


def check_web_url(url: str) -> str:
    """`url` stripped, if it is an http(s) URL with a real host. Raises ValueError saying why not."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"}:
        raise ValueError(f"not an http(s) URL: {parts.scheme or 'no'} scheme")
    if any(ord(char) < 32 or char == "\x7f" for char in url):
        raise ValueError("a URL cannot contain control characters")  # spaces in a path are encoded
    host = parts.hostname or ""
    if not host:
        raise ValueError("the URL has no host")
    import httpx  # 0.1 s: here, not at start-up (the configuration of a files source needs none)

    try:
        _ = parts.port  # raises ValueError on a port that is not a number in 0-65535
        parsed = httpx.URL(url)  # IDNA encoding: labels too long, forbidden characters
    except (ValueError, UnicodeError, httpx.InvalidURL) as exc:
        raise ValueError(f"malformed URL: {exc}") from exc
    ascii_host = parsed.raw_host.decode("ascii").strip("[]").rstrip(".")
    if ":" not in ascii_host and not all(_LABEL.fullmatch(label) for label in ascii_host.split(".")):
        raise ValueError(f"malformed host name {host!r}")
    return url


def clean_link(url: str, base: str = "") -> str | None:
    """A link read from a feed or page (relative to `base`) as we store it: absolute, without
    userinfo. None if it is not http(s) or cannot even be split into parts (`http://[::1/x`)."""
    try:
        url = urljoin(base, url.strip()) if base else url.strip()
        if urlsplit(url).scheme.lower() not in {"http", "https"}:
            return None
        return split_userinfo(url)[0]
    except ValueError:
        return None


# A URL path that names a feed: /feed, /rss, /atom.xml, /index.rss, /feeds/posts/default…
_FEED_PATH = re.compile(r"(^|/)(feeds?|rss|atom)(/|\.|$)|\.(rss|atom|rdf|xml)$", re.I)


def guess_kind(url: str) -> SourceKind:
    """A source's kind when the configuration does not say: an existing local path is FILES, a URL
    whose path names a feed is FEED; anything else stays AUTO and is decided by what it serves."""
    if "://" not in url and Path(url).expanduser().exists():
        return SourceKind.FILES
    path = urlsplit(url).path.rstrip("/") if "://" in url else ""
    return SourceKind.FEED if _FEED_PATH.search(path) else SourceKind.AUTO


def check_source(source: Source) -> tuple[Source, Credentials | None]:
    """The source as it may be stored, and the credentials its URL carried. Raises ValueError."""
    name = source.name.strip()
    if not name:
        raise ValueError("a source needs a name")
    url, credentials = source.url.strip(), None
    kind = guess_kind(url) if source.kind is SourceKind.AUTO else source.kind
    if kind is SourceKind.FILES:
        if "://" in url:
            raise ValueError(f"source {name!r}: a files source is a local path, not a URL")
        url = str(Path(url).expanduser())
    elif source.kind is SourceKind.AUTO and "://" not in url:
        raise ValueError(
            f"source {name!r}: {url!r} is neither an http(s) URL nor an existing file or folder "
            '(kind = "files" for a folder that does not exist yet)'
        )
    else:
        try:
            url, credentials = split_userinfo(check_web_url(url))
        except ValueError as exc:
            raise ValueError(f"source {name!r}: {exc}") from exc
    tag = source.tag.strip() or slugify(name)
    if not TAG.fullmatch(tag):
        hint = slugify(tag)
        suggestion = f" (e.g. {hint!r})" if hint else ""
        raise ValueError(
            f"source {name!r}: tag {tag!r} must be a slug: lower-case letters, digits, - and _{suggestion}"
        )
    return source.model_copy(update={"name": name, "url": url, "tag": tag, "kind": kind}), credentials
