"""A job that fails while its item was queued again: the retry makes way for the waiting copy.

Real PostgreSQL, a real Procrastinate worker on the jobs app of `veilleur.workers.jobs.connected`.
The job's item is queued again while it runs (an entry job queues a clustering pass while one
runs); the job then fails. Procrastinate's retry would violate the copy's queueing lock, leave the
job 'doing' under a live worker, and `veilleur run --wait` would wait for ever."""

from __future__ import annotations

import asyncio
import threading

import pytest
from test_workers import _own_database

# The job, or its copy: the same item (queueing lock), as `veilleur.workers.jobs.defer` queues it.
QUEUE = (
    "INSERT INTO procrastinate_jobs (queue_name, task_name, queueing_lock, lock, args, status)"
    " VALUES ('cluster', 'pass', 'cluster', 'cluster', '{}', 'todo')"
)


def test_a_job_failing_while_its_copy_waits_is_retried_and_its_item_runs_again(postgres_url: str) -> None:
    psycopg = pytest.importorskip(
        "psycopg", reason="psycopg is not installed (pip install 'veilleur[postgres]')"
    )
    pytest.importorskip(
        "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
    )
    from veilleur.workers.jobs import RETRY, connected, conninfo
    from veilleur.workers.worker import open_store

    url = _own_database(postgres_url, "retry_copy")
    open_store(url).close()  # the store's and the job queue's tables, as a worker installs them
    target = connected(url, autocommit=True)
    runs: list[int] = []
    lock = threading.Lock()

    @target.task(name="pass", queue="cluster", pass_context=True, retry=RETRY)
    def a_pass(context: object) -> None:
        with lock:
            runs.append(len(runs) + 1)
            first = len(runs) == 1
        if first:
            # The item is queued again while its job runs, then the job fails.
            with psycopg.connect(conninfo(url), autocommit=True) as conn:
                conn.execute(QUEUE)
            raise RuntimeError("the first pass fails")

    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        conn.execute(QUEUE)

    def jobs() -> list[tuple[str, str, int]]:
        with psycopg.connect(conninfo(url), autocommit=True) as conn:
            return conn.execute(
                "SELECT task_name, status, attempts FROM procrastinate_jobs ORDER BY id"
            ).fetchall()

    async def work() -> None:
        async with target.open_async():
            worker = asyncio.create_task(
                target.run_worker_async(
                    queues=["cluster"], install_signal_handlers=False, fetch_job_polling_interval=0.2
                )
            )
            # Until no job waits or runs (the retry waits a second: `RETRY`'s backoff).
            while any(status in ("todo", "doing") for _, status, _ in await asyncio.to_thread(jobs)):
                assert not worker.done(), "the worker stopped by itself"
                await asyncio.sleep(0.2)
            worker.cancel()
            await asyncio.gather(worker, return_exceptions=True)

    asyncio.run(asyncio.wait_for(work(), timeout=120))
    states = jobs()
    # The failed job was put back (one attempt more) and ran again; its copy gave way: the item
    # ran twice in all (the failure, then once), and no job is left running or waiting.
    assert [(name, status) for name, status, _ in states] == [("pass", "succeeded")], states
    assert runs == [1, 2]
