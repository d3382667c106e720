"""JSON-lines files read line by line, whatever they hold: a line is held only up to a bound,
bytes that are not UTF-8 and lone surrogate escapes are repaired (and said so), a line that is no
JSON object is an error of its own; written back as UTF-8 that never fails."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterator
from typing import IO, Any, cast

__all__ = ["MAX_LINE_BYTES", "json_line", "open_in", "open_out", "read_jsonl"]


def open_in(path: str) -> IO[bytes]:
    """The input's bytes (`-`: standard input; `.gz`: decompressed); lines are decoded one by one."""
    if path == "-":
        return sys.stdin.buffer
    if path.endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def open_out(path: str) -> IO[str]:
    """A text stream to write UTF-8 lines to (`-`: standard output, left open by the caller;
    `.gz`: gzip-compressed). Raises OSError when the file cannot be created."""
    if path == "-":
        return sys.stdout
    if path.endswith(".gz"):
        return gzip.open(path, "wt", encoding="utf-8")
    return open(path, "w", encoding="utf-8")


def json_line(row: dict[str, Any]) -> str:
    """One output line. A lone surrogate (`"\\ud800"` in the input, kept by json.loads) cannot be
    written as UTF-8: it becomes U+FFFD rather than stopping the batch at the write."""
    return _SURROGATE.sub("\ufffd", json.dumps(row, ensure_ascii=False)) + "\n"


# A line is read at most this far (a page above the fetcher's byte limit is refused anyway, and
# JSON escapes can triple a page's size): the rest of a longer line is skipped unread, so memory
# stays bounded whatever the input.
MAX_LINE_BYTES = 32_000_000
_SURROGATE = re.compile("[\ud800-\udfff]")
# A surrogate can only come from a `\uD800`-`\uDFFF` escape of the line: without one, the
# record is not serialised again to look for it.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Each line's bytes, or None for a line longer than `limit` (read past, never held)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def read_jsonl(path: str, limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """(line number, record or None, error or note) for each non-empty line; bad lines do not stop.

    A line that is no JSON object, or longer than `limit` bytes, gives None and the error. A record
    read with repairs (bytes that are not UTF-8, lone surrogate escapes: each becomes U+FFFD) comes
    with a note saying so."""
    stream = open_in(path)
    try:
        for number, raw in enumerate(_lines(stream, limit), start=1):
            if raw is None:
                yield number, None, f"invalid input: line longer than {limit:,} bytes, not read"
                continue
            notes = []
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                line = raw.decode("utf-8", "replace")
                notes.append(f"bytes that are not UTF-8 (first at byte {exc.start}) read as U+FFFD")
            if number == 1:
                line = line.removeprefix("\ufeff")  # a byte-order mark some editors write
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                reason = str(exc) if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                yield number, None, f"invalid JSON: {reason}"
                continue
            if not isinstance(record, dict):
                yield number, None, "invalid input: a JSON object is expected"
                continue
            if _SURROGATE_ESCAPE.search(line) and _SURROGATE.search(
                text := json.dumps(record, ensure_ascii=False)
            ):
                record = json.loads(_SURROGATE.sub("\ufffd", text))
                notes.append("lone surrogate escapes read as U+FFFD")
            yield number, record, "; ".join(notes)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
