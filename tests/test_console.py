"""The console's records and checks without a browser: accounts, tokens, rate limit, who is asking."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.requests import Request

from veilleur.cli.user_commands import ROLES as CLI_ROLES
from veilleur.store import Store
from veilleur.store.console import ROLES, ConsoleStore
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
        "type": "http", "method": "GET", "path": path, "query_string": b"", "client": (client, 5000),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()], "session": {},
    }
    return Request(scope)


def test_proxy_header_is_trusted_from_the_proxy_only(records: ConsoleStore) -> None:
    records.add_user("ana", "analyst", "long-enough")
    config = AuthConfig(header="X-Remote-User", proxies=["10.0.0.0/24"])
    assert current_user(_request("10.0.0.7", {"X-Remote-User": "ana"}), records, config) == records.user("ana")
    assert current_user(_request("192.0.2.9", {"X-Remote-User": "ana"}), records, config) is None
    assert current_user(_request("10.0.0.7", {"X-Remote-User": "mallory"}), records, config) is None
    # A bearer token counts for the API only.
    token = records.new_token("ana")
    bearer = {"Authorization": f"Bearer {token}"}
    assert current_user(_request("192.0.2.9", bearer, "/api/stories"), records, AuthConfig()) is not None
    assert current_user(_request("192.0.2.9", bearer, "/stories/1"), records, AuthConfig()) is None
