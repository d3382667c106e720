"""The daily job as Procrastinate jobs in the PostgreSQL store's own database.

One job per source (collect), per batch of entries (fetch → extract → enrich, then the
clustering features of its relevant articles; `[limits] entries_per_job`), one clustering job at
a time (lock `cluster`: two workers never start twin stories; queued by each entry job, it places
the articles enriched so far while the other entries run), one job per story (brief) and one
publishing job per site (lock `publish:<site>`). Each job runs a step of `veilleur.workers.steps`
on its own item, then defers the next stage's jobs; queueing locks keep at most one waiting job
per item, so enqueueing again (a second `veilleur run`, a retried job) adds nothing twice. A
job's item failures are recorded in the store like the in-process run's; an exception that
escapes a job (the database restarting) makes Procrastinate retry it, and a job whose worker
died is put back by `veilleur.workers.worker`'s reaper. Priorities make the stages drain in
order: clustering passes between the entries, then briefing, then publishing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Concatenate, Final, ParamSpec, TypeVar

import procrastinate
from procrastinate import JobContext
from procrastinate.exceptions import AlreadyEnqueued
from procrastinate.tasks import ConfigureTaskOptions, configure_task
from procrastinate.types import TimeDeltaParams
from sqlalchemy import Engine, create_engine, make_url, text

from veilleur.collect.http import Fetcher
from veilleur.config import Settings
from veilleur.store import Store
from veilleur.workers.profiling import profiled
from veilleur.workers.retry import JobManager
from veilleur.workers.scope import cluster_backlog, unbriefed_stories, unfinished_entries
from veilleur.workers.steps import Steps

# Procrastinate queues, one per task, named after it (`veilleur status` counts jobs by these), with
# their priorities: a worker takes the highest first, so the stages drain in order.
# Clustering comes before the entries: a clustering job queued by an entry job places the articles
# enriched so far while the entries go on (when there are enough of them: `worth_clustering`),
# one at a time (its lock), the other workers taking entry jobs meanwhile.
PRIORITY: Final = {"collect": 40, "entry": 30, "cluster": 35, "brief": 10, "publish": 0}
QUEUES: Final = tuple(PRIORITY)
# An exception escaping a job is the infrastructure's (the items' own are recorded by the steps):
# try again with backoff, 1 s, 2 s, 4 s… (seconds).
RETRY = procrastinate.RetryStrategy(max_attempts=8, exponential_wait=1)

app = procrastinate.App(connector=procrastinate.PsycopgConnector())

# The namespace of the items' advisory locks (an arbitrary constant of ours: "item"); the second
# key is the hash of an item's key (`item_keys`: "entry:12", "cluster", "publish:/site"…).
ITEM_LOCK: Final = 0x6974656D
# While a job holds its items, the server checks every few seconds that the worker's machine is
# still there (TCP keepalives: idle seconds, interval seconds, probes): a lost machine's session
# ends, and its lock with it, within about a minute instead of the system's two hours.
KEEPALIVES: Final = (
    ("tcp_keepalives_idle", 20),
    ("tcp_keepalives_interval", 10),
    ("tcp_keepalives_count", 3),
)

_LOCK = text("SELECT pg_advisory_lock(:space, hashtext(k)) FROM unnest(CAST(:keys AS text[])) AS k")
_UNLOCK = text("SELECT pg_advisory_unlock_all()")

P = ParamSpec("P")
R = TypeVar("R")


def conninfo(store_url: str) -> str:
    """The libpq URL of a SQLAlchemy PostgreSQL URL ("postgresql+psycopg://…" → "postgresql://…")."""
    url = make_url(store_url)
    if not url.drivername.startswith("postgresql"):
        raise ValueError('workers need a PostgreSQL store (store_url = "postgresql+psycopg://…")')
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def connected(store_url: str, autocommit: bool = False) -> procrastinate.App:
    """The jobs app on the store's database (open it with `with app.open():`). `autocommit`: a
    worker's (opened with `open_async()`): each of the queue's statements is its own transaction."""
    if autocommit:
        connector = procrastinate.PsycopgConnector(conninfo=conninfo(store_url), configure=_autocommit)
    else:
        connector = procrastinate.PsycopgConnector(conninfo=conninfo(store_url))
    connected_app = app.with_connector(connector)
    # Its retries make way for a waiting copy of the job (`veilleur.workers.retry`): a worker's
    # and the reaper's.
    connected_app.job_manager = JobManager(connector)
    return connected_app


async def _autocommit(connection: Any) -> None:
    """Each of the queue's queries is one statement (a function call: fetch, defer, finish a job,
    the heartbeat), atomic alone: in autocommit, psycopg sends no BEGIN and COMMIT around it (two
    statements of three, about 3 per entry job, each a round trip and server CPU the workers
    share). Only for the async pool a worker opens: a sync pool's `configure` is not awaited."""
    await connection.set_autocommit(True)


