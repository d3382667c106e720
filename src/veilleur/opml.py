"""OPML import and export of feed sources (the format every feed reader speaks)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from veilleur.edge import check_source, split_userinfo
from veilleur.models import Source, SourceKind
from veilleur.text.slug import slugify


def export_opml(sources: list[Source]) -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "veilleur sources"
    body = ET.SubElement(root, "body")
    for source in sources:
        if source.kind is not SourceKind.FEED:
            continue
        ET.SubElement(
            body,
            "outline",
            type="rss",
            text=source.title or source.name,
            title=source.title or source.name,
            xmlUrl=split_userinfo(source.url)[0],  # credentials are never exported
            category=source.tag,
        )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def import_opml(path: Path) -> tuple[list[Source], list[str]]:
    """Feed sources of an OPML file (nested folders flattened), and a note for each outline skipped
    or changed: a URL that is not http(s) or is malformed is skipped, credentials in a URL are
    dropped (they are never stored). Raises ValueError if the file is unreadable."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ValueError(f"not a valid OPML file: {exc}") from exc
    sources, notes = [], []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl")
        if not url:
            continue
        title = outline.get("title") or outline.get("text") or url
        name = slugify(title) or slugify(url)
        tag = (outline.get("category") or "").split(",")[0].strip("/ ") or name
        try:
            source, credentials = check_source(
                Source(name=name, kind=SourceKind.FEED, url=url, tag=slugify(tag) or name, title=title)
            )
        except ValueError as exc:
            notes.append(f"{name or title!r}: {exc}")
            continue
        if credentials is not None:
            notes.append(f"{name}: credentials in its URL dropped (declare it in veilleur.toml to use them)")
        sources.append(source)
    return sources, notes
