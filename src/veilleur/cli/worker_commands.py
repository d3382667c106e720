"""`veilleur worker` and `veilleur status`, and `veilleur run`'s queue path (PostgreSQL stores)."""

from __future__ import annotations

import logging

import click
from rich.table import Table

from veilleur import clock
from veilleur.cli.common import check_source_names, console, out, settings_of
from veilleur.config import Settings


def _cron(value: str | None) -> str | None:
    """A cron expression as given, or a usage error saying why not."""
    if value is None:
        return None
    from croniter import croniter  # type: ignore[import-untyped]  # Procrastinate's own cron parser, without stubs

    if not croniter.is_valid(value):
        raise click.BadParameter(f"not a cron expression: {value!r} (e.g. '0 6 * * *')", param_hint="--daily")
    return value


def is_postgres(settings: Settings) -> bool:
    return settings.resolved_store_url().startswith("postgresql")


def enqueue(ctx: click.Context, settings: Settings, only: list[str] | None, wait: bool) -> None:
    """`veilleur run` on a PostgreSQL store: put the day's work in the queue (and wait for it)."""
    from veilleur.pipeline import sync_sources
    from veilleur.workers.jobs import connected, enqueue_run
    from veilleur.workers.status import wait_idle
    from veilleur.workers.worker import open_store

    url = settings.resolved_store_url()
    started = clock.now().isoformat(timespec="seconds")
    store = open_store(url)
    try:
        sync_sources(store, settings)
        check_source_names(store, only or [])
        with connected(url).open() as app:
            added = enqueue_run(app, settings, store, only)
        console().print(f"{added} job(s) queued; `veilleur worker` processes run them (`veilleur status`)")
        if not wait:
            return
        counts = wait_idle(url)
        out().print(_table(counts.counts))
        # As the in-process run: status 1 when an item failed in this run (`veilleur retry` lists them).
        failed = [failure for failure in store.failures.all() if failure.last_at >= started]
    finally:
        store.close()
    for failure in failed[:20]:
        console().print(
            f"failed: {failure.stage} {failure.label} — {failure.reason}", markup=False, soft_wrap=True
        )
    if counts.failed_jobs or failed:
        ctx.exit(1)


def _table(counts: dict[str, dict[str, int]]) -> Table:
    from veilleur.workers.status import STATES

    table = Table(title="jobs per stage", title_justify="left")
    table.add_column("stage")
    for state in STATES:
        table.add_column(state, justify="right")
    for queue, states in counts.items():
        table.add_row(queue, *(str(states.get(state, 0)) for state in STATES))
    return table


@click.command()
@click.option("--concurrency", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Jobs this process runs at a time (threads).")  # fmt: skip
@click.option("--queue", "queues", multiple=True, help="Only these stages' queues (repeatable).")
@click.option("--stall-after", type=click.FloatRange(3.0), default=30.0, show_default=True,
              help="Seconds without a heartbeat after which a worker's jobs are run again.")  # fmt: skip
@click.option("--name", help="The worker's name in the logs.")
@click.option("--daily", metavar="CRON", callback=lambda _c, _p, v: _cron(v),
              help="Queue the day's work at these times (cron, UTC; e.g. '0 6 * * *'), as `veilleur run` "
              "does: once per time whatever the number of workers.")  # fmt: skip
@click.pass_context
def worker(
    ctx: click.Context,
    concurrency: int,
    queues: tuple[str, ...],
    stall_after: float,
    name: str | None,
    daily: str | None,
) -> None:
    """Run the queued jobs of a PostgreSQL store until SIGINT/SIGTERM (any number of machines)."""
    settings = settings_of(ctx)
    if not is_postgres(settings):
        raise click.UsageError(
            "workers need a PostgreSQL store; a SQLite store runs `veilleur run` in one process"
        )
    from veilleur.workers.worker import run_worker

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    run_worker(settings, concurrency, stall_after, list(queues) or None, name, daily)


@click.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Jobs per stage (waiting, running, done, failed) and the items that failed, per stage."""
    from veilleur.cli.common import open_store

    settings = settings_of(ctx)
    if is_postgres(settings):
        from veilleur.workers.status import queue_counts
        from veilleur.workers.worker import open_store as open_queued_store

        store = open_queued_store(settings.resolved_store_url())  # the job tables too
        counts = queue_counts(settings.resolved_store_url())
        out().print(_table(counts.counts))
        for job_id, queue, args in counts.failed_jobs[:20]:
            out().print(f"failed job {job_id} ({queue}) {args}", soft_wrap=True, markup=False)
    else:
        out().print("SQLite store: `veilleur run` runs every stage in one process (no job queue)")
        store = open_store(settings)
    try:
        failures = store.failures.all()
    finally:
        store.close()
    table = Table(title="failed items per stage (veilleur retry)", title_justify="left")
    for column in ("stage", "retrying", "given up"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    stages = sorted({failure.stage for failure in failures})
    for stage in stages:
        mine = [failure for failure in failures if failure.stage == stage]
        given_up = sum(failure.state == "failed" for failure in mine)
        table.add_row(stage, str(len(mine) - given_up), str(given_up))
    out().print(table if stages else "no failed item")
