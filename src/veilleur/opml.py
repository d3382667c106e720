"""OPML import and export of feed sources (the format every feed reader speaks)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from veilleur.models import Source, SourceKind
from veilleur.publish.slug import slugify


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
            xmlUrl=source.url,
            category=source.tag,
        )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def import_opml(path: Path) -> list[Source]:
    """Feed sources of an OPML file; nested folders are flattened. Raises ValueError if unreadable."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ValueError(f"not a valid OPML file: {exc}") from exc
    sources = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl")
        if not url:
            continue
        title = outline.get("title") or outline.get("text") or url
        name = slugify(title) or slugify(url)
        tag = (outline.get("category") or "").split(",")[0].strip("/ ") or name
        sources.append(
            Source(name=name, kind=SourceKind.FEED, url=url, tag=slugify(tag) or name, title=title)
        )
    return sources
