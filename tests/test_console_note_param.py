"""The note a console action leaves on the story page (`/stories/N?note=saved`) is read from the
address, which anyone can write into a link sent to an analyst. The page passed it to the
templates' `_()`, whose new-style gettext marks what it returns as safe HTML and then formats
it with `%`: `?note=<form …>` was written into the page as markup (the content security policy
stops scripts, not a forged form, link or meta refresh), and `?note=50%` answered 500
('unsupported format character'). Only the notes the console's own actions leave are shown.
`veilleur web` as a server on loopback over a store made by a real `veilleur run`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest
from casefeeds import console_server
from test_kill9 import PAGE, config
from webserver import Reply, WebServer

from veilleur.config import HttpConfig

SRC = Path(__file__).resolve().parents[1] / "src"
PASSWORD = "correct horse battery"


@pytest.fixture
def story_page(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> Iterator[httpx.Client]:
    title = "Ransomware attack on Quill Ltd"
    web.routes["/a/0"] = Reply(PAGE.format(title=title, n=4, name="Quill Ltd").encode())
    web.routes["/feed.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>K</title><item><title>{title}</title>'
        f"<link>{web.url('/a/0')}</link><pubDate>{format_datetime(fixed_now)}</pubDate></item></channel></rss>".encode(),
        content_type="application/rss+xml",
    )
    path = config(tmp_path, web, http_config)
    env = {**os.environ, "PYTHONPATH": str(SRC)}

    def cli(*args: str, stdin: str = "") -> None:
        done = subprocess.run(
            [sys.executable, "-m", "veilleur", "--config", str(path), *args],
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr

    cli("run")
    cli("users", "add", "ana", "--role", "analyst", "--password-stdin", stdin=PASSWORD + "\n")
    with console_server(["--config", str(path)], env) as url, httpx.Client(base_url=url) as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
        assert token is not None
        client.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": token.group(1)})
        assert client.get("/stories/1").status_code == 200
        yield client


HOSTILE = [
    '<form action="/logout" method="post"><button>Session expired: sign in again</button></form>',
    '<meta http-equiv="refresh" content="0;url=https://phish.example/">',
    "50% done",
    "%(x)s",
]


def test_a_note_written_into_the_address_is_no_markup_and_no_error(story_page: httpx.Client) -> None:
    for note in HOSTILE:
        answer = story_page.get("/stories/1", params={"note": note})
        assert answer.status_code == 200, (note, answer.text[-500:])
        assert note not in answer.text and "phish.example" not in answer.text
        assert 'id="note"' not in answer.text
    saved = story_page.get("/stories/1", params={"note": "saved"})
    assert re.search(r'<p class="note" id="note">Synthèse enregistrée\.</p>', saved.text)
