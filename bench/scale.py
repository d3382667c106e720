"""The daily job on 1, 2 and 4 worker processes over a real PostgreSQL, and the embedded default
next to the previous release, on real pages served on loopback.

`--pages` records of ../shared/corpus/news-dev.jsonl.gz (Markdown renderings of real news
pages, rendered back to HTML by markdown-it; past its 12,798 records, or `--distinct`, perturbed
copies of them: `copy_record`) are served by a loopback web server as the pages of
200 RSS feeds (record i in feed i mod 200, dated the simulated day). A throwaway PostgreSQL is
started by bench/local_postgres.py. For each worker count, on a fresh database:

- the workers are started and wait, models loaded (`veilleur worker`, one process each);
- the clock starts; `veilleur run` queues the day; with 2 workers or more, one worker is killed
  with SIGKILL once half of the entries are done (its jobs are run again by the others after
  `--stall-after` seconds of silence) and a new worker process started in its place, as its
  supervisor would (`--no-restart`: none); the clock stops when no job waits or runs;
- articles/s = articles extracted / that time; speed-up = against 1 worker in the same run (or
  in the `--results` file); worker CPU per article (/proc, the killed and the new worker
  included); SQL statements per article (pg_stat_statements: the workers' and `veilleur run`'s,
  the queue's included, this script's own not); peak memory = each worker's VmHWM (/proc) just
  before it stops (or is killed);
- the end state is checked: every entry once (distinct URLs), every entry extracted or recorded
  as failed with a reason, every usable article enriched, every relevant article in exactly one
  story, at most one post per story and per path, the post files on disk those of the register,
  no job failed or left.

Then the embedded default (SQLite, one `veilleur run` process) with this checkout and with
`--baseline` (a temporary `git worktree`), on the same `--compare-pages` pages: whole-run wall time
and articles/s.

Default (what the measurement is): 20,000 pages as 200 feeds, 1, 2 and 4 workers, 2,000 pages
compared. On a shared machine, run it small and niced: `nice -n 10 python bench/scale.py --pages
2000 --compare-pages 0 --workers 1,2`. The default run may be split in parts that print one table:
`--results FILE --workers 1,2 --compare-pages 0`, then `--results FILE --workers 4`.
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import html
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import local_postgres  # noqa: E402

FEEDS = 200
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # the simulated day (VEILLEUR_NOW)
BASELINE = "e2a4252"  # the previous release, as in bench/daily.py


class Pages(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, routes: dict[str, tuple[bytes, str]]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


class _Handler(BaseHTTPRequestHandler):
    server: Pages

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        found = self.server.routes.get(self.path.split("?")[0])
        if found is None:
            self.send_error(404)
            return
        body, kind = found
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def load_pages(corpus: Path, count: int, distinct: int | None = None) -> list[dict[str, Any]]:
    """`count` records: the corpus's first `distinct` (all it has when None), then, past them,
    perturbed copies of them in order (`copy_record`, pass 1, then 2…)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in itertools.islice(lines, min(count, distinct or count))]
    if not records:
        raise SystemExit(f"{corpus} has no records")
    originals = len(records)
    for n in range(originals, count):
        records.append(copy_record(records[n % originals], n // originals))
    return records


_WORD = re.compile(r"(?<![\w/.-])[^\W\d_]{4,}(?![\w/.-])")  # a plain word, 4 letters or more
_TARGET = re.compile(r"\]\([^)]*\)|<[^>]*>")  # a link's address, an autolink or a tag


def _inside(at: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether `at` is in one of `spans` (sorted, not overlapping; `starts` their starts)."""
    index = bisect.bisect_right(starts, at) - 1
    return index >= 0 and at < spans[index][1]


def copy_record(record: dict[str, Any], k: int) -> dict[str, Any]:
    """Copy `k` (1, 2…) of a corpus record, served as a page of its own: its address is its own
    (each page is `/p/<n>`), and in each paragraph of its Markdown one plain word (4 letters or
    more, never inside a link's address or a number) is left out, the (k + paragraph)-th modulo
    their number, and its title ends with " (k)". The text is then no byte copy of the original
    (extraction would set it aside as a duplicate by its content hash: no enrichment, no
    clustering) but the same report told again, as a syndicated copy is: it is extracted, enriched
    and clustered as an article of its own, and clustering mostly places it in its original's
    story (as a near-duplicate: more members and more sources per story, not more stories)."""
    paragraphs = str(record.get("markdown") or "").split("\n\n")
    for p, paragraph in enumerate(paragraphs):
        # The addresses' spans, in order and apart: the one a word could be in is found by bisection
        # (a paragraph of thousands of links was quadratic: 51 s for 20,000 links).
        targets = [m.span() for m in _TARGET.finditer(paragraph)]
        starts = [a for a, _ in targets]
        found = [m for m in _WORD.finditer(paragraph) if not _inside(m.start(), starts, targets)]
        if found:
            m = found[(k + p) % len(found)]
            paragraphs[p] = paragraph[: m.start()] + paragraph[m.end() :].lstrip(" ")
    title = record.get("title")
    return {**record, "markdown": "\n\n".join(paragraphs), "title": f"{title} ({k})" if title else None}


def serve(records: list[dict[str, Any]]) -> Pages:
    from markdown_it import MarkdownIt

    render = MarkdownIt("commonmark", {"html": False}).render
    server = Pages({})
    items: list[list[str]] = [[] for _ in range(FEEDS)]
    for n, record in enumerate(records):
        title = html.escape(record.get("title") or f"Article {n}")
        body = render(record["markdown"])
        page = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
        server.routes[f"/p/{n}"] = (page.encode("utf-8"), "text/html; charset=utf-8")
        items[n % FEEDS].append(
            f"<item><title>{title}</title><link>{server.url(f'/p/{n}')}</link>"
            f"<pubDate>{format_datetime(NOW)}</pubDate></item>"
        )
    for feed, entries in enumerate(items):
        channel = f"<channel><title>Feed {feed}</title>{''.join(entries)}</channel>"
        body = f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'
        server.routes[f"/f/{feed}.xml"] = (body.encode("utf-8"), "application/rss+xml")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def write_config(folder: Path, server: Pages, store_url: str, per_feed: int) -> Path:
    sources = "".join(
        f'[[sources]]\nname = "feed{n}"\ntag = "feed{n}"\nkind = "feed"\n'
        f'url = "{server.url(f"/f/{n}.xml")}"\n'
        for n in range(FEEDS)
    )
    path = folder / "veilleur.toml"
    path.write_text(
        f"""store_url = "{store_url}"
catalogue = false

{sources}
[http]
allow_private = true
politeness_delay = 0.0
timeout = 30.0
retries = 1

[limits]
max_entries_per_source = {per_feed + 10}

[publish]
out_dir = "{folder / "site"}"
""",
        encoding="utf-8",
    )
    return path


def env_for(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src), "VEILLEUR_NOW": NOW.isoformat(), "PYTHONUNBUFFERED": "1"}


def fresh_database(admin_url: str, name: str) -> str:
    """A new database `name` with pg_stat_statements (the statements the workers send)."""
    from sqlalchemy import create_engine, make_url, text

    url = make_url(admin_url)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name}"))
        if not conn.execute(text(f"SELECT 1 FROM pg_roles WHERE rolname = '{OBSERVER}'")).scalar():
            conn.execute(text(f"CREATE ROLE {OBSERVER} LOGIN SUPERUSER"))
    engine.dispose()
    made = url.set(database=name).render_as_string(hide_password=False)
    if COUNTING:
        query(made, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    return made


def counting_settings() -> str:
    """The server's options: pg_stat_statements preloaded when the server has it (Debian's
    postgresql package does), to count the statements the workers send."""
    global COUNTING
    COUNTING = (local_postgres._bin().parent / "lib" / "pg_stat_statements.so").exists()
    # Room for every distinct statement (an IN list of each length is one): none evicted, none lost.
    preload = "-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=20000"
    return preload if COUNTING else ""


COUNTING = False  # pg_stat_statements is there (counting_settings)


def statements(store_url: str) -> int:
    """Statements run in the store's database since the last reset, but this script's own
    (0 without pg_stat_statements)."""
    if not COUNTING:
        return 0
    found = query(
        store_url,
        "select coalesce(sum(s.calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid"
        f" join pg_roles r on r.oid = s.userid where d.datname = current_database()"
        f" and r.rolname <> '{OBSERVER}'",
    )
    return int(found[0][0])


def top_statements(store_url: str, count: int = 30) -> list[tuple[int, str, float]]:
    """With --profile: the statements sent most often (calls, text cut at 160 characters, the
    server's milliseconds executing them), this script's own left out; an IN list of each length
    is a statement of its own."""
    if not COUNTING:
        return []
    found = query(
        store_url,
        "select sum(s.calls), left(regexp_replace(s.query, '\\s+', ' ', 'g'), 160),"
        " sum(s.total_exec_time + s.total_plan_time) from pg_stat_statements s"
        " join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid"
        f" where d.datname = current_database() and r.rolname <> '{OBSERVER}'"
        f" group by 2 order by 1 desc limit {count}",
    )
    return [(int(calls), str(sql), float(ms)) for calls, sql, ms in found]


# The role this script's own queries run as: the statements counted per entry are the workers'
# and `veilleur run`'s (the store's role), not this script's polling.
OBSERVER = "scale_observer"


def query(store_url: str, sql: str) -> list[tuple[Any, ...]]:
    """`sql`'s rows, as the observer, on a connection kept open for the database (this script
    polls twice a second: a new connection each time, a backend forked each time, would take
    CPU from the workers it measures)."""
    import psycopg
    from sqlalchemy import make_url

    conn = _observers.get(store_url)
    if conn is None or conn.closed:
        url = make_url(store_url).set(drivername="postgresql", username=OBSERVER)
        conn = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
        _observers[store_url] = conn
    try:
        cursor = conn.execute(sql)  # type: ignore[arg-type]
        return list(cursor.fetchall()) if cursor.description else []
    except psycopg.OperationalError:
        conn.close()  # the server restarted: the next query connects again
        raise


_observers: dict[str, Any] = {}  # store URL → this script's open connection (query)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a live process (its threads included) and of its children
    that ended (the clustering job's feature processes); 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(field) for field in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def server_cpu(folder: Path | None) -> float:
    """CPU seconds of the PostgreSQL server started in `folder` (bench/local_postgres.py): its
    postmaster's own and its ended children's (the backends it reaped), plus its live children's
    (backends, background processes); 0 when unknown."""
    if folder is None:
        return 0.0
    try:
        postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
        fields = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError, IndexError):
        return 0.0
    ticks = sum(int(field) for field in fields[11:15])
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            child = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile: counted in the postmaster's children's time
        if child[1] == str(postmaster):
            ticks += int(child[11]) + int(child[12])
    return ticks / os.sysconf("SC_CLK_TCK")


SERVER: Path | None = None  # the PostgreSQL server's folder (server_cpu)


def peak_mib(pid: int) -> float:
    """VmHWM of a live process (peak resident set), MiB; 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


END_STATE = {
    "duplicate entries": "select count(*) - count(distinct canonical_url) from entries",
    "entries neither extracted nor failed with a reason": (
        "select count(*) from entries e where not exists (select 1 from articles a where a.entry_id = e.id)"
        " and not exists (select 1 from failures f where f.item = 'entry:' || e.id and f.reason <> '')"
        " and not (e.fetch_state = 'pending' and coalesce(e.fetch_error, '') <> '')"
    ),
    "unusable articles without a reason": "select count(*) from articles where not usable and reason = ''",
    "usable articles not enriched": (
        "select count(*) from articles a where a.usable and a.duplicate_of is null and not exists"
        " (select 1 from intel i where i.entry_id = a.entry_id) and not exists"
        " (select 1 from failures f where f.item = 'entry:' || a.entry_id)"
    ),
    "relevant articles in no story": (
        "select count(*) from intel i where i.relevant and not exists"
        " (select 1 from story_members m where m.entry_id = i.entry_id) and not exists"
        " (select 1 from failures f where f.item = 'entry:' || i.entry_id)"
    ),
    "stories with two posts": "select count(*) from (select story_id from posts where story_id is not null"
    " group by story_id having count(*) > 1) twice",
    "posts sharing a path": "select count(*) - count(distinct path) from posts",
    "failed jobs": "select count(*) from procrastinate_jobs where status = 'failed'",
    "jobs left": "select count(*) from procrastinate_jobs where status in ('todo', 'doing')",
}


# No collect or entry job waiting or running, and every entry has an article or a failure.
ENTRIES_LEFT = (
    "select (select count(*) from procrastinate_jobs where queue_name in ('collect', 'entry')"
    " and status in ('todo', 'doing')) + (select count(*) from entries e where not exists"
    " (select 1 from articles a where a.entry_id = e.id) and not exists (select 1 from failures f"
    " where f.item = 'entry:' || e.id)) + case when exists (select 1 from entries) then 0 else 1 end"
)


def entry_jobs(states: dict[Any, Any], url: str) -> int:
    """Collect and entry jobs waiting or running (none when no job at all waits or runs)."""
    if not states.get("todo") and not states.get("doing"):
        return 0
    return int(
        query(
            url,
            "select count(*) from procrastinate_jobs where queue_name in ('collect', 'entry')"
            " and status in ('todo', 'doing')",
        )[0][0]
    )


def articles_saved(url: str) -> int:
    """Articles inserted so far, from the server's statistics (flushed within a second of each
    commit): `count(*)` would read every article's row, twice a second, on the workers' cores."""
    found = query(
        url, "select coalesce(sum(n_tup_ins), 0) from pg_stat_user_tables where relname = 'articles'"
    )
    return int(found[0][0])


PROFILE: Path | None = None  # --profile: each worker's job threads and main thread profiled there


def profiler(work: Path, i: int) -> list[str]:
    """The interpreter command of worker `i`: under cProfile (its main thread: the job queue's
    event loop) with --profile; the job threads write their own profile (VEILLEUR_PROFILE)."""
    if PROFILE is None:
        return [sys.executable]
    return [sys.executable, "-m", "cProfile", "-o", str(PROFILE / f"{work.name}-main{i}.prof")]


TASKS = ("collect", "entry", "cluster", "brief", "publish")


def cpu_by_task(pids: list[int]) -> dict[str, list[float]]:
    """With --profile: the job threads' CPU seconds (their own CPU clock, profiler included) and
    job counts per task, summed over the workers `pids` that wrote a profile at exit (a killed
    worker writes none)."""
    import pstats

    found: dict[str, list[float]] = {}
    for pid in pids:
        path = PROFILE / f"{pid}.prof" if PROFILE is not None else None
        if path is None or not path.exists():
            continue
        stats: dict[Any, Any] = pstats.Stats(str(path)).stats  # type: ignore[attr-defined]
        for (file, _line, name), (_cc, calls, _tt, cumulative, _callers) in stats.items():
            if file.endswith("workers/jobs.py") and name in TASKS:
                count, seconds = found.get(name, [0, 0.0])
                found[name] = [count + calls, round(seconds + cumulative, 1)]
    return found


def run_workers(
    admin_url: str,
    folder: Path,
    server: Pages,
    per_feed: int,
    pages: int,
    count: int,
    concurrency: int,
    stall_after: float,
    kill: bool,
    restart: bool = True,
) -> dict[str, Any]:
    work = folder / f"workers-{count}"
    work.mkdir()
    url = fresh_database(admin_url, f"scale_{count}")
    config = write_config(work, server, url, per_feed)
    base = [sys.executable, "-m", "veilleur", "--config", str(config)]
    env = env_for(ROOT / "src")
    if PROFILE is not None:
        env["VEILLEUR_PROFILE"] = str(PROFILE)
    # The store and the job tables, made once before the workers start (not timed).
    subprocess.run([*base, "status"], env=env, check=True, capture_output=True)
    logs = [(work / f"worker{i}.log").open("w") for i in range(count + 1)]

    def worker(i: int) -> subprocess.Popen[bytes]:
        options = ["--concurrency", str(concurrency), "--stall-after", str(stall_after)]
        return subprocess.Popen(
            [*profiler(work, i), *base[1:], "worker", *options],
            env=env,
            stdout=logs[i],
            stderr=subprocess.STDOUT,
        )

    workers = [worker(i) for i in range(count)]
    started = [process.pid for process in workers]
    peaks: dict[int, float] = {}
    cpu: dict[int, float] = {}
    killed = False
    entries_cpu: float | None = None
    try:
        while len(query(url, "select id from procrastinate_workers")) < count:
            time.sleep(0.5)  # each worker registers once its models are loaded
        loaded = sum(cpu_seconds(process.pid) for process in workers)  # start-up: imports, models
        if COUNTING:
            query(url, "select pg_stat_statements_reset()")
        start = time.perf_counter()
        server_before = server_cpu(SERVER)
        subprocess.run([*base, "run"], env=env, check=True, capture_output=True)
        while True:
            states = dict(query(url, "select status::text, count(*) from procrastinate_jobs group by 1"))
            # The entries' check reads every entry: asked only once no collect or entry job
            # is left (its own first term), so that this script's polling takes little of the
            # server's CPU, which the workers share.
            if entries_cpu is None and not entry_jobs(states, url) and not query(url, ENTRIES_LEFT)[0][0]:
                # The entries are done: what follows is clustering, briefing and publishing.
                entries_cpu = sum(cpu.values()) + sum(cpu_seconds(process.pid) for process in workers)
            if kill and count > 1 and not killed:
                done = articles_saved(url)  # an entry job may hold many
                if done >= pages // 2:
                    peaks[0], cpu[0] = peak_mib(workers[0].pid), cpu_seconds(workers[0].pid)
                    workers[0].send_signal(signal.SIGKILL)
                    workers[0].wait()
                    killed = True
                    if restart:  # as its supervisor would (systemd, Kubernetes): a new process
                        workers[0] = worker(count)
                        started.append(workers[0].pid)
                        peaks[count], cpu[count] = 0.0, 0.0
            if not states.get("todo") and not states.get("doing"):
                break
            time.sleep(0.5)
        elapsed = time.perf_counter() - start
        server = server_cpu(SERVER) - server_before
        sent = statements(url)
        top = top_statements(url) if PROFILE else []
        for i, process in enumerate(workers):
            if process.poll() is None:
                slot = count if killed and restart and i == 0 else i  # the restarted one
                peaks[slot], cpu[slot] = peak_mib(process.pid), cpu_seconds(process.pid)
    finally:
        for process in workers:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in workers:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs:
            log.close()
    articles = query(url, "select count(*) from articles")[0][0]
    state = {name: query(url, sql)[0][0] for name, sql in END_STATE.items()}
    counts = query(
        url,
        "select (select count(*) from entries), (select count(*) from intel where relevant),"
        " (select count(distinct story_id) from story_members), (select count(*) from posts),"
        " (select count(*) from procrastinate_events where type = 'deferred_for_retry')",
    )[0]
    # Seconds each task's jobs ran, summed, and their count: where the time goes.
    busy = query(
        url,
        "select j.task_name, count(*), sum(extract(epoch from d.at - s.at)) from procrastinate_jobs j"
        " join procrastinate_events s on s.job_id = j.id and s.type = 'started'"
        " join procrastinate_events d on d.job_id = j.id and d.type = 'succeeded'"
        " group by 1 order by 3 desc",
    )
    files = len(list((work / "site" / "_posts").glob("*.md")))
    return {
        "workers": count,
        "seconds": elapsed,
        "articles": articles,
        "rate": articles / elapsed,
        "peak": max(peaks.values() or [0.0]),
        "cpu": sum(cpu.values()),  # the workers' CPU seconds, model loading included
        "startup_cpu": loaded,  # of which before the run was queued
        "entries_cpu": entries_cpu,  # of which until the last entry job ended (collect, entries)
        "killed": killed,
        "state": state,
        "entries": counts[0],
        "relevant": counts[1],
        "stories": counts[2],
        "posts": counts[3],
        "retried": counts[4],
        "server_cpu": server,  # PostgreSQL's CPU seconds from `veilleur run` to the last job's end
        "statements": sent,  # by the workers and `veilleur run`, queue included
        "files": files,
        "busy": {task: [count, round(float(seconds), 1)] for task, count, seconds in busy},
        "task_cpu": cpu_by_task(started),  # with --profile: [jobs, CPU seconds] per task
        "top_statements": top,  # with --profile: [calls, statement] most called first
    }


def embedded(folder: Path, server: Pages, per_feed: int, src: Path, label: str) -> dict[str, Any]:
    """One in-process `veilleur run` on a fresh SQLite store with the code of `src`."""
    work = folder / f"embedded-{label}"
    work.mkdir()
    config = write_config(work, server, f"sqlite:///{work / 'store.db'}", per_feed)
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and its worker processes
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "veilleur", "--config", str(config), "run"],
        env=env_for(src),
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode not in (0, 1):  # 1: some item failed, the run went on
        raise SystemExit(f"{label}: veilleur run failed ({done.returncode}):\n{done.stderr[-3000:]}")
    import sqlite3

    with sqlite3.connect(work / "store.db") as db:
        articles = db.execute("select count(*) from articles").fetchone()[0]
        posts = db.execute("select count(*) from posts").fetchone()[0]
    return {
        "label": label,
        "seconds": elapsed,
        "articles": articles,
        "rate": articles / elapsed,
        "cpu": cpu,  # start-up included
        "posts": posts,
        "status": done.returncode,
    }


def earlier(path: Path | None, pages: int) -> list[dict[str, Any]]:
    """The results of earlier runs kept in `path` (`--results`) for the same number of pages."""
    if path is None or not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if row.get("pages") == pages]


def split(r: dict[str, Any]) -> str:
    """The workers' CPU seconds until the entries were done (start-up excluded), and after."""
    if r.get("entries_cpu") is None:
        return "-"
    return f"{r['entries_cpu'] - r['startup_cpu']:.0f} / {r['cpu'] - r['entries_cpu']:.0f}"


def print_workers(results: list[dict[str, Any]], pages: int, concurrency: int) -> None:
    one = results[0]["rate"] if results else 0.0
    print(f"\n{pages} pages, {FEEDS} feeds, PostgreSQL on loopback, {concurrency} job(s) per worker")
    print(
        "| workers | seconds | articles/s | speed-up | worker CPU ms/article (start-up excluded) "
        "| worker CPU s: collect and entries / clustering, briefing, publishing "
        "| SQL statements per article | PostgreSQL CPU ms/article | peak MiB per worker "
        "| worker killed | end state |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        bad = {name: value for name, value in r["state"].items() if value}
        state = "ok" if not bad else ", ".join(f"{name}: {value}" for name, value in bad.items())
        state += f" ({r['articles']} articles, {r['stories']} stories, {r['posts']} posts"
        state += f", {r['retried']} jobs retried)"
        cells = [
            r["workers"],
            f"{r['seconds']:.0f}",
            f"{r['rate']:.1f}",
            f"{r['rate'] / one:.2f}",
            f"{1000 * r['cpu'] / max(1, r['articles']):.0f}"
            f" ({1000 * (r['cpu'] - r['startup_cpu']) / max(1, r['articles']):.0f})",
            split(r),
            f"{r['statements'] / max(1, r['articles']):.1f}" if r["statements"] else "-",
            f"{1000 * r['server_cpu'] / max(1, r['articles']):.1f}" if r.get("server_cpu") else "-",
            f"{r['peak']:.0f}",
            "yes" if r["killed"] else "no",
            state,
        ]
        print("| " + " | ".join(str(cell) for cell in cells) + " |")


def print_task_cpu(results: list[dict[str, Any]]) -> None:
    """Where the workers' job CPU went, per task (--profile only): seconds and share."""
    for r in results:
        cpu = r.get("task_cpu") or {}
        total = sum(seconds for _, seconds in cpu.values())
        if total:
            parts = [
                f"{task} {seconds:.1f} s ({100 * seconds / total:.0f} %, {jobs:.0f} jobs)"
                for task in TASKS
                if task in cpu
                for jobs, seconds in [cpu[task]]
            ]
            print(f"{r['workers']} worker(s), job CPU by task: " + ", ".join(parts))
        articles = max(1, int(r.get("articles") or 0))
        for calls, sql, *ms in r.get("top_statements") or []:
            spent = f"{ms[0]:9.0f} ms" if ms else ""
            print(f"  {calls / articles:6.2f}/article  {calls:7d} {spent}  {sql}")


def print_embedded(rows: list[dict[str, Any]], pages: int) -> None:
    print(f"\nEmbedded default (SQLite, one process), {pages} pages, whole `veilleur run`")
    print("| code | seconds | articles | articles/s | CPU ms/article (start-up included) | posts | exit |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        cells = [
            r["label"],
            f"{r['seconds']:.0f}",
            r["articles"],
            f"{r['rate']:.1f}",
            f"{1000 * r['cpu'] / max(1, r['articles']):.0f}",
            r["posts"],
            r["status"],
        ]
        print("| " + " | ".join(str(cell) for cell in cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pages",
        type=int,
        default=20_000,
        help="pages served; past the corpus's records (12,798), perturbed copies of them",
    )
    parser.add_argument(
        "--distinct",
        type=int,
        help="corpus records read (default: all); the pages past them are copies (a small test of"
        " the copies: --pages 300 --distinct 120)",
    )
    parser.add_argument(
        "--compare-pages", type=int, default=2_000, help="pages of the embedded comparison (0: skip)"
    )
    parser.add_argument("--workers", default="1,2,4", help="worker counts, one fresh run each")
    parser.add_argument(
        "--results",
        type=Path,
        help="JSON lines file: each worker count's result is added to it, and the table shows the"
        " results it already holds for the same --pages too (a run split in parts: --workers 1,2"
        " then --workers 4, the speed-up still against 1 worker)",
    )
    parser.add_argument("--concurrency", type=int, default=1, help="jobs per worker process")
    parser.add_argument("--stall-after", type=float, default=10.0)
    parser.add_argument("--no-kill", action="store_true", help="kill no worker")
    parser.add_argument(
        "--no-restart", action="store_true", help="do not start a new worker in place of the killed one"
    )
    parser.add_argument("--baseline", default=BASELINE, help="git ref of the release compared")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs, sites)")
    parser.add_argument("--profile", type=Path, help="folder for the workers' cProfile files")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    try:  # the workers' packages: a PostgreSQL server was started, then psycopg's import failed
        import procrastinate  # noqa: F401
        import psycopg  # noqa: F401
    except ImportError as exc:
        sys.exit(f"bench/scale.py needs {exc.name}, of the test extra: pip install -e '.[test]'")
    global PROFILE
    if args.profile:
        PROFILE = args.profile.resolve()
        PROFILE.mkdir(parents=True, exist_ok=True)
    corpus = args.shared / "corpus" / "news-dev.jsonl.gz"
    folder = Path(tempfile.mkdtemp(prefix="veilleur-scale-"))
    folder.chmod(0o755)  # the server runs as the postgres user when this runs as root
    pg = folder / "pg"
    global SERVER
    SERVER = pg
    try:
        admin_url = local_postgres.start(pg, settings=f"-c max_connections=200 {counting_settings()}")
        records = load_pages(corpus, max(args.pages, args.compare_pages), args.distinct)
        server = serve(records[: args.pages])
        per_feed = -(-args.pages // FEEDS)
        results = earlier(args.results, args.pages)
        for count in [int(n) for n in args.workers.split(",") if n.strip()]:
            result = run_workers(
                admin_url,
                folder,
                server,
                per_feed,
                args.pages,
                count,
                args.concurrency,
                args.stall_after,
                not args.no_kill,
                not args.no_restart,
            )
            results.append(result)
            if args.results:
                with args.results.open("a", encoding="utf-8") as kept:
                    kept.write(json.dumps({**result, "pages": args.pages}) + "\n")
            print(json.dumps(result), flush=True)
        server.shutdown()
        if results:
            results.sort(key=lambda r: int(r["workers"]))  # the speed-up is against the first: 1 worker
            print_workers(results, args.pages, args.concurrency)
            print_task_cpu(results)
        if args.compare_pages:
            server = serve(records[: args.compare_pages])
            per_feed = -(-args.compare_pages // FEEDS)
            baseline = folder / "baseline"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(baseline), args.baseline],
                check=True,
                capture_output=True,
            )
            try:
                rows = [
                    embedded(folder, server, per_feed, ROOT / "src", "this checkout"),
                    embedded(folder, server, per_feed, baseline / "src", f"release {args.baseline}"),
                ]
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(baseline)],
                    check=False,
                    capture_output=True,
                )
            server.shutdown()
            print_embedded(rows, args.compare_pages)
    finally:
        for conn in _observers.values():
            conn.close()
        local_postgres.stop(pg)
        if args.keep:
            print(f"work folder kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
