"""Indicators of compromise — only real ones.

An article is full of things that look like indicators: its own links, version numbers
("1.2.3.4"), file names ("setup.zip" — .zip is a top-level domain). We keep only what the article
presents as an indicator: defanged values (`evil[.]com`, `hxxps://…`, `45.77.1[.]2`), everything in
an explicit "Indicators of compromise" list, and file hashes. Values are refanged in the record
(ioc-fanger) and found with ioc-finder; they are defanged again when displayed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from veilleur.models import Ioc

_DEFANGED = re.compile(r"\S*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\bhxxps?|\[:\]|\[://\]|\[@\]|\[at\])\S*", re.I)
_IOC_HEADING = re.compile(
    r"^\W*(?:indicators? of compromise|iocs?|indicateurs? de compromission|ioc list|network indicators|"
    r"file hashes|hashes|indicatoren|kompromittierungsindikatoren)\b.{0,40}$",
    re.I | re.M,
)
_HASHES = {"md5": 32, "sha1": 40, "sha256": 64}
_HASH = re.compile(r"(?<![0-9a-fA-F])([0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})(?![0-9a-fA-F])")
# Top-level domains that are also file extensions: "invoice.zip" is a file name unless defanged.
_FILE_TLDS = {"zip", "mov", "py", "sh", "ps", "rs", "pl", "md", "pdf", "app", "exe", "dll", "js"}
IOC_SECTION_CHARS = 6000
_KINDS = {"ipv4s": "ipv4", "domains": "domain", "urls": "url", "email_addresses": "email"}


def _finder(text: str) -> dict[str, list[str]]:
    from ioc_finder import find_iocs  # imported when needed: it builds its grammars on import

    found: dict[str, list[str]] = find_iocs(text)
    return found


def find_indicators(text: str, own_urls: list[str] | None = None) -> list[Ioc]:
    """Indicators the article gives, refanged, without its own links."""
    from ioc_fanger import fang

    own_hosts = {(urlsplit(url).hostname or "").removeprefix("www.") for url in own_urls or []}
    segments: list[tuple[str, bool]] = [(fang(match.group(0)), True) for match in _DEFANGED.finditer(text)]
    heading = _IOC_HEADING.search(text)
    if heading:
        segments.append((fang(text[heading.end() : heading.end() + IOC_SECTION_CHARS]), False))
    found: dict[tuple[str, str], Ioc] = {}
    for segment, defanged in segments:
        results = _finder(segment)
        for key, kind in _KINDS.items():
            for value in results.get(key, []):
                host = (urlsplit(value).hostname if kind == "url" else value.split("@")[-1]) or ""
                if host.removeprefix("www.") in own_hosts:
                    continue
                if kind == "domain" and not defanged and value.rsplit(".", 1)[-1].lower() in _FILE_TLDS:
                    continue
                found.setdefault((kind, value), Ioc(kind=kind, value=value))
    for match in _HASH.finditer(text):
        value = match.group(1).lower()
        kind = next(name for name, size in _HASHES.items() if size == len(value))
        found.setdefault((kind, value), Ioc(kind=kind, value=value))
    return list(found.values())
