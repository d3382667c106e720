"""Committing the site: every post and register file not yet committed, one commit per post date.

What is committed is what the repository says is uncommitted among the files veilleur writes
(its posts, `_data/incidents.json`, `incidents.md`) plus the posts the store still has as
written — not only what this run changed: a run killed between writing and committing, or whose
commit failed, is caught up by the next one.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from veilleur.boundary import describe
from veilleur.models import PostState
from veilleur.publish.feeds import ATOM_PATH, JSON_PATH
from veilleur.publish.gitsite import recover_index_lock, uncommitted
from veilleur.publish.jekyll import commit_posts
from veilleur.publish.register import DATA_PATH, PAGE_PATH
from veilleur.store import Store


@dataclass
class SiteCommit:
    commits: int = 0
    error: str | None = None  # why committing stopped: the files stay, the next run commits them
    notes: list[str] = field(default_factory=list)  # what was repaired on the way


def commit_site(store: Store, site: Path, today: date, push: bool = False) -> SiteCommit:
    """Commit what is not committed yet; posts are dated by their post date, the register goes
    with the newest posts (or alone, dated `today`)."""
    result = SiteCommit()
    try:
        ready, note = recover_index_lock(site)
        if not ready:
            result.error = note
            return result
        if note:
            result.notes.append(note)
        owned = [str(DATA_PATH), str(PAGE_PATH), str(ATOM_PATH), str(JSON_PATH)]
        dirty = uncommitted(site, ["_posts", *owned])
    except (subprocess.CalledProcessError, OSError) as exc:
        result.error = _git_error(exc)
        return result
    rows = store.posts.all()
    by_path = {row.path: row for row in rows}
    paths: dict[date, set[str]] = {}
    ids: dict[date, list[int]] = {}
    for row in rows:
        if row.state == PostState.WRITTEN:
            ids.setdefault(row.post_date, []).append(row.id)
            if (site / row.path).is_file():
                paths.setdefault(row.post_date, set()).add(row.path)
    extra = []
    for path in dirty:
        if path in by_path:
            paths.setdefault(by_path[path].post_date, set()).add(path)
        elif path in owned:
            extra.append(path)
        # Any other file under _posts is someone else's: left for them to commit.
    days = sorted(set(paths) | set(ids)) or ([today] if extra else [])
    for index, day in enumerate(days):
        files = sorted(paths.get(day, set()))
        if index == len(days) - 1:
            files += extra
        try:
            if commit_posts(site, [site / path for path in files], day, push=push):
                result.commits += 1
        except (subprocess.CalledProcessError, OSError) as exc:
            result.error = _git_error(exc)  # the posts stay "written": committed next run
            return result
        store.posts.set_state(ids.get(day, []), PostState.COMMITTED)
    return result


def _git_error(exc: Exception) -> str:
    if isinstance(exc, subprocess.CalledProcessError):
        detail = (exc.stderr or b"").decode("utf-8", "replace").strip()
        return f"git {' '.join(str(part) for part in exc.cmd[3:5])} failed: {detail}"
    return f"git failed: {describe(exc)}"
