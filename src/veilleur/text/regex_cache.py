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

The file is JSON (numbers, strings and lists: nothing in it is executed by Python), named after the
Python version and `_sre.MAGIC`, the program format's version; a save removes the other versions'
folders. The engine accepts any well-formed program, also one made for another pattern: a file is
read only when it carries the HMAC-SHA256, under a key of this user's data folder
(`~/.local/share/veilleur/regex-cache.key`, 0600, made at the first save; never in the cache folder,
which may be shared or restored from elsewhere), of its name and its body, so every program read
back is one `re` itself computed for that pattern. A damaged, foreign, hand-edited or oversized file
(`MAX_BYTES`), or anything but a regular file, is ignored and written again; a program the engine
refuses all the same is compiled afresh.
`VEILLEUR_REGEX_CACHE=off` (or `0`, `no`, `false`) installs nothing: `re` compiles as before.

A process writes the file when what was missing cost it 20 ms or more (the
few patterns new in every process are compiled, not written), the patterns it used first, then
the others the file kept, at most `MAX_PATTERNS`: patterns built from article text do not pile up.
Worker processes forked by the run share the cache read before the fork and never write it.

Also kept there, for `veilleur.text.prefilter`: what it derives from a pattern by reading it again
(`remembered`), under the same rules.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import contextlib
import hashlib
import hmac
import json
import os
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

from veilleur.cache_folder import remove_stale
from veilleur.cache_folder import root as cache_folder_root

MAX_PATTERNS = 1500  # a day's run uses ~750; stale programs drop off the end as processes save
MAX_BYTES = 32 << 20  # what a file may hold; what save writes stops there (~1 MB per 400 patterns)
_STALE = 3600.0  # seconds after which a temporary file is one a killed save left behind
_HEADER = b"veilleur-regex-cache-1 "
PREFIX = "regex-"  # the folders' names: this, then the key (see cache_folder.remove_stale)
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
    python = f"{sys.implementation.cache_tag}-{sys.version_info.micro}-{_sre.MAGIC}"
    return cache_folder_root() / f"{PREFIX}{python}" / "programs.json"


def key_file() -> Path:
    """The key the cache file is signed with: in the data folder, not beside what it signs."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "veilleur" / "regex-cache.key"


def enabled() -> bool:
    """False when `$VEILLEUR_REGEX_CACHE` says off, or `re`'s internals are not the ones known."""
    switch = os.environ.get("VEILLEUR_REGEX_CACHE", "").strip().lower()
    return _INTERNALS and switch not in {"0", "off", "no", "false"}