@dataclass
class Runtime:
    """What one worker process keeps between jobs: settings, store, HTTP client, briefing writer."""

    settings: Settings
    store: Store
    fetcher: Fetcher
    base: Steps | None = None
    # The connections that hold the jobs' items (`holding`), apart from the store's pool: a job
    # holds one for all its length, and with as many jobs as the store's pool has connections
    # (15) the jobs' own queries would wait for one that none gives back. Not pooled beyond 5
    # (`max_overflow=-1`): there are never more than the worker's `concurrency` at a time.
    locks: Engine = field(init=False)

    def __post_init__(self) -> None:
        keepalives = " ".join(f"-c {name}={value}" for name, value in KEEPALIVES)
        self.locks = create_engine(
            self.store.url,
            pool_size=5,
            max_overflow=-1,
            pool_pre_ping=True,
            connect_args={"options": keepalives},
        )

    def close(self) -> None:
        """Close the item locks' connections (the store and the fetcher are the caller's)."""
        self.locks.dispose()

    def steps(self) -> Steps:
        """Steps with a fresh summary, sharing the store, the fetcher and the model writer."""
        if self.base is None:
            from veilleur.cluster_window import Window

            self.base = Steps(self.settings, self.store, self.fetcher)
            # Clustering passes are one at a time (their lock): the window read by this process's
            # last pass is kept, and only what other processes placed since is read.
            self.base.window = Window()
        return self.base.derived()


def _runtime(context: JobContext) -> Runtime:
    runtime: Runtime = context.additional_context["veilleur"]
    return runtime


def item_key(job: procrastinate.jobs.Job) -> str:
    """The item a job works on: its queueing lock (`entry:12`, `cluster`, …)."""
    return job.queueing_lock or f"job:{job.id}"


def item_keys(job: procrastinate.jobs.Job) -> list[str]:
    """The items a job holds while it runs: an entry job's entries (`entry:12`, one per entry
    of its batch, whichever batch they were queued in), any other job's own item (`item_key`)."""
    kwargs: dict[str, Any] = dict(job.task_kwargs or {})
    if job.task_name == "entry":
        ids = list(kwargs.get("entry_ids") or []) + ([kwargs["entry_id"]] if kwargs.get("entry_id") else [])
        if ids:
            return [f"entry:{int(n)}" for n in ids]
    return [item_key(job)]


@contextmanager
def holding(locks: Engine, keys: str | list[str]) -> Iterator[None]:
    """Hold the items `keys` for the block: PostgreSQL session advisory locks of a connection of
    their own (from `locks`: `Runtime.locks` in a worker), outside any transaction (a
    transaction open for a whole job would hold back the server's vacuum of the job tables and
    every table the job writes), released when the block ends, or by the server when the
    worker's connection goes (killed process: at once; lost machine: the keepalives). A job
    waits for any of its items another job holds, so one item's work never runs twice at a
    time, and a job whose worker still holds its items is not handed to another
    (`worker._reap`). The locks are taken in one order (the keys sorted), so that two batches
    sharing entries never wait for each other."""
    wanted = sorted({keys} if isinstance(keys, str) else set(keys))
    with locks.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        try:
            # One statement for all: the array's order is the order they are taken in.
            conn.execute(_LOCK, {"space": ITEM_LOCK, "keys": wanted}).all()
            yield
        finally:
            try:
                conn.execute(_UNLOCK).all()
            except Exception:
                # Gone with the connection (the server restarted), and the locks with it: the
                # connection is not put back in the pool.
                conn.invalidate()


