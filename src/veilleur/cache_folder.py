"""The user's cache folder (`$XDG_CACHE_HOME/veilleur`, else `~/.cache/veilleur`), this install's
part of it, and the removal of the copies there that no process of this install will read again.

Each install (a Python environment, `sys.prefix`, with veilleur's package where it is) has its own
subfolder, `install-<digest>`: two installs of one user (two virtual environments, two releases
side by side) never remove each other's copies, which they would otherwise take for stale ones of
their own kind and remove at each run, in turn. Copies made by a release before this layout stay
where they were (another install may still read them); `rm -r` removes what no install uses.
Beside its folder each install writes `install-<digest>.owner` (its prefix and package folder):
when a copy is written, the folders of installs whose prefix or package folder is gone (a
removed virtual environment, a benchmark's temporary checkout of another commit) are removed
with their copies, or every such checkout would leave its hundred MB behind for ever.

Each prepared copy there (py3langid's model, the sentence encoder, a reduced galaxy, the regex
programs) is named `<kind prefix><key>[suffix]`, the key made of the versions, sizes and dates it
was derived from. When a process writes the copy of the current key, `remove_stale` removes the
copies of the same kind under other keys (an upgrade, a new Python): a daily run kept for years
does not fill the disk with one copy per upgrade.

Safety: only names of that kind's shape are touched (prefix, suffix, a key of as many `-`-separated
fields, made of letters, digits and `._+`), and only real files or folders of the expected type:
a symlink is never followed nor removed, nor is anything else. A folder is first locked (`flock`,
exclusive, without waiting: a process reading it holds a shared lock, `reading`) then renamed to a
hidden name and removed there, so that no reader sees half of it; a locked one is left for a later
write. A file is removed by name: a process that opened it keeps reading it. The kind's hidden
drafts that a killed write left are removed after an hour. Whatever vanishes
meanwhile (another process removing the same copy) is not an error; no error is raised at all.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-")
_TRASH = ".stale-"  # the hidden name a stale folder is renamed to before its removal
DRAFT_AGE = 3600.0  # seconds after which a hidden draft of the kind is one a killed write left


def user_root() -> Path:
    """`$XDG_CACHE_HOME/veilleur`, else `~/.cache/veilleur`: every install's. Raises RuntimeError
    without a home."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "veilleur"


@functools.cache
def install_name() -> str:
    """This install's subfolder name: `install-` and 16 hex digits of a digest of the environment's
    prefix and the folder veilleur is imported from (the same at each run of one install)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{Path(sys.prefix).resolve()}\0{package}".encode()).hexdigest()
    return f"install-{digest[:16]}"


def root() -> Path:
    """This install's cache folder: `user_root() / install_name()`, where its copies are written
    and its stale copies removed. Raises RuntimeError without a home."""
    return user_root() / install_name()


_OWNER = ".owner"  # `install-<digest>.owner`, beside the install's folder: its prefix and package
_OWNER_BYTES = 8192  # an owner file is two paths; more is not one of ours


def _owner_text() -> str:
    return f"{Path(sys.prefix).resolve()}\n{Path(__file__).resolve().parent}\n"


def _claim(parent: Path) -> None:
    """Write this install's owner file beside its folder, unless it is there already (never raises)."""
    owner = parent / f"{install_name()}{_OWNER}"
    text = _owner_text()
    if _read_owner(owner) == text:
        return
    draft = ""
    try:
        handle, draft = tempfile.mkstemp(dir=parent, prefix=f".{install_name()}{_OWNER}-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(draft, owner)  # whole or not at all: a reader never sees half of it
    except OSError:
        with contextlib.suppress(OSError):
            if draft:
                os.unlink(draft)


def _read_owner(path: Path) -> str | None:
    """An owner file's text, None when it is not a readable regular file of ours."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        data = os.read(handle, _OWNER_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(handle)
    try:
        return data.decode("utf-8") if len(data) <= _OWNER_BYTES else None
    except UnicodeDecodeError:
        return None


def _gone(owner: Path) -> bool:
    """Whether the install an owner file names is gone: its prefix or its package folder no longer
    exists. False when the file is not one of ours (unknown: left)."""
    text = _read_owner(owner)
    lines = text.splitlines() if text else []
    if len(lines) != 2 or not all(Path(line).is_absolute() for line in lines):
        return False
    return not all(Path(line).is_dir() for line in lines)


def remove_gone_installs(parent: Path) -> int:
    """Remove, in the user's cache folder `parent`, the folders of installs that are gone (see
    `_gone`) with their owner files; this install's own is never touched. A folder any of whose
    copies a process is reading (`reading`) is left for a later write. Returns how many install
    folders were removed; never raises."""
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return 0
    removed = 0
    for entry in entries:
        if entry.name.startswith(_TRASH) and entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)  # a removal killed half-way
            continue
        name = entry.name.removesuffix(_OWNER)
        if name == entry.name or not name.startswith("install-") or name == install_name():
            continue
        if not entry.is_file(follow_symlinks=False) or not _gone(Path(entry.path)):
            continue
        try:
            if os.path.lexists(parent / name):
                _remove_install(parent, name)
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue  # being read, or vanished meanwhile: left
    return removed


def _remove_install(parent: Path, name: str) -> None:
    """Remove one install's folder once none of its copies is being read: each folder in it is
    locked (exclusive, without waiting: raises OSError while a process reads it) until the whole
    install folder is renamed out of the way."""
    folder = parent / name
    handles = []
    try:
        for inner in os.scandir(folder):  # raises NotADirectoryError on a symlink: left
            if inner.is_dir(follow_symlinks=False):
                flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
                handles.append(os.open(inner.path, flags))
                fcntl.flock(handles[-1], fcntl.LOCK_EX | fcntl.LOCK_NB)
        _remove_folder(parent, name)
    finally:
        for handle in handles:
            os.close(handle)


def _same_kind(name: str, current: str, prefix: str, suffix: str) -> bool:
    """Whether `name` is another key's copy of the kind `current` is one of."""
    if name == current or not name.startswith(prefix) or not name.endswith(suffix):
        return False
    key = name[len(prefix) : len(name) - len(suffix)]
    mine = current[len(prefix) : len(current) - len(suffix)]
    # As many fields: the galaxy `tool` does not take the galaxy `tool-x`'s copies for its own.
    return bool(key) and set(key) <= _KEY_CHARS and key.count("-") == mine.count("-")


