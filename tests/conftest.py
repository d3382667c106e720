from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from webserver import WebServer

from veilleur.config import HttpConfig

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file of ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside the project in development and CI)")
    return path


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


@pytest.fixture
def http_config() -> HttpConfig:
    """Loopback allowed, no politeness wait, fast retries: the tests' own server is local."""
    return HttpConfig(
        allow_private=True,
        politeness_delay=0.0,
        backoff=0.01,
        retries=2,
        timeout=2.0,
        connect_timeout=2.0,
        max_retry_after=0.5,
    )