def held(task: Callable[Concatenate[JobContext, P], R]) -> Callable[Concatenate[JobContext, P], R]:
    """`task` run while holding its job's items (`holding`)."""

    def wrapper(context: JobContext, /, *args: P.args, **kwargs: P.kwargs) -> R:
        assert context.job is not None  # a running job's context
        with holding(_runtime(context).locks, item_keys(context.job)):
            return task(context, *args, **kwargs)

    functools.update_wrapper(wrapper, task)
    return wrapper


def defer(
    target: procrastinate.App,
    task: str,
    key: str,
    lock: str | None = None,
    schedule_in: TimeDeltaParams | None = None,
    **kwargs: Any,
) -> bool:
    """Defer `task` unless a job with the queueing lock `key` is already waiting; True if deferred.
    `schedule_in`: not before that much time (`{"seconds": 2}`)."""
    # By name on `target`'s own connection (its tasks stay bound to the module's unconnected app).
    deferrer = configure_task(
        name=task,
        job_manager=target.job_manager,
        queue=task,
        priority=PRIORITY[task],
        lock=lock or key,
        queueing_lock=key,
        schedule_in=schedule_in,
    )
    try:
        deferrer.defer(**kwargs)
    except AlreadyEnqueued:
        return False
    return True


def defer_entries(target: procrastinate.App, entry_ids: list[int], per_job: int) -> int:
    """Defer entry jobs of `per_job` entries each (queueing lock `entry:3,4,5`: the same batch is
    not queued twice); returns the number of jobs added."""
    added = 0
    for start in range(0, len(entry_ids), max(1, per_job)):
        batch = entry_ids[start : start + max(1, per_job)]
        added += defer(target, "entry", "entry:" + ",".join(map(str, batch)), entry_ids=batch)
    return added


def site_key(settings: Settings) -> str:
    return f"publish:{settings.publish.out_dir.expanduser().resolve()}"


def enqueue_run(target: procrastinate.App, settings: Settings, store: Store, only: list[str] | None) -> int:
    """The day's work: a collect job per enabled source (`only` these), the entries earlier runs
    left unfinished, and a clustering pass (which defers briefing and publishing). Returns the
    number of jobs added."""
    added = 0
    for source in store.sources.all(enabled_only=True):
        if not only or source.name in only:
            added += defer(target, "collect", f"collect:{source.name}", source=source.name)
    added += defer_entries(target, unfinished_entries(store), settings.limits.entries_per_job)
    added += defer(target, "cluster", "cluster")
    return added


# The day's work queued by the workers themselves at a cron's times (`veilleur worker --daily`),
# in the collect queue; its queueing lock keeps one waiting at most.
DAY_LOCK: Final = "day"


@app.task(name="day", queue="collect", priority=PRIORITY["collect"], pass_context=True, retry=RETRY)
def day(context: JobContext, timestamp: int) -> None:
    """What `veilleur run` queues (the sources synchronised with the settings, then
    `enqueue_run`), at a tick of the `--daily` cron; `timestamp`: the tick, Unix seconds."""
    from veilleur.pipeline import sync_sources

    runtime = _runtime(context)
    sync_sources(runtime.store, runtime.settings)
    enqueue_run(context.app, runtime.settings, runtime.store, None)


def schedule_day(target: procrastinate.App, cron: str) -> None:
    """Have `target`'s worker queue `day` at `cron`'s times (five fields, or six with seconds
    last; UTC). Each tick is queued once however many workers are started so, on however many
    machines (Procrastinate's periodic defers are unique per task and tick). The task is bound to
    `target`, whose connection the periodic deferrer uses (the module's app has none)."""
    bound: procrastinate.tasks.Task[Any, Any, Any] = procrastinate.tasks.Task(
        day.func,
        blueprint=target,
        name=day.name,
        queue=day.queue,
        priority=day.priority,
        pass_context=True,
        retry=RETRY,
    )
    options: ConfigureTaskOptions = {"queueing_lock": DAY_LOCK, "lock": DAY_LOCK}
    target.periodic_registry.periodic_tasks.pop((day.name, DAY_LOCK), None)  # a restarted worker's
    target.periodic_registry.register_task(
        task=bound, cron=cron, periodic_id=DAY_LOCK, configure_kwargs=options
    )


