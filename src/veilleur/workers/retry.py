"""Retrying a job whose item was queued again meanwhile.

Every job has a queueing lock (its item: `cluster`, `entry:3,4,5`, `publish:<site>`): at most one
job per item waits. A running job is not waiting, so the item can be queued again while it runs
(each entry job queues a clustering pass while one runs). When the running job then fails, or its
worker dies, Procrastinate's retry puts it back to waiting, which the waiting copy's lock refuses
(a unique violation): the retry fails, the job stays 'running' for ever under a live worker, and
`veilleur run --wait` never returns. Here the copy gives way: it is deleted (as its lock would
have refused it) and the job put back, so the item still runs again, by one job.
"""

from __future__ import annotations

import datetime
import logging

from procrastinate import manager
from procrastinate.exceptions import UniqueViolation
from procrastinate.jobs import Job

logger = logging.getLogger("veilleur.worker")

_WAITING_COPIES = "SELECT id FROM procrastinate_jobs WHERE queueing_lock = %(lock)s AND status = 'todo'"


class JobManager(manager.JobManager):
    """Procrastinate's job manager, whose `retry_job` makes way for its job (see the module)."""

    async def retry_job(
        self,
        job: Job,
        retry_at: datetime.datetime | None = None,
        priority: int | None = None,
        queue: str | None = None,
        lock: str | None = None,
    ) -> None:
        """Put `job` back to waiting (not before `retry_at`); a waiting copy of it is deleted.

        Raises Procrastinate's ConnectorException when the database refuses it otherwise."""
        try:
            await super().retry_job(job, retry_at, priority, queue, lock)
        except UniqueViolation:
            rows = await self.connector.execute_query_all_async(_WAITING_COPIES, lock=job.queueing_lock)
            for row in rows:
                logger.warning(
                    "job %s (%s): a copy of job %s, which is retried: deleted",
                    row["id"],
                    job.task_name,
                    job.id,
                )
                await self.cancel_job_by_id_async(row["id"], delete_job=True)
            await super().retry_job(job, retry_at, priority, queue, lock)
