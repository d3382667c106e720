"""What the job queue holds: jobs per stage and state, read from Procrastinate's table."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg

from veilleur.workers.jobs import QUEUES, conninfo

STATES = ("todo", "doing", "succeeded", "failed")


@dataclass
class QueueCounts:
    """Jobs per queue (= stage) and state; `failed_jobs`: (id, stage, args) of failed ones."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    failed_jobs: list[tuple[int, str, str]] = field(default_factory=list)

    def total(self, state: str) -> int:
        return sum(states.get(state, 0) for states in self.counts.values())

    @property
    def idle(self) -> bool:
        return self.total("todo") == 0 and self.total("doing") == 0


def queue_counts(store_url: str) -> QueueCounts:
    """The counts now; empty when no worker ever installed the job tables."""
    found = QueueCounts({queue: {} for queue in QUEUES})
    with psycopg.connect(conninfo(store_url)) as conn:
        installed = conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()
        if installed is None or installed[0] is None:
            return found
        rows = conn.execute(
            "SELECT queue_name, status::text, count(*) FROM procrastinate_jobs GROUP BY 1, 2"
        ).fetchall()
        for queue, state, count in rows:
            found.counts.setdefault(queue, {})[state] = int(count)
        failed = conn.execute(
            "SELECT id, queue_name, args::text FROM procrastinate_jobs WHERE status = 'failed' ORDER BY id"
        ).fetchall()
        found.failed_jobs = [(int(job_id), queue, args) for job_id, queue, args in failed]
    return found


def wait_idle(
    store_url: str,
    poll: float = 1.0,
    timeout: float | None = None,
    tick: Callable[[QueueCounts], None] | None = None,
) -> QueueCounts:
    """Wait until no job is waiting or running (twice in a row: a finishing job defers the next
    stage's); raises TimeoutError after `timeout` seconds."""
    start = time.monotonic()
    quiet = 0
    while True:
        counts = queue_counts(store_url)
        if tick:
            tick(counts)
        quiet = quiet + 1 if counts.idle else 0
        if quiet >= 2:
            return counts
        if timeout is not None and time.monotonic() - start > timeout:
            raise TimeoutError(f"jobs still waiting or running after {timeout:.0f} s")
        time.sleep(poll)
