"""The console's Sources page in French says a source's last error and its pages' health in French:
it showed the fetcher's English ("HTTP 410 Gone for …", "timed out (ReadTimeout)") and lacked what
`veilleur sources` prints ("pages failing 2/2 (timeout, HTTP 410)", newest first at equal counts). The console's test client over
a real SQLite store; fictional sources."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from veilleur.config import Settings
from veilleur.models import Entry, Source, SourceKind
from veilleur.store import Store
from veilleur.store.console import ConsoleStore
from veilleur.web.app import create_app
from veilleur.web.source_health import error_cause

PASSWORD = "correct horse battery"


def _sources_page(tmp_path: Path, lang: str) -> str:
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    try:
        store.sources.save(Source(name="quill", url="https://quill.example/feed.xml", kind=SourceKind.FEED))
        store.sources.record_failure("quill", "timed out (ReadTimeout) for https://quill.example/feed.xml")
        for n, error in enumerate(["HTTP 410 Gone for https://quill.example/a", "timed out (ReadTimeout)"]):
            url = f"https://quill.example/{n}"
            entry_id = store.entries.add(Entry(url=url, canonical_url=url, source="quill"), date(2026, 3, 1))
            assert entry_id is not None
            store.entries.record_fetch_failure(entry_id, error, give_up=True)
        ConsoleStore(store.engine).add_user("ana", "viewer", PASSWORD)
        with TestClient(create_app(Settings(), store)) as client:
            form = client.get("/login").text
            csrf = re.search(r'name="csrf" value="([^"]+)"', form)
            assert csrf is not None
            client.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": csrf.group(1)})
            page = client.get(f"/sources?lang={lang}")
            assert page.status_code == 200
            return page.text
    finally:
        store.close()


def test_the_french_sources_page_says_errors_and_page_health_in_french(tmp_path: Path) -> None:
    page = _sources_page(tmp_path, "fr")
    assert "délai dépassé (1×)" in page
    assert "pages en échec 2/2 (délai dépassé, HTTP 410)" in page
    assert "timed out" not in page and "ReadTimeout" not in page and "Gone" not in page


def test_the_english_page_says_the_same_in_english(tmp_path: Path) -> None:
    page = _sources_page(tmp_path, "en")
    assert "timeout (1×)" in page and "pages failing 2/2 (timeout, HTTP 410)" in page


@pytest.mark.parametrize(
    ("error", "cause"),
    [
        ("HTTP 403 Forbidden", "HTTP 403"),
        ("disallowed by robots.txt", "disallowed by robots.txt"),
        ("network error: ConnectError: [Errno 111] Connection refused", "network error"),
        ("took longer than the 30 s deadline", "timeout"),
        ("more than 5 redirects", "redirect problem"),
        ("body exceeds the 100-byte cap", "too large"),
        ("an HTML page was served instead of a feed (https://q.example)", "HTML page instead of a feed"),
        ("not a feed: no RSS or Atom root element (https://q.example)", "unreadable feed"),
        ("[Errno 2] No such file or directory: '/srv/quill'", "other error"),
    ],
)
def test_each_error_has_a_cause_the_catalog_words(error: str, cause: str) -> None:
    from veilleur.web import i18n

    assert error_cause(error) == cause
    if not cause.startswith("HTTP"):
        assert i18n.translations("fr").gettext(cause) != cause