@contextlib.contextmanager
def reading(folder: Path) -> Iterator[None]:
    """Hold a shared lock on a prepared folder while reading it: `remove_stale` leaves it be. Files
    opened or mapped within stay readable after the block, whatever happens to the folder. Without
    the folder (or without locks) the block runs all the same; its reads raise as they would."""
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(handle, fcntl.LOCK_SH)
        yield
    finally:
        os.close(handle)  # releases the lock


def _remove_folder(parent: Path, name: str) -> None:
    handle = os.open(parent / name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises while a process reads it
        doomed = Path(tempfile.mkdtemp(dir=parent, prefix=_TRASH))
        os.rename(parent / name, doomed / name)
    finally:
        os.close(handle)
    shutil.rmtree(doomed, ignore_errors=True)  # rmtree does not follow the symlinks inside


def _remove_entry(path: str, folder: bool) -> None:
    if folder:
        shutil.rmtree(path, ignore_errors=True)  # rmtree does not follow the symlinks inside
    else:
        os.unlink(path)


def remove_stale(current: Path, prefix: str, suffix: str = "", now: float | None = None) -> int:
    """Remove the copies of `current`'s kind (named `prefix` + another key + `suffix`) beside it,
    files when `current` is a file, folders when it is a folder; the hidden leftovers of a removal
    killed half-way; and the kind's drafts (hidden, named `.` + `prefix`…) a write killed before its
    rename left, once `DRAFT_AGE` seconds old at `now` (epoch seconds; default: the clock). Returns
    how many copies were removed; never raises."""
    parent, mine = current.parent, current.name
    try:
        want_folder = stat.S_ISDIR(os.lstat(current).st_mode)
        entries = list(os.scandir(parent))
    except OSError:
        return 0  # the current copy is not there: nothing to compare with, nothing removed
    removed = 0
    for entry in entries:
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
            if entry.name.startswith(_TRASH) and stat.S_ISDIR(mode):
                shutil.rmtree(entry.path, ignore_errors=True)  # a removal killed half-way
                continue
            if entry.name.startswith("." + prefix) and (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                age = (time.time() if now is None else now) - entry.stat(follow_symlinks=False).st_mtime
                if age > DRAFT_AGE:  # younger, it may be another process's write under way
                    _remove_entry(entry.path, stat.S_ISDIR(mode))
                continue
            if not _same_kind(entry.name, mine, prefix, suffix):
                continue
            if want_folder and stat.S_ISDIR(mode):
                _remove_folder(parent, entry.name)
            elif not want_folder and stat.S_ISREG(mode):
                os.unlink(entry.path)
            else:
                continue  # a symlink, or not of the kind's type: not ours
            removed += 1
        except OSError:
            continue  # vanished, being read (locked), not ours to remove: left
    with contextlib.suppress(OSError, RuntimeError):
        install = root()
        if parent == install or install in parent.parents:  # in this install's folder (galaxies/ too)
            _claim(install.parent)  # the user's cache folder, beside it
            remove_gone_installs(install.parent)
    return removed
