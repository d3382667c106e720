"""The MISP galaxies (shipped by pymispgalaxies): each one read when first used, once per process.

All of them are 43 MB of JSON (seconds to parse) where enrichment uses a handful. A galaxy is read
from its own file: the one named after its type, else the one whose top-level `"type"` line names
it (found by a text search, without parsing); failing both, every galaxy is loaded, as before.
"""

from __future__ import annotations

import re
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

_TYPE_LINE = re.compile(r'^  "type": "([^"]+)"', re.M)  # the shipped files' top-level key


class _Galaxies:
    """`clusters().get(name)`: the galaxy of that type, or None."""

    def get(self, name: str) -> Any:
        return galaxy(name)


def clusters() -> _Galaxies:
    return _Galaxies()


def _api() -> Any:
    """pymispgalaxies.api without jsonschema, which it imports only to validate whole collections
    (`validate_with_schema`, never called here) and which costs a second or two to import (its URI
    grammars): the module is imported with jsonschema marked absent, unless it is loaded already."""
    if "pymispgalaxies.api" in sys.modules or "jsonschema" in sys.modules:
        import pymispgalaxies.api

        return pymispgalaxies.api
    sys.modules["jsonschema"] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import pymispgalaxies.api
    finally:
        del sys.modules["jsonschema"]
    return pymispgalaxies.api


@cache
def galaxy(name: str) -> Any:
    path = _folder() / f"{name}.json"
    if not path.is_file():
        path = _files_by_type().get(name, path)
    try:
        found = _api().Cluster(str(path.relative_to(_folder()).with_suffix("")))
    except (OSError, ValueError, KeyError):
        found = None
    if found is not None and found.type == name:
        return found
    return _every_galaxy().get(name)


def _folder() -> Path:
    return Path(_api().__file__).parent / "data" / "misp-galaxy" / "clusters"


def _type_line(path: Path) -> re.Match[str] | None:
    """The file's top-level `"type"` line, read block by block: it comes before the values (keys
    are sorted), so the 43 MB of values are not read."""
    head = ""
    with path.open(encoding="utf-8", errors="replace") as handle:
        while block := handle.read(1 << 16):
            head += block
            match = _TYPE_LINE.search(head)
            if match:
                return match
    return None


@lru_cache(maxsize=1)
def _files_by_type() -> dict[str, Path]:
    """Type → file, for the galaxies whose file is not named after their type."""
    found: dict[str, Path] = {}
    for path in sorted(_folder().glob("*.json")):
        match = _type_line(path)
        if match and match.group(1) != path.stem:
            found.setdefault(match.group(1), path)
    return found


@lru_cache(maxsize=1)
def _every_galaxy() -> Any:
    return _api().Clusters()
