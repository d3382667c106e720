"""A worker's entry job holds a batch of entries (`[limits] entries_per_job`) on a real PostgreSQL:
an entry the store refuses fails alone, with its reason, and neither fails nor retries the others;
a batch holds each of its entries (two batches sharing one never work on it at once), outside any
transaction."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from test_kill9 import PAGE, victim
from test_workers import _jobs, _own_database
from webserver import Reply, WebServer

pytest.importorskip(
    "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
)

# PostgreSQL refuses the article titled REFUSED and the page of UNSAVED: a real server error,
# which aborts the transaction it happens in (what a batch's other records must survive).
REFUSED, UNSAVED = "Refused", "Unsaved"
TRIGGERS = f"""
CREATE FUNCTION refuse_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.title LIKE '%{REFUSED}%' THEN RAISE EXCEPTION 'the store refuses this article'; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER refuse_article BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse_article();
CREATE FUNCTION refuse_page() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.text LIKE '%{UNSAVED}%' THEN RAISE EXCEPTION 'the store refuses this page'; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER refuse_page BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse_page();
"""


def _capture(n: int, title: str) -> str:
    body = f"{title} was hit by a ransomware attack on Monday, its managers said in a statement. "
    return f"URL: https://news.example/{n}\n\n# {title}\n\n" + body * 12


def _refusing_store(postgres_url: str, name: str) -> str:
    from veilleur.workers.worker import open_store

    url = _own_database(postgres_url, name)
    open_store(url).close()  # the tables, then the triggers on them
    import psycopg

    from veilleur.workers.jobs import conninfo

    with psycopg.connect(conninfo(url)) as conn:
        conn.execute(TRIGGERS)  # type: ignore[arg-type]
    return url


def test_an_entry_the_store_refuses_fails_alone_in_its_batch(tmp_path: Path, postgres_url: str) -> None:
    from veilleur.config import load_settings
    from veilleur.pipeline import sync_sources
    from veilleur.store import Store
    from veilleur.workers.steps import Steps

    url = _refusing_store(postgres_url, "veilleur_batch_steps")
    folder = tmp_path / "captures"
    folder.mkdir()
    titles = [
        f"{victim(0)} attack",
        f"{REFUSED} {victim(1)}",
        f"{victim(2)} attack",
        f"{UNSAVED} {victim(3)}",
    ]
    for n, title in enumerate(titles):
        (folder / f"{n}.md").write_text(_capture(n, title), encoding="utf-8")
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "{url}"\ncatalogue = false\n[[sources]]\nname = "captures"\nkind = "files"\nurl = "{folder}"\n'
    )
    settings = load_settings(config)
    store = Store(url)
    try:
        sync_sources(store, settings)
        steps = Steps(settings, store)
        entry_ids = steps.collect_source("captures")
        assert len(entry_ids) == 4
        by_file = {Path(store.entries.get(n).entry.local_path or "").stem: n for n in entry_ids}  # type: ignore[union-attr]
        summary = steps.process_entries(entry_ids)  # one job's batch: nothing escapes
        refused, unsaved = by_file["1"], by_file["3"]
        failure = store.failures.get("extract", f"entry:{refused}")
        assert failure is not None and "the store refuses this article" in failure.reason
        assert failure.attempts == 1 and [f.item for f in summary.failures] == [f"entry:{refused}"]
        # The page PostgreSQL refused is that entry's fetch failure; it goes on with its feed text.
        unsaved_entry = store.entries.get(unsaved)
        assert unsaved_entry is not None and "the store refuses this page" in (
            unsaved_entry.fetch_error or ""
        )
        assert store.documents.get(unsaved) is None
        for n in (by_file["0"], by_file["2"]):
            assert store.documents.get(n) is not None and store.intel.get(n) is not None
            assert store.failures.get("extract", f"entry:{n}") is None
        assert store.articles.get(refused) is None and store.articles.get(unsaved) is not None
    finally:
        store.close()


def test_a_worker_s_batch_job_succeeds_without_its_refused_entry(
    tmp_path: Path, web: WebServer, postgres_url: str, fixed_now: datetime
) -> None:
    """Through a worker: the batch's job succeeds once (not retried), the refused entry's failure
    is recorded for it alone, the others are enriched, clustered and published."""
    url = _refusing_store(postgres_url, "veilleur_batch_worker")
    items = ""
    for n in range(6):
        title = f"{REFUSED} attack on {victim(n)}" if n == 4 else f"Ransomware attack on {victim(n)}"
        web.routes[f"/a/{n}"] = Reply(PAGE.format(title=title, n=n, name=victim(n)).encode())
        items += f"<item><title>{title}</title><link>{web.url(f'/a/{n}')}</link>"
        items += f"<pubDate>{format_datetime(fixed_now)}</pubDate></item>"
    web.routes["/feed.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "{url}"\ncatalogue = false\n[[sources]]\nname = "feed"\nkind = "feed"\n'
        f'url = "{web.url("/feed.xml")}"\n[http]\nallow_private = true\npoliteness_delay = 0.0\nretries = 0\n'
        f'[limits]\nentries_per_job = 3\n[publish]\nout_dir = "{tmp_path / "site"}"\n'
    )
    base = [sys.executable, "-m", "veilleur", "--config", str(config)]
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [*base, "worker", "--stall-after", "4"],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        done = subprocess.run([*base, "run", "--wait"], capture_output=True, text=True, timeout=300)
        assert done.returncode == 1, done.stdout + done.stderr  # 1: an item failed, recorded
        assert "the store refuses this article" in done.stderr
    finally:
        worker.terminate()
        worker.wait(timeout=60)
        log.close()
    entry_jobs = _jobs(url, "select args::text, status::text, attempts from procrastinate_jobs"
                       " where task_name = 'entry' order by id")  # fmt: skip
    assert len(entry_jobs) == 2 and all(status == "succeeded" for _, status, _ in entry_jobs), entry_jobs
    assert all(attempts == 1 for _, _, attempts in entry_jobs), entry_jobs  # each run once
    assert _jobs(url, "select count(*) from procrastinate_events where type = 'deferred_for_retry'") == [(0,)]
    assert _jobs(url, "select count(*) from procrastinate_jobs where status <> 'succeeded'") == [(0,)]
    failures = _jobs(url, "select stage, f.item, e.title from failures f"
                     " join entries e on f.item = 'entry:' || e.id")  # fmt: skip
    assert [(stage, title) for stage, _, title in failures] == [
        ("extract", f"{REFUSED} attack on {victim(4)}")
    ]
    counts = _jobs(url, "select (select count(*) from intel), (select count(distinct story_id) from story_members),"
                   " (select count(*) from posts)")[0]  # fmt: skip
    assert counts == (5, 5, 5)


def test_batches_sharing_an_entry_wait_for_each_other_outside_any_transaction(
    tmp_path: Path, postgres_url: str
) -> None:
    import procrastinate

    from veilleur.collect.http import Fetcher
    from veilleur.config import load_settings
    from veilleur.workers.jobs import Runtime, connected, holding
    from veilleur.workers.worker import _still_held, open_store

    url = _own_database(postgres_url, "veilleur_batch_locks")
    config = tmp_path / "veilleur.toml"
    config.write_text(f'store_url = "{url}"\ncatalogue = false\n')
    settings = load_settings(config)
    store = open_store(url)
    runtime = Runtime(settings, store, Fetcher(settings.http))
    entered: list[str] = []
    release = threading.Event()

    def second() -> None:
        with holding(runtime.locks, ["entry:3", "entry:2"]):
            entered.append("second")

    def job(entry_ids: list[int]) -> procrastinate.jobs.Job:
        lock = "entry:" + ",".join(map(str, entry_ids))
        return procrastinate.jobs.Job(id=1, queue="entry", lock=lock, queueing_lock=lock, task_name="entry",
                                      task_kwargs={"entry_ids": entry_ids})  # fmt: skip

    async def held(entry_ids: list[int]) -> bool:
        async with connected(url).open_async() as app:
            return await _still_held(app, job(entry_ids))

    thread = threading.Thread(target=second)
    try:
        with holding(runtime.locks, ["entry:1", "entry:2"]):
            # The locks' session is idle between statements, in no transaction (vacuum goes on).
            sessions = _jobs(url, "select state from pg_stat_activity where query like '%pg_advisory_lock(%'"
                             " and pid <> pg_backend_pid()")  # fmt: skip
            assert sessions == [("idle",)]
            assert asyncio.run(held([9, 2])) and asyncio.run(held([1])) and not asyncio.run(held([3, 4]))
            thread.start()
            while not _jobs(url, "select count(*) from pg_locks where locktype = 'advisory' and not granted")[
                0
            ][0]:
                assert thread.is_alive()
                release.wait(0.05)
            assert entered == []  # the second batch waits for entry 2
        thread.join(timeout=30)
        assert entered == ["second"]
        assert not asyncio.run(held([1, 2, 3]))  # every lock given back with its block
    finally:
        runtime.close()
        runtime.fetcher.close()
        store.close()
