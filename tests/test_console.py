"""The console's records and checks without a browser: accounts, tokens, rate limit, who is asking."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from starlette.requests import Request

from veilleur.cli.user_commands import ROLES as CLI_ROLES
from veilleur.store import Store
from veilleur.store.console import ROLES, ConsoleStore
from veilleur.store.listing import StoryLine, story_lines
from veilleur.web.auth import AuthConfig, RateLimiter, current_user


@pytest.fixture
def records(tmp_path: Path) -> ConsoleStore:
    return ConsoleStore(Store(f"sqlite:///{tmp_path / 'v.db'}").engine)


def test_passwords_are_argon2_hashes_and_checked(records: ConsoleStore) -> None:
    records.add_user("ana", "analyst", "s3cret-password")
    with records.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM users").scalar()
    assert stored.startswith("$argon2id$") and "s3cret-password" not in stored
    assert records.authenticate("ana", "s3cret-password") == records.user("ana")
    assert records.authenticate("ana", "wrong") is None
    assert records.authenticate("nobody", "s3cret-password") is None
    with pytest.raises(ValueError):
        records.add_user("eve", "root", "whatever-password")
    assert CLI_ROLES == ROLES


def test_roles_are_ordered(records: ConsoleStore) -> None:
    for name, role in (("v", "viewer"), ("a", "analyst"), ("d", "admin")):
        records.add_user(name, role, "long-enough")
    viewer, analyst, admin = (records.user(n) for n in ("v", "a", "d"))
    assert viewer and analyst and admin
    assert not viewer.can("analyst") and analyst.can("analyst") and not analyst.can("admin")
    assert admin.can("viewer") and admin.can("admin")


def test_api_tokens_are_stored_as_digests(records: ConsoleStore) -> None:
    records.add_user("bot", "viewer", "long-enough")
    token = records.new_token("bot")
    with records.engine.connect() as conn:
        digests = list(conn.exec_driver_sql("SELECT digest FROM api_tokens").scalars())
    assert token not in digests and len(digests) == 1 and len(digests[0]) == 64
    assert records.token_user(token) == records.user("bot")
    assert records.token_user(token + "x") is None
    assert records.remove_user("bot") and records.token_user(token) is None


def test_login_rate_limit_forgets_after_its_window() -> None:
    moment = [1000.0]
    limiter = RateLimiter(limit=3, window=60.0, clock=lambda: moment[0])
    for _ in range(3):
        assert not limiter.blocked("1.2.3.4|ana")
        limiter.failed("1.2.3.4|ana")
    assert limiter.blocked("1.2.3.4|ana") and not limiter.blocked("1.2.3.4|bob")
    moment[0] += 61
    assert not limiter.blocked("1.2.3.4|ana")


def _request(client: str, headers: dict[str, str], path: str = "/") -> Request:
    scope = {
        "type": "http",
        "method": "GET",
        "path": path,
        "query_string": b"",
        "client": (client, 5000),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "session": {},
    }
    return Request(scope)


def test_proxy_header_is_trusted_from_the_proxy_only(records: ConsoleStore) -> None:
    records.add_user("ana", "analyst", "long-enough")
    config = AuthConfig(header="X-Remote-User", proxies=["10.0.0.0/24"])
    assert current_user(_request("10.0.0.7", {"X-Remote-User": "ana"}), records, config) == records.user(
        "ana"
    )
    assert current_user(_request("192.0.2.9", {"X-Remote-User": "ana"}), records, config) is None
    assert current_user(_request("10.0.0.7", {"X-Remote-User": "mallory"}), records, config) is None
    # A bearer token counts for the API only.
    token = records.new_token("ana")
    bearer = {"Authorization": f"Bearer {token}"}
    assert current_user(_request("192.0.2.9", bearer, "/api/stories"), records, AuthConfig()) is not None
    assert current_user(_request("192.0.2.9", bearer, "/stories/1"), records, AuthConfig()) is None


@contextmanager
def own_postgres_database(postgres_url: str) -> Iterator[str]:
    """A database of its own in the tests' PostgreSQL, named for this run and dropped after it, so
    that other tests' stores stay as they are and two runs at once (two checkouts on one server)
    do not drop each other's."""
    from sqlalchemy import create_engine, make_url, text

    url = make_url(postgres_url)
    name = f"veilleur_test_{uuid.uuid4().hex}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        try:
            with admin.connect() as conn:
                conn.execute(text(f"CREATE DATABASE {name}"))
        except Exception as exc:  # a server we may not create databases on
            pytest.skip(f"cannot create a database for the test: {exc}")
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                # FORCE: a failed test may have left its store's connections open.
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    finally:
        admin.dispose()


