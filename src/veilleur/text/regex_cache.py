"""Compiled regular expressions kept between processes: a daily run compiles its patterns once.

A fresh `veilleur run` compiles about a thousand patterns before its first article (enrichment's
lexicons, spaCy's tokenisers, ioc-finder's and the other libraries' own), and Python's `re` parses
and translates each one in pure Python: about 0.3 s of CPU per run, always the same patterns.
`install()` makes `re` read each pattern's program from a file of the user's cache folder
(`~/.cache/veilleur/regex-<python>/programs.json`, written at `save()` by the process that
installed it) and compile the rest as before. A program read back is handed to `_sre.compile` with
the same arguments `re._compiler.compile` gives it, so the pattern object is the one `re.compile`
would build: patterns compare equal by their text, flags and program
(`tests/test_regex_cache.py` compares every program kept after a warm-up).

The file is JSON (numbers, strings and lists: nothing in it is executed by Python; the regular
expression engine checks every program it is given, as for any compiled pattern), named after the
Python version and `_sre.MAGIC`, the program format's version. A damaged or foreign file is
ignored and written again. A process writes it when what was missing cost it 20 ms or more (the
few patterns new in every process are compiled, not written), the patterns it used first, then
the others the file kept, at most `MAX_PATTERNS`: patterns built from article text do not pile up.
Worker processes forked by the run share the cache read before the fork and never write it.

Also kept there, for `veilleur.text.prefilter`: what it derives from a pattern by reading it again
(`remembered`), under the same rules.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

MAX_PATTERNS = 4000
SAVE_AFTER = 0.02  # CPU seconds of misses that make the file worth writing again (~0.1 s)
_MISSING = object()
_DEBUG = 128  # re.DEBUG: compiled as before, its program printed
_ORIGINAL: Callable[..., Any] = _compiler.compile
# What `re._compiler.compile` uses (Python 3.11 to 3.13): without them, nothing is installed.
_INTERNALS = all(hasattr(m, a) for m, a in [(_compiler, "_code"), (_compiler, "_parser"), (_sre, "MAGIC")])
_lock = threading.Lock()
# (pattern, flags) -> [flags of the pattern object, program, groups - 1, group index, index group]
_programs: dict[tuple[str, int], list[Any]] | None = None
_used: dict[tuple[str, int], list[Any]] = {}  # what this process compiled, in order of first use
_derived: dict[str, Any] = {}  # `remembered` values read from the file
_derived_used: dict[str, Any] = {}
_misses = 0  # patterns and derived values this process computed for want of them in the file
_missed_cpu = [0.0]  # the CPU seconds they cost
_owner: int | None = None  # the process that installed the cache: the only one that saves it


def cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    python = f"{sys.implementation.cache_tag}-{sys.version_info.micro}-{_sre.MAGIC}"
    return Path(base) / "veilleur" / f"regex-{python}" / "programs.json"


def _load() -> dict[tuple[str, int], list[Any]]:
    global _programs
    if _programs is None:
        programs: dict[tuple[str, int], list[Any]] = {}
        try:
            data = json.loads(cache_file().read_text(encoding="utf-8"))
            for pattern, flags, *program in data["programs"]:
                programs[(pattern, flags)] = program
            _derived.update(data["derived"])
        except (OSError, ValueError, KeyError, TypeError, RuntimeError):
            # None yet, damaged, or no home folder (Path.home raises RuntimeError): compiled again.
            programs = {}
            _derived.clear()
        _programs = programs
    return _programs


def build(program: list[Any], pattern: str | None = None) -> Any:
    """The compiled pattern of a `program_of` (`re._compiler.compile` gives a parsed pattern no text)."""
    return _build(program, pattern)


def _build(program: list[Any], pattern: str | None) -> Any:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))


def _compile(p: Any, flags: int = 0) -> Any:
    """`re._compiler.compile` for a str pattern, its program read from the cache when kept."""
    global _misses
    if not isinstance(p, str) or not isinstance(flags, int) or flags & _DEBUG:
        return _ORIGINAL(p, flags)
    key = (p, flags)
    with _lock:
        program = _load().get(key)
    compiled = None
    if program is not None:
        try:
            compiled = _build(program, p)
        except (TypeError, ValueError, RuntimeError):  # refused by the engine: compiled afresh
            program = None
    if program is None or compiled is None:
        started = time.process_time()
        program = _program(p, flags)
        compiled = _build(program, p)
        with _lock:
            _misses += 1
            _missed_cpu[0] += time.process_time() - started
    _keep(_used, key, program)
    return compiled


def _keep(kept: dict[Any, Any], key: Any, value: Any) -> None:
    """Note what this process used, for `save`: only in the process that saves, and no more than
    `save` writes. A worker runs for weeks and compiles patterns built from article text (a name
    escaped into a pattern): noted without end, they would grow its memory without end."""
    if _owner != os.getpid():
        return
    with _lock:
        if key in kept or len(kept) < MAX_PATTERNS:
            kept.setdefault(key, value)


def _program(pattern: str, flags: int) -> list[Any]:
    """What `re._compiler.compile` hands `_sre.compile` for a pattern, as it computes it."""
    return program_of(_compiler._parser.parse(pattern, flags), flags)


def program_of(parsed: Any, flags: int) -> list[Any]:
    """What `re._compiler.compile(parsed, flags)` hands `_sre.compile` for a parsed pattern (a JSON
    value, for `remembered`); `build(program)` makes the pattern."""
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return [flags | parsed.state.flags, list(code), parsed.state.groups - 1, groupindex, indexgroup]


def remembered(kind: str, key: str, compute: Callable[[], Any]) -> Any:
    """`compute()` (a JSON value), kept in the cache file under `kind` and `key` while installed."""
    global _misses
    name = f"{kind}\0{key}"
    if _owner is None:
        return compute()
    with _lock:
        _load()
        value = _derived.get(name, _MISSING)
    if value is _MISSING:
        started = time.process_time()
        value = compute()  # outside the lock: it may compile patterns
        with _lock:
            _misses += 1
            _missed_cpu[0] += time.process_time() - started
    _keep(_derived_used, name, value)
    return value


def install() -> None:
    """Compile patterns through the cache in this process (and the workers it forks)."""
    global _owner
    if _owner is None and _INTERNALS:
        _owner = os.getpid()
        _compiler.compile = _compile


def save() -> None:
    """Write what this process compiled and derived, followed by what the file kept besides (at most
    `MAX_PATTERNS` of each), when that is worth it: when what the file lacked cost `SAVE_AFTER` or
    more. A few patterns are new in every process (built from a set, in its order, or from article
    text): rewriting the file for them would cost more than compiling them."""
    global _misses
    if _owner != os.getpid():
        return  # a forked worker, or not installed
    with _lock:
        if _missed_cpu[0] < SAVE_AFTER:
            return
        programs, derived = dict(_used), dict(_derived_used)  # this process's own first
        for key, program in (_programs or {}).items():
            programs.setdefault(key, program)
        for name, value in _derived.items():
            derived.setdefault(name, value)
        data = {
            "programs": [[p, f, *program] for (p, f), program in list(programs.items())[:MAX_PATTERNS]],
            "derived": dict(list(derived.items())[:MAX_PATTERNS]),
        }
        _misses, _missed_cpu[0] = 0, 0.0
    try:
        path = cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside then renamed: a reader never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as sink:
            json.dump(data, sink, separators=(",", ":"))
        os.replace(temporary, path)
    except (OSError, RuntimeError):
        pass  # a read-only cache folder, or no home folder: the next process compiles again