def _read_regular(path: Path, limit: int) -> bytes | None:
    """A regular file's bytes, None when larger than `limit`. Raises OSError for anything else: a
    symlink, a folder, a FIFO or a device (opened without blocking, never read), unreadable."""
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(handle, "rb") as source:
        status = os.fstat(source.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise OSError(f"{path}: not a regular file")
        if status.st_size > limit:
            return None
        data = source.read(limit + 1)
    return data if len(data) <= limit else None


def _key(create: bool) -> bytes | None:
    """This user's 32-byte signing key; with `create`, made when absent or damaged. None when
    there is none (then nothing is read, nor written)."""
    path = key_file()
    try:
        key = _read_regular(path, 64)
        if key is not None and len(key) == 32:
            return key
    except FileNotFoundError:
        pass
    except OSError:
        return None  # a folder, a symlink, unreadable: left as it is, the cache unused
    if not create:
        return None
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")  # mode 0600
        with os.fdopen(handle, "wb") as sink:
            sink.write(os.urandom(32))
        try:
            os.link(temporary, path)  # only if absent: a key another process just made is kept
        except FileExistsError:
            if len(_read_regular(path, 64) or b"") != 32:
                os.replace(temporary, path)  # a damaged key: replaced (its files are ignored)
                temporary = None
        key = _read_regular(path, 64)
        return key if key is not None and len(key) == 32 else None
    except OSError:
        return None
    finally:
        _unlink(temporary)


def _unlink(path: str | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _signature(key: bytes, path: Path, body: bytes) -> bytes:
    # The file's folder names the Python and program format: a file moved from another is foreign.
    return hmac.new(key, path.parent.name.encode() + b"\0" + body, hashlib.sha256).hexdigest().encode()


def _read_file() -> tuple[dict[tuple[str, int], list[Any]], dict[str, Any]]:
    """The programs and derived values of the cache file; empty unless it is signed by our key."""
    path, key = cache_file(), _key(create=False)
    if key is None:
        return {}, {}
    data = _read_regular(path, MAX_BYTES)
    if data is None or not data.startswith(_HEADER):
        return {}, {}
    signature, _, body = data[len(_HEADER) :].partition(b"\n")
    if not hmac.compare_digest(signature, _signature(key, path, body)):
        return {}, {}
    content = json.loads(body)
    programs: dict[tuple[str, int], list[Any]] = {}
    for pattern, flags, *program in content["programs"]:
        if isinstance(pattern, str) and type(flags) is int and len(program) == 5:
            programs[(pattern, flags)] = program
    derived = content["derived"]
    return programs, (derived if isinstance(derived, dict) else {})


def _load() -> dict[tuple[str, int], list[Any]]:
    global _programs
    if _programs is None:
        try:
            programs, derived = _read_file()
        except (OSError, ValueError, KeyError, TypeError, RuntimeError, MemoryError):
            # None yet, damaged, or no home folder (Path.home raises RuntimeError): compiled again.
            programs, derived = {}, {}
        _derived.clear()
        _derived.update(derived)
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
        except Exception:  # refused by the engine (TypeError, OverflowError…): compiled afresh
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
    if _owner is None and enabled():
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
        entries = [[p, f, *program] for (p, f), program in list(programs.items())[:MAX_PATTERNS]]
        derived_items = list(derived.items())[:MAX_PATTERNS]
        _misses, _missed_cpu[0] = 0, 0.0
    body = _body(entries, derived_items)
    temporary: str | None = None
    try:
        path = cache_file()
        secret = _key(create=True)
        if secret is None:
            return  # no data folder to keep the key in: a file nobody could trust is not written
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(path.parent)
        # Written aside then renamed: a reader never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as sink:
            sink.write(_HEADER + _signature(secret, path, body) + b"\n" + body)
        os.replace(temporary, path)
        temporary = None
        remove_stale(path.parent, PREFIX)  # other Pythons' folders: this install reads them no more
    except (OSError, RuntimeError):
        pass  # a read-only cache folder, or no home folder: the next process compiles again
    finally:
        _unlink(temporary)  # not renamed (the path is a folder, the disk full): not left behind


def _body(entries: list[list[Any]], derived: list[tuple[str, Any]]) -> bytes:
    """The file's JSON, entries in order until `MAX_BYTES` (less room for the header): a few huge
    patterns built from article text cannot make a file no process reads."""
    budget = MAX_BYTES - 1024
    programs: list[bytes] = []
    pairs: list[bytes] = []
    for entry in entries:
        encoded = json.dumps(entry, separators=(",", ":")).encode()
        if len(encoded) + 1 > budget:
            break
        budget -= len(encoded) + 1
        programs.append(encoded)
    for name, value in derived:
        encoded = json.dumps(name).encode() + b":" + json.dumps(value, separators=(",", ":")).encode()
        if len(encoded) + 1 > budget:
            break
        budget -= len(encoded) + 1
        pairs.append(encoded)
    return b'{"programs":[' + b",".join(programs) + b'],"derived":{' + b",".join(pairs) + b"}}"


def _remove_stale(folder: Path) -> None:
    """Temporary files a save killed before its rename left: removed when an hour old (listed by
    name, not `glob`, which would compile a pattern while saving)."""
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for leftover in entries:
            if leftover.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if now - leftover.stat(follow_symlinks=False).st_mtime > _STALE:
                        os.unlink(leftover.path)
