"""The console's addresses and parameters are read from whoever calls it: a page number or a story
id no row can have is an empty page or a 404, never a server error. `veilleur web` started as a
server on loopback over an empty store, called through the API with a token."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from casefeeds import console_server

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    folder = tmp_path_factory.mktemp("console-params")
    env = {**os.environ, "PYTHONPATH": str(SRC), "VEILLEUR_STORE_URL": f"sqlite:///{folder / 'v.db'}"}

    def cli(*args: str, stdin: str = "") -> str:
        done = subprocess.run(
            [sys.executable, "-m", "veilleur", *args], env=env, input=stdin, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    cli("users", "add", "ana", "--role", "analyst", "--password-stdin", stdin="correct horse battery\n")
    token = cli("users", "token", "ana").strip()
    with console_server([], env) as url:
        yield url, {"Authorization": f"Bearer {token}"}


PAGES = ["²", "١٢", "9" * 5000, "99999999999999999999", "-1", "0x10", " 2"]


@pytest.mark.parametrize("page", PAGES, ids=range(len(PAGES)))
def test_a_page_number_no_list_has_is_a_page_not_an_error(
    console: tuple[str, dict[str, str]], page: str
) -> None:
    """'²' is a digit to str.isdigit but no int (ValueError); 5,000 nines are more digits than
    Python converts (ValueError): both answered 500."""
    url, headers = console
    answer = httpx.get(url + "/api/stories", params={"page": page}, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["rows"] == []


@pytest.mark.parametrize("story", ["9223372036854775808", "9" * 23, "9" * 5000], ids=[19, 23, 5000])
def test_a_story_id_no_row_can_have_is_not_found(console: tuple[str, dict[str, str]], story: str) -> None:
    """An id beyond SQLite's 64-bit integers: 'Python int too large to convert to SQLite INTEGER'
    (OverflowError) answered 500; 5,000 digits made no int at all."""
    url, headers = console
    assert httpx.get(f"{url}/api/stories/{story}", headers=headers).status_code == 404
    assert httpx.get(f"{url}/api/stories/9223372036854775807", headers=headers).status_code == 404


REVIEWS = [
    b"not json",
    b"[1, 2]",
    b'{"story_id": "\xc2\xb2", "action": "approve"}',
    b"[" * 100_000,
    b'{"story_id": ' + b"9" * 30 + b', "action": "approve"}',
    b'{"story_id": null, "action": "approve"}',
]


@pytest.mark.parametrize("body", REVIEWS, ids=range(len(REVIEWS)))
def test_a_review_the_api_cannot_read_is_refused_with_its_reason(
    console: tuple[str, dict[str, str]], body: bytes
) -> None:
    """A body that is no JSON object or names no id a story can have: JSONDecodeError,
    AttributeError, RecursionError, OverflowError or TypeError answered 500."""
    url, headers = console
    answer = httpx.post(url + "/api/review", content=body, headers=headers)
    assert answer.status_code == 400, answer.text
    assert "story_id" in answer.json()["error"]