@app.task(name="collect", queue="collect", priority=PRIORITY["collect"], pass_context=True, retry=RETRY)
@profiled
@held
def collect(context: JobContext, source: str) -> None:
    runtime = _runtime(context)
    entry_ids = runtime.steps().collect_source(source)
    defer_entries(context.app, entry_ids, runtime.settings.limits.entries_per_job)


@app.task(name="entry", queue="entry", priority=PRIORITY["entry"], pass_context=True, retry=RETRY)
@profiled
@held
def entry(context: JobContext, entry_ids: list[int] | None = None, entry_id: int | None = None) -> None:
    """A batch of entries (`entry_id`: a job queued by a release with one entry per job)."""
    ids = [int(n) for n in entry_ids or []] + ([int(entry_id)] if entry_id else [])
    _runtime(context).steps().process_entries(ids)
    defer(context.app, "cluster", "cluster")


def worth_clustering(store: Store, least: int) -> bool:
    """Is a clustering pass due now? Always once no collect or entry job waits or runs (the
    articles are all there); before, only when the articles waiting for it are at least `least`
    (`[limits] cluster_pass`) and half as many as the window's members that a pass reads first
    (the stories' stored features): the passes made while the entries run then read the window
    a few times in all, and the last pass, once the last entry job ends, has little left."""
    from veilleur.cluster.stories import WINDOW

    jobs, waiting, members = cluster_backlog(store, 2 * WINDOW.days)
    return jobs == 0 or waiting >= max(least, members // 2)


# Seconds after which a clustering job that found too little to place looks again (the entry
# job that deferred it may still have been running: its articles are then all there).
LOOK_AGAIN: Final = 2


@app.task(name="cluster", queue="cluster", priority=PRIORITY["cluster"], pass_context=True, retry=RETRY)
@profiled
@held
def cluster(context: JobContext) -> None:
    """Place the articles enriched so far (`worth_clustering`), then queue their stories'
    briefings and the site's publishing; or, too few yet, look again in `LOOK_AGAIN` seconds."""
    runtime = _runtime(context)
    if not worth_clustering(runtime.store, runtime.settings.limits.cluster_pass):
        defer(context.app, "cluster", "cluster", schedule_in={"seconds": LOOK_AGAIN})
        return
    steps = runtime.steps()
    steps.cluster()
    # A model briefs at most `concurrency` stories at a time across all workers: a story's job
    # takes one of that many locks. The facts backend needs no model: one lock per story. With
    # one post per article, a story's job briefs each of its articles not briefed yet.
    slots = max(1, runtime.settings.brief.openai.concurrency) if steps.writer().uses_model else 0
    per_article = runtime.settings.publish.group == "article"
    for story_id in unbriefed_stories(runtime.store, per_article):
        lock = f"model:{story_id % slots}" if slots else f"story:{story_id}"
        defer(context.app, "brief", f"brief:{story_id}", lock, story_id=story_id)
    defer(context.app, "publish", site_key(runtime.settings))


@app.task(name="brief", queue="brief", priority=PRIORITY["brief"], pass_context=True, retry=RETRY)
@profiled
@held
def brief(context: JobContext, story_id: int) -> None:
    runtime = _runtime(context)
    steps = runtime.steps()
    if story_id:
        steps.brief_story(story_id)
    else:  # a job queued by a release that briefed all articles in one job
        steps.brief_pending()
    defer(context.app, "publish", site_key(runtime.settings))


@app.task(name="publish", queue="publish", priority=PRIORITY["publish"], pass_context=True, retry=RETRY)
@profiled
@held
def publish(context: JobContext) -> None:
    steps = _runtime(context).steps()
    steps.publish()
    steps.alert()
