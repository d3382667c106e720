"""What one worker entry job costs PostgreSQL, counted in statements (never in time): the
statements the store sends for a batch of entries (savepoints, BEGIN and COMMIT included), and
none of the queue's BEGIN/COMMIT around its own one-statement queries. PostgreSQL runs on the
workers' cores: each statement is a round trip and server CPU that a second worker needs."""

from __future__ import annotations

import asyncio
import collections
from pathlib import Path
from typing import Any

import pytest
from test_kill9 import victim
from test_workers import _own_database

pytest.importorskip(
    "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
)

ENTRIES = 12
# A job's reads (what is pending for its entries, their failures, sources, documents), its
# transactions' BEGIN and COMMIT and its features' save, whatever the number of its entries: 31
# when this test was written; more means a query per entry crept in.
MOST_PER_JOB = 32
# A collect job's statements besides one per new entry (6 when this test was written).
MOST_PER_COLLECT = 8


def _capture(n: int) -> str:
    title = f"Ransomware attack on {victim(n)}"
    body = f"{victim(n)} was hit by a ransomware attack on Monday that encrypted {n} servers, its managers said. "
    return f"URL: https://news.example/{n}\n\n# {title}\n\n" + body * 12


class Counter:
    """Statements a SQLAlchemy engine sends: each executed one, and BEGIN and COMMIT where the
    connection is in a transaction (the driver sends none in autocommit)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.sent: list[str] = []

        def _autocommit(conn: Any) -> bool:
            return bool(conn.connection.dbapi_connection.autocommit)

        @event.listens_for(engine, "before_cursor_execute")
        def _execute(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            self.sent.append(statement.split()[0].upper())

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            if not _autocommit(conn):
                self.sent.append("BEGIN")

        @event.listens_for(engine, "commit")
        def _commit(conn: Any) -> None:
            if not _autocommit(conn):
                self.sent.append("COMMIT")


def test_an_entry_job_sends_few_statements_per_entry(tmp_path: Path, postgres_url: str) -> None:
    from veilleur.config import load_settings
    from veilleur.pipeline import sync_sources
    from veilleur.workers.steps import Steps
    from veilleur.workers.worker import open_store

    url = _own_database(postgres_url, "veilleur_statements")
    folder = tmp_path / "captures"
    folder.mkdir()
    for n in range(ENTRIES):
        (folder / f"{n}.md").write_text(_capture(n), encoding="utf-8")
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "{url}"\ncatalogue = false\n[[sources]]\nname = "captures"\nkind = "files"\n'
        f'url = "{folder}"\n'
    )
    settings = load_settings(config)
    store = open_store(url)
    try:
        sync_sources(store, settings)
        steps = Steps(settings, store)
        collected = Counter(store.engine)
        entry_ids = steps.collect_source("captures")
        assert len(entry_ids) == ENTRIES
        # One statement per new entry (the check for a known one is inside its INSERT), and the
        # source's few reads and its state's update.
        assert collected.sent.count("INSERT") == ENTRIES, collections.Counter(collected.sent)
        assert len(collected.sent) <= ENTRIES + MOST_PER_COLLECT, collections.Counter(collected.sent)
        counter = Counter(store.engine)
        steps.process_entries(entry_ids)
        # The job did its work: every entry enriched, its clustering features stored.
        assert all(store.intel.get(n) is not None for n in entry_ids)
        sent = collections.Counter(counter.sent)
        # Per entry: its fetch, article and intel saves, each in a savepoint (what lets it fail
        # alone): 9 statements.
        assert sent["SAVEPOINT"] == sent["RELEASE"] == 3 * ENTRIES, sent
        writes = sent["INSERT"] + sent["WITH"] + sent["UPDATE"]
        assert writes <= 3 * ENTRIES + 1, sent  # + the batch's features in one INSERT
        rest = len(counter.sent) - writes - 2 * 3 * ENTRIES
        assert rest <= MOST_PER_JOB, sent
    finally:
        store.close()


def test_the_worker_s_queue_queries_are_sent_without_a_transaction(postgres_url: str) -> None:
    """Procrastinate's queries (fetch, defer, finish a job, heartbeats) are one statement each:
    a worker's pool runs them in autocommit, without a BEGIN and a COMMIT around each."""
    from veilleur.workers.jobs import connected
    from veilleur.workers.worker import open_store

    url = _own_database(postgres_url, "veilleur_queue_autocommit")
    open_store(url).close()

    async def states() -> tuple[bool, str]:
        target = connected(url, autocommit=True)
        async with target.open_async():
            pool = target.connector.pool  # type: ignore[attr-defined]
            async with pool.connection() as conn:
                await conn.execute("SELECT count(*) FROM procrastinate_jobs")
                return conn.autocommit, conn.info.transaction_status.name

    autocommit, status = asyncio.run(states())
    assert autocommit and status == "IDLE"  # no transaction left open after the query
