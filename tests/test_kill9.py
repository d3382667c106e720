"""kill -9 at any moment, rerun: nothing lost, nothing duplicated. A real subprocess, a real
SQLite file, a real loopback server."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

from postcheck import check_post
from webserver import Reply, WebServer

from veilleur.config import HttpConfig

ITEMS = 40
# Fictional victims, one per item: each item is another attack, so another story and another post.
# Names the victims' recogniser reads as names; with none found, the clusterer may rightly take
# these templated pages for one report, and the test would count stories instead of crash damage.
NAMES = (
    "Alder Birch Cedar Dogwood Elm Fir Ginkgo Hazel Ivy Juniper Kapok Larch Maple Nutmeg Olive Poplar "
    "Quince Rowan Spruce Teak Umbra Vine Willow Yew Zelkova Acacia Baobab Cypress Damson Ebony Fig Gorse "
    "Hawthorn Iris Jasmine Kauri Laurel Myrtle Neem Oak Pine Redwood Sequoia Tamarind Walnut Aspen Beech Chestnut"
).split()


def victim(n: int) -> str:
    """The fictional organisation of item `n` (0 to 47)."""
    return f"{NAMES[n]} Ltd"


PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>The fictional organisation number {n}, {name}, was hit by a ransomware attack on Monday that encrypted
{n} of its servers, the company said. Attackers demanded a ransom of {n} bitcoins.</p>
<p>Systems were shut down as a precaution and staff moved to manual procedures. The incident was reported to the
national cybersecurity centre and the police are investigating the attack on {name}.</p>
<p>The company said backups were available and that it expects to restore services for its {n}00 customers
within days, while its security team looks for the initial access vector used by the attackers.</p>
</article></body></html>"""


def config(tmp_path: Path, web: WebServer, http: HttpConfig) -> Path:
    path = tmp_path / "veilleur.toml"
    path.write_text(
        f"""store_url = "sqlite:///{tmp_path / "store.db"}"
catalogue = false

[[sources]]
name = "kill"
kind = "feed"
url = "{web.url("/feed.xml")}"
tag = "kill"

[http]
allow_private = true
politeness_delay = 0.0
workers = 2
timeout = 5.0
retries = 0

[limits]
max_entries_per_source = 100

[publish]
out_dir = "{tmp_path / "site"}"
""",
        encoding="utf-8",
    )
    return path


def test_kill_dash_nine_anywhere_loses_and_duplicates_nothing(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    now = fixed_now  # the `veilleur run` subprocesses read it from $VEILLEUR_NOW
    items = ""
    for n in range(ITEMS):
        web.routes[f"/a/{n}"] = Reply(
            PAGE.format(title=f"Ransomware attack on {victim(n)}", n=n, name=victim(n)).encode(), delay=0.15
        )
        items += (
            f"<item><title>Ransomware attack on {victim(n)}</title><link>{web.url(f'/a/{n}')}</link>"
            f"<pubDate>{format_datetime(now)}</pubDate></item>"
        )
    web.routes["/feed.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>K</title>{items}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )
    path = config(tmp_path, web, http_config)
    command = [sys.executable, "-m", "veilleur", "--config", str(path), "run"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    # A clean run gives the time a whole run takes; the kills are spread over it.
    start = time.monotonic()
    subprocess.run(command, env=env, capture_output=True, check=False, timeout=120)
    duration = time.monotonic() - start
    for leftover in ("store.db", "store.db-wal", "store.db-shm"):
        (tmp_path / leftover).unlink(missing_ok=True)
    for post in (tmp_path / "site" / "_posts").glob("*"):
        post.unlink()

    rng = random.Random(20261122)
    kills = 0
    for _ in range(8):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Early in the run: each killed run leaves less to do, so a later run is shorter than the
        # clean one, and a kill late in it would often find the run already finished.
        time.sleep(rng.uniform(0.05, 0.35) * duration)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
    assert kills >= 3, f"the run finished before most kills ({kills} of 8): the test would prove nothing"
    final = subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=120)
    assert final.returncode == 0, final.stderr

    posts = sorted((tmp_path / "site" / "_posts").iterdir())
    assert [p.name for p in posts if p.name.startswith(".")] == []  # no half-written temporary file
    assert len(posts) == ITEMS
    titles = set()
    for post in posts:
        text = post.read_text(encoding="utf-8")
        assert check_post(text, post.name) == [], post.name
        titles.add(text.split("\n")[1])
    assert len(titles) == ITEMS
    with sqlite3.connect(tmp_path / "store.db") as db:
        assert db.execute("select count(*) from entries").fetchone() == (ITEMS,)
        assert db.execute("select count(*) from posts where state = 'written'").fetchone() == (ITEMS,)
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
    again = subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=120)
    assert again.returncode == 0 and "published 0" in again.stderr