def _own_postgres_database(request: pytest.FixtureRequest) -> str:
    """own_postgres_database for the test of `request`, dropped when it ends."""
    stack = ExitStack()
    request.addfinalizer(stack.close)
    return stack.enter_context(own_postgres_database(request.getfixturevalue("postgres_url")))


@pytest.fixture(params=["sqlite", "postgresql"])
def search_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store's URL per backend; on PostgreSQL, a database of its own (own_postgres_database)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'v.db'}"
        return
    with own_postgres_database(request.getfixturevalue("postgres_url")) as url:
        yield url


def test_full_text_search(search_url: str) -> None:
    from datetime import date

    from veilleur.models import Article, Briefing, Entry
    from veilleur.store.search import search

    url = search_url
    store = Store(url)
    day = date(2026, 11, 30)
    texts = {
        "https://a.example/1": ("Rançongiciel à l'hôpital", "Le centre hospitalier de Valmont est paralysé."),
        "https://b.example/2": ("Patch Tuesday", "Microsoft corrige 60 failles ce mois-ci."),
    }
    stories = {}
    for number, (link, (title, body)) in enumerate(texts.items()):
        entry_id = store.entries.add(Entry(url=link, canonical_url=link, source="s", title=title), day)
        assert entry_id is not None
        store.articles.save(
            entry_id, Article(url=link, canonical_url=link, title=title, text=body), f"{number:064d}"
        )
        stories[link] = store.stories.start(entry_id, day)
    valmont = stories["https://a.example/1"]
    store.briefings.save_story(
        valmont, [], Briefing(heading="Valmont paralysé", summary="Un rançongiciel."), "x", "{}"
    )
    hits = search(store.engine, "rancongiciel valmont" if url.startswith("sqlite") else "Valmont")
    assert {(hit["kind"], hit["story_id"]) for hit in hits} == {("article", valmont), ("briefing", valmont)}
    assert search(store.engine, "failles Microsoft")[0]["story_id"] == stories["https://b.example/2"]
    assert search(store.engine, "Valmont Microsoft") == []  # every word is required
    for hostile in ('"', "OR *", "NEAR(a b", "'; DROP TABLE articles; --"):
        search(store.engine, hostile)
    assert len(search(store.engine, "Valmont")) == 2  # the tables are still there
    store.close()


def test_review_holds_posts_per_article_too_until_approved(tmp_path: Path) -> None:
    """`group = "article"` with review on: each article's post waits for its story's approval."""
    import os
    import subprocess
    import sys

    site = tmp_path / "site"
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
        "VEILLEUR_NOW": "2026-11-30T23:30:00+00:00",
        "VEILLEUR_PUBLISH__REVIEW": "true",
        "VEILLEUR_PUBLISH__GROUP": "article",
    }

    def demo() -> str:
        done = subprocess.run(
            [sys.executable, "-m", "veilleur", "demo", "--out", str(site)],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        return done.stderr

    assert "awaiting review" in demo()
    assert not list((site / "_posts").glob("*.md"))
    store = Store(f"sqlite:///{site / '.veilleur' / 'demo.db'}")
    valmont = [line.story_id for line in store_lines(store) if "Valmont" in line.title]
    ConsoleStore(store.engine).set_review(valmont[0], "approved", "ana")
    store.close()
    demo()  # the next run publishes what was approved, and only that
    posts = list((site / "_posts").glob("*.md"))
    assert posts and all("valmont" in post.name for post in posts)


def store_lines(store: Store) -> list[StoryLine]:
    from datetime import date

    return story_lines(store.engine, date(2026, 1, 1))
