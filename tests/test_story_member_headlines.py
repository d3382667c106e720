"""A story's briefing may state what any of its articles' headlines says: the record it is
written from merges every member's, headlines included. Only the lead's headline grounded it:
a second report whose headline was the victim's name said 2,000 times (a hostile feed item) gave
the merged record a victim 'Quill Quill Quill…', the facts briefing named it, and the guard,
finding that run nowhere in its sources, refused the story's briefing as a 'repetition loop' at
every run — the lead's own good article was never published, its failure recorded under the
lead's address. A real `veilleur run` over a feed served on loopback; fictional items."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

from postcheck import check_post
from test_kill9 import PAGE, config
from webserver import Reply, WebServer

from veilleur.config import HttpConfig


def test_a_members_hostile_headline_does_not_hold_the_story(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    titles = ["Ransomware attack on Quill", "Ransomware attack " + "Quill " * 2000]
    items = ""
    for n, title in enumerate(titles):
        web.routes[f"/a/{n}"] = Reply(PAGE.format(title=title, n=n + 4, name="Quill Ltd").encode())
        items += (
            f"<item><title>{title}</title><link>{web.url(f'/a/{n}')}</link>"
            f"<pubDate>{format_datetime(fixed_now)}</pubDate></item>"
        )
    web.routes["/feed.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>K</title>{items}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )
    path = config(tmp_path, web, http_config)
    run = subprocess.run(
        [sys.executable, "-m", "veilleur", "--config", str(path), "run"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(tmp_path / "store.db") as db:
        assert db.execute("select count(distinct story_id) from story_members").fetchone() == (1,)
        assert db.execute("select stage, reason from failures").fetchall() == []
    posts = list((tmp_path / "site" / "_posts").iterdir())
    assert len(posts) == 1
    assert check_post(posts[0].read_text(encoding="utf-8"), posts[0].name) == []
