"""The user's cache folder (`$XDG_CACHE_HOME/veilleur`, else `~/.cache/veilleur`), this install's
part of it, and the removal of the copies there that no process of this install will read again.

Each install (a Python environment, `sys.prefix`, with veilleur's package where it is) has its own
subfolder, `install-<digest>`: two installs of one user (two virtual environments, two releases
side by side) never remove each other's copies, which they would otherwise take for stale ones of
their own kind and remove at each run, in turn. Copies made by a release before this layout stay
where they were (another install may still read them); `rm -r` removes what no install uses.

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
    return removed
