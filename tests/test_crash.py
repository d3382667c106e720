"""Crash and concurrency with real processes: two runs at once on one store, a run killed while
git holds its index lock, what a killed run left uncommitted, and file permissions."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

from postcheck import check_post
from test_kill9 import victim
from webserver import Reply, WebServer

ITEMS = 6
PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>The fictional organisation {name} was hit by a ransomware attack on Monday that encrypted {n} of its
servers, the company said. Attackers demanded a ransom and threatened to publish stolen files.</p>
<p>Systems were shut down as a precaution and staff moved to manual procedures. The incident was reported to
the national cybersecurity centre and the police are investigating the attack on {name}.</p>
<p>The company said backups were available and that it expects to restore services for its customers within
days, while its security team looks for the initial access vector used by the attackers.</p>
</article></body></html>"""


def serve_feed(web: WebServer, now: datetime, gate: threading.Event | None = None) -> None:
    """The feed of ITEMS articles; with `gate`, each page is answered once the test sets it."""
    items = ""
    for n in range(ITEMS):
        title = f"Ransomware attack on {victim(n)}"
        reply = Reply(PAGE.format(title=title, n=n, name=victim(n)).encode())
        web.routes[f"/a/{n}"] = reply if gate is None else _held(reply, gate)
        items += (
            f"<item><title>{title}</title><link>{web.url(f'/a/{n}')}</link>"
            f"<pubDate>{format_datetime(now)}</pubDate></item>"
        )
    web.routes["/feed.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>K</title>{items}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )


def _held(reply: Reply, gate: threading.Event) -> Callable[[object], Reply]:
    def answer(_handler: object) -> Reply:
        gate.wait(120)
        return reply

    return answer


def command(tmp_path: Path, web: WebServer, timeout: float = 5.0) -> list[str]:
    path = tmp_path / "veilleur.toml"
    path.write_text(
        f"""store_url = "sqlite:///{tmp_path / "store.db"}"
catalogue = false

[[sources]]
name = "crash"
kind = "feed"
url = "{web.url("/feed.xml")}"
tag = "crash"

[http]
allow_private = true
politeness_delay = 0.0
workers = 1
timeout = {timeout}
retries = 0

[publish]
out_dir = "{tmp_path / "site"}"
""",
        encoding="utf-8",
    )
    return [sys.executable, "-m", "veilleur", "--config", str(path), "run"]


def environment() -> dict[str, str]:
    """The runs' environment, read when they start: $VEILLEUR_NOW (fixed_now) is in it."""
    return {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "300"}


def wait_for(predicate: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(predicate) and predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


def git(site: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(site), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_a_second_run_on_a_busy_store_stops_at_once_and_nothing_is_lost(
    tmp_path: Path, web: WebServer, fixed_now: datetime
) -> None:
    held = threading.Event()
    serve_feed(web, fixed_now, held)  # the first run waits for its pages until the test says
    run = command(tmp_path, web, timeout=120.0)
    first = subprocess.Popen(
        run, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        lock = tmp_path / "store.db.lock"
        wait_for(lambda: lock.is_file() and lock.read_text(encoding="utf-8").strip())
        holder = json.loads(lock.read_text(encoding="utf-8"))
        assert holder["pid"] == first.pid

        second = subprocess.run(run, env=environment(), capture_output=True, text=True, timeout=60)
        assert second.returncode == 3, second.stderr
        message = " ".join(second.stderr.split())
        assert f"another veilleur run is using this store (pid {first.pid} on host" in message
        assert holder["since"] in message and "store.db.lock" in message
        # At once, not after waiting for the first run: that one is still running, held by the test.
        assert first.poll() is None, "the first run ended before the second did: proves nothing"
    except BaseException:
        first.kill()  # a failed check must not leave the first run waiting for its pages
        raise
    finally:
        held.set()

    _out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    posts = sorted((tmp_path / "site" / "_posts").glob("*.md"))
    assert len(posts) == ITEMS
    assert all(check_post(p.read_text(encoding="utf-8"), p.name) == [] for p in posts)
    again = subprocess.run(run, env=environment(), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "published 0" in again.stderr, again.stderr
    with sqlite3.connect(tmp_path / "store.db") as db:
        assert db.execute("select count(*) from entries").fetchone() == (ITEMS,)
        assert db.execute("select count(*) from posts").fetchone() == (ITEMS,)


# Git runs a clean filter on each file it adds, while it holds .git/index.lock; a hook runs
# while `git commit -a` holds it. Both wait while the test's gate file exists.
SLOW = """#!/bin/sh
if [ -f "$GATE/hold" ]; then
    touch "$GATE/held"
    sleep 120
fi
cat
"""


def slow_git(site: Path) -> None:
    """A git repository whose `git add` and `git commit -a` can be held, from the test."""
    git(site, "init", "-q")
    git(site, "config", "user.name", "test")
    git(site, "config", "user.email", "test@example.invalid")
    slow = SLOW.replace("$GATE", str(site / ".git"))
    script = site / ".git" / "slow.sh"
    script.write_text(slow, encoding="utf-8")
    script.chmod(0o755)
    git(site, "config", "filter.slow.clean", str(script))
    (site / ".git" / "info").mkdir(exist_ok=True)
    (site / ".git" / "info" / "attributes").write_text("*.md filter=slow\n", encoding="utf-8")
    hook = site / ".git" / "hooks" / "pre-commit"
    hook.write_text(slow.replace("cat\n", ""), encoding="utf-8")
    hook.chmod(0o755)


def test_a_run_killed_while_git_holds_its_lock_is_committed_by_the_next_run(
    tmp_path: Path, web: WebServer, fixed_now: datetime
) -> None:
    serve_feed(web, fixed_now)
    site = tmp_path / "site"
    site.mkdir()
    slow_git(site)
    (site / ".git" / "hold").touch()
    run = command(tmp_path, web)

    # Its own session, so that the kill takes git and its hook too, as a crash or an OOM kill would.
    process = subprocess.Popen(
        run, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    wait_for(lambda: (site / ".git" / "held").exists(), timeout=120)
    assert (site / ".git" / "index.lock").exists()  # git is adding the posts: it holds the lock
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    time.sleep(0.2)
    assert (site / ".git" / "index.lock").exists()  # left behind by the killed git
    assert len(list((site / "_posts").glob("*.md"))) == ITEMS

    (site / ".git" / "hold").unlink()
    after = subprocess.run(run, env=environment(), capture_output=True, text=True, timeout=120)
    assert after.returncode == 0, after.stderr
    assert "stale" in after.stderr and "index.lock" in after.stderr
    assert not (site / ".git" / "index.lock").exists()
    # Everything the killed run wrote is committed: posts, the register's data and page.
    assert git(site, "status", "--porcelain", "--untracked-files=all") == ""
    tracked = git(site, "ls-files").splitlines()
    assert len([path for path in tracked if path.startswith("_posts/")]) == ITEMS
    assert "_data/incidents.json" in tracked and "incidents.md" in tracked
    assert git(site, "log", "--format=%s").startswith("feat(veille-cyber): new posts from ")


def test_a_lock_held_by_a_running_git_is_left_alone(
    tmp_path: Path, web: WebServer, fixed_now: datetime
) -> None:
    serve_feed(web, fixed_now)
    site = tmp_path / "site"
    site.mkdir()
    slow_git(site)
    (site / "note.txt").write_text("a user's note\n", encoding="utf-8")
    git(site, "add", "note.txt")
    git(site, "commit", "-q", "-m", "note")
    (site / "note.txt").write_text("a user's own change\n", encoding="utf-8")
    (site / ".git" / "hold").touch()
    # A user's `git commit -a`, still running (its hook is slow): it holds index.lock.
    users = subprocess.Popen(
        ["git", "-C", str(site), "commit", "-a", "-q", "-m", "by hand"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for(lambda: (site / ".git" / "held").exists())
        blocked = subprocess.run(
            command(tmp_path, web), env=environment(), capture_output=True, text=True, timeout=120
        )
        assert blocked.returncode == 1
        assert "index.lock" in blocked.stderr and "running git" in blocked.stderr, blocked.stderr
        assert (site / ".git" / "index.lock").exists()  # not taken from under a live git
        assert len(list((site / "_posts").glob("*.md"))) == ITEMS  # written, to be committed
    finally:
        os.killpg(users.pid, signal.SIGKILL)
        users.wait(timeout=30)
    (site / ".git" / "hold").unlink()
    after = subprocess.run(
        command(tmp_path, web), env=environment(), capture_output=True, text=True, timeout=120
    )
    assert after.returncode == 0, after.stderr
    assert len([p for p in git(site, "ls-files").splitlines() if p.startswith("_posts/")]) == ITEMS


def test_written_files_get_the_umask_permissions(tmp_path: Path, web: WebServer, fixed_now: datetime) -> None:
    serve_feed(web, fixed_now)
    previous = os.umask(0o022)
    try:
        done = subprocess.run(
            command(tmp_path, web), env=environment(), capture_output=True, text=True, timeout=120
        )
    finally:
        os.umask(previous)
    assert done.returncode == 0, done.stderr
    site = tmp_path / "site"
    written = [*site.glob("_posts/*.md"), site / "_data" / "incidents.json", site / "incidents.md"]
    assert len(written) == ITEMS + 2
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
