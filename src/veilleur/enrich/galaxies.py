"""The MISP galaxies (shipped by pymispgalaxies): each one read when first used, once per process.

All of them are 43 MB of JSON (seconds to parse) where enrichment uses a handful. A galaxy is read
from its own file: the one named after its type, else the one whose top-level `"type"` line names
it (found by a text search, without parsing); failing both, every galaxy is loaded, as before.

A galaxy's file is read into `Galaxy` records holding what veilleur uses (each value's name,
synonyms, motive and other meta fields), as pymispgalaxies' `Cluster` reads them; `Cluster` also
builds objects for the references and relations and encodes the whole galaxy back to JSON to
remember it unchanged: 0.35 s for the 16 galaxies enrichment uses, against 0.13 s for this.

The first process also keeps each galaxy it read, so reduced, in the user's cache folder
(`$XDG_CACHE_HOME/veilleur`, else `~/.cache/veilleur`; about 1 MB), as `marshal` data named after the
file's name, size and date and the Python version; later processes read that back (the 16 galaxies
in about 0.02 s of CPU instead of 0.09 s: the start-up of every daily run). The same records come back
(`tests/test_galaxy_cache.py`). Writing a galaxy's copy removes that galaxy's copies under other
names (its former files, another Python). A cache that cannot be written is skipped; a damaged one (any error
while reading it) is read from the galaxy's file again and rewritten.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from veilleur.cache_folder import remove_stale
from veilleur.cache_folder import root as cache_folder_root

_TYPE_LINE = re.compile(r'^  "type": "([^"]+)"', re.M)  # the shipped files' top-level key


# The meta fields pymispgalaxies' ClusterValueMeta reads into attributes of their own; every other
# field is in `additional_properties` (ISO and Capital of a country, cfr-suspected-state-sponsor).
_OWN_META = (
    "type", "complexity", "effectiveness", "country", "possible_issues", "colour", "motive", "impact",
    "refs", "official-refs", "synonyms", "derivated_from", "status", "date", "encryption", "extensions",
    "ransomnotes",
)  # fmt: skip


@dataclass(frozen=True)
class Meta:
    synonyms: tuple[str, ...] = ()
    motive: Any = None
    additional_properties: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Value:
    value: str
    uuid: str | None = None
    meta: Meta | None = None  # None when the value has no meta, as in pymispgalaxies


@dataclass
class Galaxy:
    """One galaxy: `cluster_values` maps each value's lower-cased name to it (pymispgalaxies' key)."""

    type: str
    cluster_values: dict[str, Value]


def _value(raw: dict[str, Any]) -> Value:
    meta = raw.get("meta") or None
    if meta is None:
        return Value(raw["value"], raw.get("uuid"))
    synonyms = tuple(dict.fromkeys(meta.get("synonyms") or ()))
    extra = {key: item for key, item in meta.items() if key not in _OWN_META}
    return Value(raw["value"], raw.get("uuid"), Meta(synonyms, meta.get("motive"), extra))


def read_galaxy(path: Path) -> Galaxy:
    """The galaxy in one file. A value repeated with the same uuid replaces the earlier one (as
    pymispgalaxies merges it); under another uuid the first is kept (pymispgalaxies refuses the
    whole galaxy). Raises OSError, ValueError (not JSON) or KeyError (no type)."""
    data = json.loads(path.read_bytes())
    values: dict[str, Value] = {}
    for raw in data.get("values") or ():
        if not isinstance(raw, dict) or not isinstance(raw.get("value"), str) or not raw["value"]:
            continue
        value = _value(raw)
        key = value.value.lower()
        if key not in values or values[key].uuid == value.uuid:
            values[key] = value
    return Galaxy(str(data["type"]), values)


_FORMAT = 1  # of the prepared copies: a change of their layout changes their names


def cache_file(path: Path) -> Path:
    """Where the prepared copy of the galaxy in `path` lives: named after the file's name, size and
    date, the layout and the Python version (marshal's format is Python's own)."""
    stat = path.stat()
    python = f"py{sys.version_info.major}{sys.version_info.minor}"
    name = f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-v{_FORMAT}-{python}.marshal"
    return cache_folder_root() / "galaxies" / name


def _dump(found: Galaxy) -> bytes:
    rows = [
        (
            key,
            v.value,
            v.uuid,
            None if v.meta is None else (v.meta.synonyms, v.meta.motive, v.meta.additional_properties),
        )
        for key, v in found.cluster_values.items()
    ]
    return marshal.dumps((found.type, rows))


def _undump(data: bytes) -> Galaxy:
    """Raises on a copy that is not one `_dump` wrote (any exception: marshal's own or the shape's)."""
    kind, rows = marshal.loads(data)
    values: dict[str, Value] = {}
    for key, name, uuid, meta in rows:
        values[key] = Value(name, uuid, None if meta is None else Meta(meta[0], meta[1], meta[2]))
    if not isinstance(kind, str) or not all(isinstance(k, str) for k in values):
        raise ValueError("not a prepared galaxy")
    return Galaxy(kind, values)


def _save(target: Path, found: Galaxy) -> None:
    """Writes the prepared copy whole or not at all (renamed into place); skipped when the cache
    cannot be written."""
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, draft = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_dump(found))
            os.replace(draft, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(draft)
            raise


def prepared_galaxy(path: Path) -> Galaxy:
    """`read_galaxy(path)`, from its prepared copy when there is a sound one (written otherwise).
    Raises as `read_galaxy`."""
    try:
        target: Path | None = cache_file(path)
    except (OSError, RuntimeError):  # RuntimeError: no home folder (a service's user without one)
        target = None
    if target is not None:
        try:
            data = target.read_bytes()
        except OSError:
            data = None
        if data is not None:
            try:
                return _undump(data)
            except Exception:  # damaged: read from the galaxy's file and written again below
                pass
    found = read_galaxy(path)
    if target is not None:
        _save(target, found)
        # The copies of this galaxy's former files (an upgrade, another Python): never read again.
        remove_stale(target, f"{path.stem}-", ".marshal")
    return found


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
        found = prepared_galaxy(path)
    except (OSError, ValueError, KeyError):
        found = None
    if found is not None and found.type == name:
        return found
    return _every_galaxy().get(name)


@lru_cache(maxsize=1)
def _folder() -> Path:
    """The galaxies' files, found without importing pymispgalaxies."""
    import importlib.util

    spec = importlib.util.find_spec("pymispgalaxies")
    if spec is None or not spec.origin:
        raise ImportError("pymispgalaxies is not installed")
    return Path(spec.origin).parent / "data" / "misp-galaxy" / "clusters"


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
