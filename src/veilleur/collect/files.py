"""Local sources: a saved HTML page, a plain-text capture, or a folder of them."""

from __future__ import annotations

from pathlib import Path

from veilleur.collect.charset import decode, looks_binary
from veilleur.models import Document, Entry, Source

SUFFIXES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".md": "text/markdown"}


def list_files(source: Source) -> list[Entry]:
    """Every readable file of the source, as entries keyed by their absolute file URI."""
    root = Path(source.url).expanduser()
    if not root.exists():
        raise FileNotFoundError(f"no such file or folder: {root}")
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    entries = []
    for path in paths:
        if path.suffix.lower() not in SUFFIXES:
            continue
        uri = path.resolve().as_uri()
        entries.append(Entry(url=uri, canonical_url=uri, source=source.name, local_path=str(path.resolve())))
    return entries


def read_file(path: Path) -> Document:
    """Read a local file as a Document; the suffix decides whether it is HTML or plain text."""
    body = path.read_bytes()
    content_type = SUFFIXES.get(path.suffix.lower(), "text/plain")
    if looks_binary(body):
        content_type = "application/octet-stream"
        text, encoding = "", ""
    else:
        text, encoding = decode(body, "")
    uri = path.resolve().as_uri()
    return Document(
        url=uri, final_url=uri, status=200, content_type=content_type, text=text, encoding=encoding
    )
