"""Local sources: a saved HTML page, a plain-text capture, or a folder of them.

A folder source reads only what is inside it: a symlink whose target leaves the folder is skipped
(with a warning), and a file is read only if its path still resolves to itself. A capture may say
which article it is — a first line `URL: https://…` in a text or Markdown capture; in a saved HTML
page the browser's `<!-- saved from url=(N)… -->` mark, its canonical link or `og:url` —: that URL
is then the entry's URL (what posts link to). Where the capture was read (a `URL:` line, the mark)
is also its key, what de-duplicates it against a feed's copy; a page's own canonical link or og:url
is not (the entry is keyed by its file): extraction and the store treat it as a fetched page's.
Without one, the entry keeps its `file://` URI, which posts never link to.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import stat
import zlib
from collections.abc import Collection
from pathlib import Path

import lxml.html
from lxml.etree import ParserError

from veilleur.collect.charset import decode, looks_binary
from veilleur.collect.urls import canonical_url
from veilleur.edge import check_web_url, clean_link
from veilleur.models import Document, Entry, Source

SUFFIXES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".md": "text/markdown"}
# A page given compressed (`page.html.gz`, as corpora ship them) is read as its inner name says, up
# to this size once inflated (a few kilobytes can inflate to gigabytes): beyond, it stays binary.
GZIP_MAX_BYTES = 8_000_000
# A capture is read whole into memory, so a file larger than a fetch would take ([http] max_bytes'
# default: no news page needs more) is refused unread: a 3 GB sparse file in a capture folder cost
# 3.3 GB of memory and a minute, and a larger one would have ended the run out of memory.
CAPTURE_MAX_BYTES = 8_000_000
HEAD_BYTES = 300_000  # where a capture's URL can be

_URL_LINE = re.compile(r"(?i)^\s*url\s*:\s*<?(\S+?)>?\s*$")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)


def _web_url(candidate: str | None) -> str:
    """`candidate` as an article URL (absolute http(s), no userinfo), or ''."""
    if not candidate:
        return ""
    link = clean_link(candidate.strip())
    if link is None:
        return ""
    try:
        return check_web_url(link)
    except ValueError:
        return ""


def _saved_from(text: str) -> str:
    """The address a browser's `<!-- saved from url=… -->` mark records the page was read at, or ''."""
    saved = _SAVED_FROM.search(text[:4096])
    return _web_url(saved.group(1)) if saved else ""


def capture_url(text: str, content_type: str) -> tuple[str, str]:
    """The article URL a capture carries ('' if none), and the text without its `URL:` line. Where
    the capture was read (the browser's mark) comes before what the page says it is (its canonical
    link, og:url), as a fetched page's address comes before its canonical link."""
    if content_type == "text/html":
        candidates = [_saved_from(text)]
        try:
            tree = lxml.html.fromstring(text[:HEAD_BYTES])
        except (ParserError, ValueError):
            tree = None
        if tree is not None:
            for link in tree.iter("link"):
                if "canonical" in (link.get("rel") or "").lower().split():
                    candidates.append(link.get("href") or "")
            for meta in tree.iter("meta"):
                if (meta.get("property") or "").lower() == "og:url":
                    candidates.append(meta.get("content") or "")
        return next((url for url in map(_web_url, candidates) if url), ""), text
    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        match = _URL_LINE.match(lines[first])
        url = _web_url(match.group(1)) if match else ""
        if url:
            return url, "\n".join(lines[:first] + lines[first + 1 :])
    return "", text


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root)


