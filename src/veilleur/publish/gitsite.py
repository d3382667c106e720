"""The site's git repository after a crash: a stale `index.lock`, and files a killed run wrote
but never committed.

`git` takes `.git/index.lock` while it updates the index and removes it when done; a git killed
in between (with the run that started it) leaves it behind, and every later `git add` fails.
The lock is removed only when no process holds it: none has it open and no git process works in
the repository (git closes the file while a hook runs, so an open file alone does not tell).
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

# Without /proc (not Linux) the holders cannot be seen: a lock older than this is taken as left
# by a dead git — no git command holds the index for ten minutes.
STALE_AFTER = 600.0


def _git(site: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(site), *args], capture_output=True, check=True)
    return result.stdout.decode("utf-8", "surrogateescape")


def recover_index_lock(site: Path, now: float | None = None) -> tuple[bool, str]:
    """(whether git can run, what was done or what to do). A stale lock is removed."""
    git_dir = Path(_git(site, "rev-parse", "--absolute-git-dir").strip())
    lock = git_dir / "index.lock"
    if not lock.exists():
        return True, ""
    holders = lock_holders(lock, Path(_git(site, "rev-parse", "--show-toplevel").strip()), git_dir)
    if holders is None:
        age = (now if now is not None else time.time()) - lock.stat().st_mtime
        if age < STALE_AFTER:
            return False, (
                f"{lock} exists: a git command may be running; if none is, remove it (rm '{lock}') "
                "and the next run commits"
            )
    elif holders:
        pids = ", ".join(str(pid) for pid in sorted(holders))
        return False, (
            f"{lock} is held by running git process(es) {pids}: the posts are written and the next "
            "run commits them"
        )
    lock.unlink(missing_ok=True)
    return True, f"removed a stale {lock} left by a git command that was killed"


def lock_holders(lock: Path, worktree: Path, git_dir: Path) -> set[int] | None:
    """Processes that hold `lock`: those with it open, and git processes working in the
    repository. None when the system does not say (no /proc)."""
    proc = Path("/proc")
    if not (proc / "self" / "fd").is_dir():
        return None
    found: set[int] = set()
    places = (worktree.resolve(), git_dir.resolve())
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if _holds(entry, lock) or _git_in(entry, places):
                found.add(int(entry.name))
        except OSError:  # gone meanwhile, or another user's: not ours to judge
            continue
    return found


def _holds(process: Path, lock: Path) -> bool:
    target = str(lock)
    for fd in (process / "fd").iterdir():
        try:
            if os.readlink(fd) == target:
                return True
        except OSError:
            continue
    return False


def _git_in(process: Path, places: tuple[Path, ...]) -> bool:
    name = (process / "comm").read_text(encoding="utf-8", errors="replace").strip()
    if not name.startswith("git"):
        return False
    cwd = Path(os.readlink(process / "cwd"))
    return any(cwd == place or place in cwd.parents for place in places)


def uncommitted(site: Path, pathspecs: list[str]) -> list[str]:
    """Paths (relative to the site) under `pathspecs` that differ from the last commit: new,
    changed or staged files (deletions are left to whoever deleted them)."""
    output = _git(site, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", *pathspecs)
    records = output.split("\0")
    paths, index = [], 0
    while index < len(records):
        record = records[index]
        index += 1
        if len(record) < 4:
            continue
        status, path = record[:2], record[3:]
        if status[0] in "RC":
            index += 1  # a rename's second record is its old path
        if "D" not in status and (site / path).is_file():
            paths.append(path)
    return paths
