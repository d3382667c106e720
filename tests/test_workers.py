"""The daily job on worker processes sharing a real PostgreSQL (Procrastinate), one of them killed
with SIGKILL in the middle of the run: nothing lost, nothing duplicated. And the steps alone
(`veilleur run --stage`) on the default SQLite store."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from postcheck import check_post
from test_kill9 import PAGE, victim
from webserver import Reply, WebServer

FEEDS = 4
PER_FEED = 12


def _own_database(postgres_url: str, name: str) -> str:
    from sqlalchemy import create_engine, make_url, text

    url = make_url(postgres_url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            conn.execute(text(f"CREATE DATABASE {name}"))
    except Exception as exc:  # a server we may not create databases on
        pytest.skip(f"cannot create a database for the workers test: {exc}")
    finally:
        admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def _serve(web: WebServer, now: datetime, delay: float, held: threading.Event | None = None) -> None:
    """FEEDS feeds of PER_FEED distinct articles each (pages answer after `delay` seconds; with
    `held`, the last article's page answers only once the test sets it)."""
    for feed in range(FEEDS):
        items = ""
        for k in range(PER_FEED):
            n = feed * PER_FEED + k
            title = f"Ransomware attack on {victim(n)}"
            reply = Reply(PAGE.format(title=title, n=n, name=victim(n)).encode(), delay=delay)
            web.routes[f"/a/{n}"] = _held(reply, held) if held and n == FEEDS * PER_FEED - 1 else reply
            items += f"<item><title>{title}</title><link>{web.url(f'/a/{n}')}</link>"
            items += f"<pubDate>{format_datetime(now)}</pubDate></item>"
        web.routes[f"/feed{feed}.xml"] = Reply(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{feed}</title>{items}</channel></rss>'.encode(),
            content_type="application/rss+xml",
        )


def _held(reply: Reply, held: threading.Event) -> Callable[[object], Reply]:
    def answer(_handler: object) -> Reply:
        held.wait(240)
        return reply

    return answer


def _config(tmp_path: Path, web: WebServer, store_url: str) -> Path:
    sources = "".join(
        f'[[sources]]\nname = "feed{feed}"\nkind = "feed"\nurl = "{web.url(f"/feed{feed}.xml")}"\n\n'
        for feed in range(FEEDS)
    )
    path = tmp_path / "veilleur.toml"
    path.write_text(
        f"""store_url = "{store_url}"
catalogue = false

{sources}[http]
allow_private = true
politeness_delay = 0.0
timeout = 240.0
deadline = 240.0
retries = 0

[limits]
max_entries_per_source = 100
entries_per_job = 3
cluster_pass = 4

[publish]
out_dir = "{tmp_path / "site"}"
""",
        encoding="utf-8",
    )
    return path


def _stop(workers: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM each worker still running (SIGCONT first: a paused one must be able to stop), then
    wait up to 60 s for each, SIGKILL past that."""
    for process in workers:
        if process.poll() is None:
            process.send_signal(signal.SIGCONT)
            process.send_signal(signal.SIGTERM)
    for process in workers:
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


def _jobs(url: str, query: str) -> list[tuple[object, ...]]:
    import psycopg

    from veilleur.workers.jobs import conninfo

    with psycopg.connect(conninfo(url)) as conn:
        return list(conn.execute(query).fetchall())  # type: ignore[arg-type]


def test_two_workers_one_killed_lose_and_duplicate_nothing(
    tmp_path: Path, web: WebServer, postgres_url: str, fixed_now: datetime
) -> None:
    pytest.importorskip(
        "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
    )
    url = _own_database(postgres_url, "veilleur_workers")
    held = threading.Event()  # the last article's page waits for it
    _serve(web, fixed_now, delay=0.3, held=held)
    config = _config(tmp_path, web, url)
    base = [sys.executable, "-m", "veilleur", "--config", str(config)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    logs = [(tmp_path / f"worker{i}.log").open("w") for i in range(2)]
    workers = [
        subprocess.Popen(
            [*base, "worker", "--concurrency", "2", "--stall-after", "4", "--name", f"w{i}"],
            env=env,
            stdout=logs[i],
            stderr=subprocess.STDOUT,
        )
        for i in range(2)
    ]
    try:
        queued = subprocess.run([*base, "run"], env=env, capture_output=True, text=True, timeout=120)
        assert queued.returncode == 0, queued.stderr
        assert "job(s) queued" in queued.stderr
        total = FEEDS * PER_FEED
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:  # halfway through the entries: kill one worker
            done = _jobs(url, "select count(*) from intel")[0][0]
            if isinstance(done, int) and done >= total // 2:
                break
            assert workers[0].poll() is None and workers[1].poll() is None, "a worker died by itself"
            time.sleep(0.2)
        else:
            pytest.fail("the workers did not get halfway in 240 s")
        # Both workers busy with all their jobs: the one killed dies in the middle of some.
        while _jobs(url, "select count(*) from procrastinate_jobs where status = 'doing'")[0][0] != 4:
            assert time.monotonic() < deadline, "the workers were never both busy"
            time.sleep(0.05)
        workers[0].send_signal(signal.SIGKILL)
        workers[0].wait(timeout=10)
        # The last article's entries cannot be enriched while its page is held: clustering passes
        # place the others meanwhile (each entry job queues one), or this waits for ever.
        while (placed := _jobs(url, "select count(*) from story_members")[0][0]) == 0:
            assert time.monotonic() < deadline, "no article was placed while entries were still waiting"
            assert workers[1].poll() is None, "the remaining worker died by itself"
            time.sleep(0.2)
        enriched = _jobs(url, "select count(*) from intel")[0][0]
        assert isinstance(enriched, int) and isinstance(placed, int) and placed <= enriched < total
        held.set()

        waited = subprocess.run(
            [*base, "run", "--wait"], env=env, capture_output=True, text=True, timeout=300
        )
        assert waited.returncode == 0, waited.stdout + waited.stderr
        status = subprocess.run([*base, "status"], env=env, capture_output=True, text=True, timeout=60)
        failed = subprocess.run([*base, "retry"], env=env, capture_output=True, text=True, timeout=60).stdout
        assert status.returncode == 0 and "entry" in status.stdout and "no failed item" in status.stdout, (
            failed
        )
    finally:
        held.set()
        _stop(workers)
        for log in logs:
            log.close()

    # The killed worker's jobs were run again by the other one; none failed, none is left.
    assert _jobs(
        url, "select count(*) from procrastinate_jobs where status in ('todo', 'doing', 'failed')"
    ) == [(0,)]
    retried = _jobs(url, "select count(*) from procrastinate_events where type = 'deferred_for_retry'")[0][0]
    assert isinstance(retried, int) and retried >= 1, "no job of the killed worker was retried"
    # Every entry once, each with its article and intel; each article in one story, one post each.
    counts = _jobs(
        url,
        "select (select count(*) from entries), (select count(distinct canonical_url) from entries),"
        " (select count(*) from articles where usable), (select count(*) from intel),"
        " (select count(*) from story_members), (select count(distinct story_id) from story_members),"
        " (select count(*) from posts), (select count(distinct path) from posts)",
    )[0]
    entries, urls, articles, intel, members, stories, posts, paths = counts
    assert entries == urls == articles == intel == members == total
    # The entry jobs described their articles for the clustering (one row each).
    assert _jobs(url, "select count(*), count(distinct entry_id) from cluster_features") == [(total, total)]
    # Each article is another organisation's attack: one story and one post each.
    assert stories == posts == paths == total
    files = sorted((tmp_path / "site" / "_posts").glob("*.md"))
    assert len(files) == posts
    titles = set()
    for post in files:
        text = post.read_text(encoding="utf-8")
        assert check_post(text, post.name) == [], post.name
        titles.add(text.split("\n")[1])
    assert len(titles) == len(files)


def test_each_stage_runs_alone_on_sqlite(tmp_path: Path, web: WebServer, fixed_now: datetime) -> None:
    """`veilleur run --stage X`: one stage over what is pending for it, nothing more; the stages
    one after the other give what one whole run gives."""
    _serve(web, fixed_now, delay=0.0)
    config = _config(tmp_path, web, f"sqlite:///{tmp_path / 'store.db'}")
    base = [sys.executable, "-m", "veilleur", "--config", str(config), "run", "--stage"]

    def count(table: str) -> int:
        with sqlite3.connect(tmp_path / "store.db") as db:
            found = db.execute(f"select count(*) from {table}").fetchone()[0]
        return int(found)

    def stage(name: str) -> None:
        done = subprocess.run([*base, name], capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr

    stage("collect")
    assert (count("entries"), count("documents"), count("articles")) == (FEEDS * PER_FEED, 0, 0)
    stage("extract")  # nothing fetched yet: nothing to extract
    assert count("articles") == 0
    for name in ("fetch", "extract", "enrich", "cluster"):
        stage(name)
    assert count("intel") == count("story_members") == FEEDS * PER_FEED
    assert count("story_briefings") == 0
    stage("brief")
    assert count("story_briefings") == count("stories")
    assert count("posts") == 0
    stage("publish")
    assert count("posts") == count("stories") == len(list((tmp_path / "site" / "_posts").glob("*.md")))
    stage("publish")  # again: nothing twice
    assert count("posts") == len(list((tmp_path / "site" / "_posts").glob("*.md")))


def test_workers_survive_a_postgresql_restart(tmp_path: Path, web: WebServer, fixed_now: datetime) -> None:
    """The server restarts in the middle of the run: the worker waits for it, its interrupted jobs
    are run again, and the day ends complete."""
    pytest.importorskip(
        "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
    )
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import local_postgres

    try:
        local_postgres._bin()
    except SystemExit as exc:
        pytest.skip(str(exc))
    folder = Path(tempfile.mkdtemp(prefix="veilleur-pg-restart-"))
    folder.chmod(0o755)  # the server runs as the postgres user when the tests run as root
    url = local_postgres.start(folder / "pg")
    _serve(web, fixed_now, delay=0.2)
    config = _config(tmp_path, web, url)
    base = [sys.executable, "-m", "veilleur", "--config", str(config)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [*base, "worker", "--stall-after", "4"], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        queued = subprocess.run([*base, "run"], env=env, capture_output=True, text=True, timeout=120)
        assert queued.returncode == 0, queued.stderr
        deadline = time.monotonic() + 240
        while _jobs(url, "select count(*) from intel")[0][0] < 8:
            assert time.monotonic() < deadline and worker.poll() is None
            time.sleep(0.2)
        local_postgres.restart(folder / "pg")
        waited = subprocess.run(
            [*base, "run", "--wait"], env=env, capture_output=True, text=True, timeout=300
        )
        assert waited.returncode == 0, waited.stdout + waited.stderr
        assert worker.poll() is None, "the worker did not survive the restart"
        counts = _jobs(url, "select (select count(*) from entries), (select count(*) from intel),"
                       " (select count(distinct story_id) from story_members), (select count(*) from posts)")[0]  # fmt: skip
        assert counts[0] == counts[1] == FEEDS * PER_FEED and counts[2] == counts[3]
        assert _jobs(url, "select count(*) from procrastinate_jobs where status <> 'succeeded'") == [(0,)]
    finally:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()
        print((tmp_path / "worker.log").read_text()[-6000:])  # shown when the test fails
        local_postgres.stop(folder / "pg")
        shutil.rmtree(folder, ignore_errors=True)
