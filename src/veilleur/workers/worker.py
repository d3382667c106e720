"""A worker process: runs the jobs of `veilleur.workers.jobs` until it is told to stop.

Procrastinate's worker runs the jobs (sync jobs on threads, `concurrency` at a time) and sends a
heartbeat every few seconds. Two things are added here:

- a reaper: a job whose worker stopped sending heartbeats (killed, machine lost) for
  `stall_after` seconds is put back in its queue, so another worker runs it again (the steps
  are idempotent: nothing is done twice) — unless that worker's connection still holds the
  job's items, or one of them (`jobs.holding`): then the worker is only slow (starved of CPU,
  paused) and its job is left to it; even put back, a job waits for its items, so one item never
  runs twice at once;
- restarts: when the database restarts, or goes away and the worker stops, the worker starts
  over under a new registration (waiting longer each time until the database answers), so the
  jobs it was running are seen as a silent worker's and run again.

SIGINT or SIGTERM stop the worker after its running jobs finish.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from typing import Any

import procrastinate
import psycopg
from procrastinate.schema import SchemaManager

from veilleur.collect.http import Fetcher
from veilleur.config import Settings
from veilleur.store import Store
from veilleur.workers.jobs import ITEM_LOCK, Runtime, connected, conninfo, item_keys, schedule_day

logger = logging.getLogger("veilleur.worker")

# An arbitrary constant of ours: the advisory lock under which the first worker installs the
# store's and the job tables, so that two processes starting together do not both try.
SCHEMA_LOCK = 0x7665696C  # "veil"


def open_store(store_url: str, connections: int = 15) -> Store:
    """The store, its migrations and Procrastinate's tables applied by one process at a time
    (workers and `veilleur run` starting together on a new database would race to create them)."""
    with psycopg.connect(conninfo(store_url), autocommit=True) as lock:
        lock.execute("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK,))
        store = Store(store_url, connections)
        found = lock.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()
        if found is None or found[0] is None:
            with lock.transaction():
                lock.execute(SchemaManager.get_schema())
        lock.execute("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK,))
    return store


async def _reap(target: procrastinate.App, stall_after: float) -> None:
    """Put back the jobs of workers silent for `stall_after` seconds, every third of it."""
    while True:
        await asyncio.sleep(max(1.0, stall_after / 3))
        try:
            for job in await target.job_manager.get_stalled_jobs(seconds_since_heartbeat=stall_after):
                if await _still_held(target, job):
                    # Its worker is slow (starved of CPU, paused), not gone: its connection
                    # still holds the item. Run again now, the item would be worked on twice.
                    logger.warning(
                        "job %s (%s): its silent worker still holds it; left", job.id, job.task_name
                    )
                    continue
                logger.warning("job %s (%s) of a stalled worker: retried", job.id, job.task_name)
                try:
                    await target.job_manager.retry_job(job)  # a waiting copy gives way (workers/retry.py)
                except procrastinate.exceptions.ConnectorException as exc:  # this job's, not the others'
                    logger.warning("reaper: job %s not put back: %s", job.id, exc)
        except Exception as exc:  # the database is away: the worker itself notices and restarts
            logger.warning("reaper: %s", exc)


async def _still_held(target: procrastinate.App, job: Any) -> bool:
    """Does a live session hold one of the job's items (`jobs.holding`)? Asked by trying their
    locks, which an autocommitted statement releases at once."""
    row = await target.connector.execute_query_one_async(
        "SELECT bool_and(pg_try_advisory_xact_lock(%(space)s, hashtext(k))) AS free"
        " FROM unnest(%(keys)s::text[]) AS k",
        space=ITEM_LOCK,
        keys=item_keys(job),
    )
    return not row["free"]


async def _server_started(target: procrastinate.App) -> object:
    row = await target.connector.execute_query_one_async("SELECT pg_postmaster_start_time() AS started")
    return row["started"]


async def _restarted(target: procrastinate.App, started: object) -> None:
    """Return once the server has restarted since `started`. The jobs a worker was running when
    its database went away may stay marked as running while the worker lives on: the worker then
    starts over under a new registration, and the reaper runs those jobs again."""
    while True:
        await asyncio.sleep(2.0)
        try:
            if await _server_started(target) != started:
                logger.warning("the database restarted: the worker starts over")
                return
        except Exception:  # away for now: ask again
            continue


async def _serve(target: procrastinate.App, runtime: Runtime, concurrency: int, stall_after: float,
                 queues: list[str] | None, name: str | None, daily: str | None = None) -> bool:  # fmt: skip
    """Run the worker until it stops; True when it was asked to (a signal)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    heartbeat = max(1.0, stall_after / 3)
    if daily:
        schedule_day(target, daily)
    async with target.open_async():
        restarted = asyncio.create_task(_restarted(target, await _server_started(target)))
        chosen: dict[str, Any] = {"queues": queues} if queues else {}
        if name:
            chosen["name"] = name
        worker = asyncio.create_task(
            target.run_worker_async(
                **chosen,
                concurrency=concurrency,
                install_signal_handlers=False,
                additional_context={"veilleur": runtime},
                update_heartbeat_interval=heartbeat,
                stalled_worker_timeout=stall_after,
                fetch_job_polling_interval=1.0,
            )
        )
        reaper = asyncio.create_task(_reap(target, stall_after))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({worker, stopping, restarted}, return_when=asyncio.FIRST_COMPLETED)
        if not worker.done():
            worker.cancel()  # Procrastinate waits for the running jobs, then returns
        for task in (reaper, stopping, restarted):
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker
    return stop.is_set()


def run_worker(
    settings: Settings,
    concurrency: int = 1,
    stall_after: float = 30.0,
    queues: list[str] | None = None,
    name: str | None = None,
    daily: str | None = None,
) -> None:
    """Work until SIGINT/SIGTERM; survive the database going away. `stall_after`: seconds
    without a heartbeat after which another worker's jobs are retried. `daily`: a cron (UTC) at
    whose times the worker queues the day's work itself (`jobs.schedule_day`), no cron needed."""
    from veilleur.enrich import warm_up

    warm_up()  # the models are loaded before the first job, not in it
    url = settings.resolved_store_url()
    wait = 1.0
    while True:
        try:
            # A stage may read on one connection while another holds its batch of saves (the
            # item locks have their own, `Runtime.locks`): two per job thread, never waited for.
            store = open_store(url, connections=max(15, 2 * concurrency + 2))
        except Exception as exc:  # the database is not there (yet): wait for it
            logger.warning("database unavailable (%s); retrying in %.0f s", exc, wait)
            time.sleep(wait)
            wait = min(wait * 2, 30.0)
            continue
        runtime = Runtime(settings, store, Fetcher(settings.http))
        began = time.monotonic()
        try:
            target = connected(url, autocommit=True)
            stopped = asyncio.run(_serve(target, runtime, concurrency, stall_after, queues, name, daily))
        except Exception as exc:  # the connection was lost mid-way
            logger.warning("worker stopped (%s); restarting in %.0f s", exc, wait)
            stopped = False
        finally:
            runtime.close()
            runtime.fetcher.close()
            store.close()
        if stopped:
            return
        if time.monotonic() - began > 60:
            wait = 1.0  # it had worked: this is a new outage
        time.sleep(wait)
        wait = min(wait * 2, 30.0)