def list_files(source: Source, warnings: list[str] | None = None, known: Collection[str] = ()) -> list[Entry]:
    """Every readable file of the source (skipped ones are noted in `warnings`), as entries.

    Files whose real path is in `known` (listed by an earlier run) are passed over without being
    opened: a folder that grows every day costs a directory listing, not a read of its history."""
    root = Path(source.url).expanduser()
    if not root.exists():
        raise FileNotFoundError(f"no such file or folder: {root}")
    notes = warnings if warnings is not None else []
    if root.is_file():
        paths, real_root = [root], root.resolve().parent
    else:
        real_root = root.resolve()
        paths = []
        for directory, folders, files in os.walk(real_root):  # symlinked folders are not entered
            for name in folders:
                if Path(directory, name).is_symlink() and not _inside(Path(directory, name), real_root):
                    notes.append(f"symlink leaving the folder skipped: {Path(directory, name)}")
            paths.extend(Path(directory, name) for name in files)
    entries = []
    for path in sorted(paths):
        if path.suffix.lower() not in SUFFIXES:
            continue
        if str(path) in known and not path.is_symlink():  # under the resolved root: its real path
            continue
        if not _inside(path, real_root):
            notes.append(f"symlink leaving the folder skipped: {path}")
            continue
        try:
            str(path).encode("utf-8")
        except UnicodeEncodeError:  # a name that is not UTF-8 cannot be stored as text
            shown = str(path).encode("utf-8", "replace").decode()
            notes.append(f"file name that is not UTF-8 skipped: {shown}")
            continue
        real = path.resolve()
        uri = real.as_uri()
        try:
            document = read_file(real)
        except OSError as exc:
            notes.append(f"unreadable file skipped: {path}: {exc.strerror or exc}")
            continue
        url = document.final_url if document.final_url != uri else ""
        # The capture's identity is where it was read (a `URL:` line, the browser's mark), as a
        # fetched page's is its address; a saved page's own canonical link or og:url is only its
        # word (still the link of its post): extraction tests it as a fetched page's and the
        # store's judge meets two captures naming one address. Taken here, it had a capture
        # naming another's address (or two naming the site's root) skipped as already collected.
        read_at = url and (document.content_type != "text/html" or url == _saved_from(document.text))
        entries.append(
            Entry(
                url=url or uri,
                canonical_url=canonical_url(url) if read_at else uri,
                source=source.name,
                local_path=str(real),
            )
        )
    return entries


def read_capture(path: Path) -> Document:
    """Read a file listed by `list_files`. Raises OSError if its path no longer resolves to itself
    (a symlink put in its place since) or it cannot be read."""
    if os.path.realpath(path) != str(path):
        raise OSError(f"{path} is now a symlink to {os.path.realpath(path)}: not read")
    return read_file(path, follow_symlinks=False)


def _inflated(path: Path, body: bytes) -> tuple[Path, bytes]:
    """(`page.html`, its bytes) for a gzip file `page.html.gz`; else (`path`, `body`) unchanged,
    also when the file is no valid gzip or inflates beyond GZIP_MAX_BYTES (then read as binary)."""
    if path.suffix.lower() != ".gz" or not body.startswith(b"\x1f\x8b"):
        return path, body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
            inner = stream.read(GZIP_MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error):
        return path, body
    if len(inner) > GZIP_MAX_BYTES:
        return path, body
    return path.with_suffix(""), inner


def read_file(path: Path, follow_symlinks: bool = True) -> Document:
    """Read a local file as a Document; the suffix decides whether it is HTML or plain text. The
    document's `final_url` is the article URL the capture carries, else the file's URI."""
    # O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, and one `mkfifo` in a
    # capture folder held the whole run for ever; only a regular file is read (a device such as
    # /dev/zero never ends). The flag changes nothing for a regular file's reads.
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow_symlinks else os.O_NOFOLLOW)
    with os.fdopen(os.open(path, flags), "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise OSError(f"{path}: not a regular file (a named pipe, device or socket): not read")
        if status.st_size > CAPTURE_MAX_BYTES:
            raise OSError(
                f"{path}: {status.st_size:,} bytes, over the {CAPTURE_MAX_BYTES:,}-byte cap: not read"
            )
        body = handle.read(CAPTURE_MAX_BYTES + 1)  # + 1: a file that grew since fstat is seen too
        if len(body) > CAPTURE_MAX_BYTES:
            raise OSError(f"{path}: grew over the {CAPTURE_MAX_BYTES:,}-byte cap while read: not read")
    named, body = _inflated(path, body)
    content_type = SUFFIXES.get(named.suffix.lower(), "text/plain")
    uri = path.resolve().as_uri()
    if looks_binary(body):
        content_type = "application/octet-stream"
        text, encoding, url = "", "", ""
    else:
        text, encoding = decode(body, "")
        url, text = capture_url(text, content_type)
    return Document(
        url=uri, final_url=url or uri, status=200, content_type=content_type, text=text, encoding=encoding
    )
