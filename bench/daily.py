"""The cost of one real day after a growing history, next to the previous release, in one run.

The day is 200 records of ../shared/corpus/news-dev.jsonl.gz written as Markdown captures (first
line `URL: …`) into the folder of a files source, collected, extracted, enriched, clustered, briefed
and published by `Pipeline.run` under a simulated clock (`now` injected). Before it, each size gets
a fresh store with 1, 45 or 400 days of history of 200 articles a day:

- the first history day (the day before) is a real run of the pipeline on 200 other records;
- each older day is a copy of every row that run wrote (entries, documents, articles, intel,
  stories, members, briefings, posts, stored clustering features), ids moved, dates moved back
  by whole days, URLs, paths and content hashes made unique, and one word dropped from each
  text — inserted in one transaction.

Only the day itself is measured: CPU (user + system, of the process and of the worker processes
it reaped) and wall time, in a fresh process set up as `veilleur run` sets it up
(`as_veilleur_run`), importing veilleur from bytecode as an installed copy does (`installed_env`,
even where PYTHONDONTWRITEBYTECODE is set); the history is built by a process of its own, so
that every size's day pays the imports and model loads of a daily run, whether its history was
prepared before or not.
Each size runs in its own process, once with this checkout's `src` and once with the previous
release's (a temporary `git worktree` of BASELINE), both in the same run.
Then, on the store of `--idle-days` days (10,000 articles), a run with nothing new is timed, as a
whole `veilleur run` process and in the measuring process (modules already loaded); and a fresh
2,000-record run is timed with one CPU worker and with two.

Run: python bench/daily.py [--sizes 1,45,400] [--baseline e2a4252] [--shared ../shared]
                           [--cache DIR] [--profile DIR] [--idle-days 50] [--big 2000] [--big-runs 1]

`--sizes ''` skips the days, `--idle-days 0` the idle run, `--big 0` the two-worker run: the
2,000-record comparison alone is `python bench/daily.py --sizes '' --idle-days 0 --baseline ''`
(`--big-runs 3` to take the least wall time of three runs of each, in turn).

`--cache DIR` keeps each prepared history (store, site, captures) of this checkout in DIR and
starts from a copy of it next time (the 400-day history takes minutes to build), named by the
clustering features' version and the store's revisions; delete DIR when what a run writes changes
otherwise. `--profile DIR` writes a cProfile of each
measured day to DIR/day-N.prof (wall time of this process, not of its workers; the day's CPU
then carries the profiler's overhead).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BASELINE = "e2a4252"
DAY = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)  # the simulated morning of the measured day
PER_DAY = 200

ID_COLUMNS = {"id", "entry_id", "story_id", "joined_with", "near_duplicate_of", "duplicate_of"}
DATE_COLUMNS = {
    "post_date", "collected_at", "published", "fetched_at", "extracted_at", "enriched_at",
    "briefed_at", "created_at", "updated_at", "first_day", "last_day", "day", "added_at",
}  # fmt: skip
UNIQUE_TEXT = {"canonical_url", "url", "final_url", "path", "local_path", "slug"}
HASHES = {"content_hash", "dedup_key"}
ID_LISTS = {"covers", "members"}
TABLES = [
    "entries", "documents", "articles", "intel", "stories", "story_members",
    "story_briefings", "posts", "cluster_features",
]  # fmt: skip


def records(shared: Path, skip: int, count: int) -> list[dict[str, Any]]:
    corpus = shared / "corpus" / "news-dev.jsonl.gz"
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        usable = (json.loads(line) for line in handle)
        usable = (
            r
            for r in usable
            if (r.get("url") or "").startswith("http") and len(r.get("markdown") or "") > 500
        )
        return list(itertools.islice(usable, skip, skip + count))


def write_captures(folder: Path, batch: list[dict[str, Any]], prefix: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, record in enumerate(batch):
        text = f"URL: {record['url']}\n\n# {record.get('title') or ''}\n\n{record['markdown']}"
        (folder / f"{prefix}-{number:05d}.md").write_text(text, encoding="utf-8")


def config(folder: Path, workers: int | None = None) -> Path:
    site = folder / "site"
    lines = [
        f'store_url = "sqlite:///{folder / "store.db"}"',
        "catalogue = false",
        "[publish]",
        f'out_dir = "{site}"',
        "git_commit = false",
    ]
    if workers is not None:
        lines += ["[limits]", f"cpu_workers = {workers}"]
    lines += [
        "[[sources]]",
        'name = "captures"',
        'kind = "files"',
        f'url = "{folder / "captures"}"',
        'tag = "veille"',
    ]
    path = folder / "veilleur.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def as_veilleur_run() -> None:
    """This process as `veilleur run` sets it up: importing the command line applies its process
    settings (since 4bcdcb1 the garbage collector's threshold, 10,000 new objects instead of
    700). Not measured; a release without them is measured as it ran."""
    import importlib
    import importlib.util

    if importlib.util.find_spec("veilleur.cli") is not None:
        importlib.import_module("veilleur.cli")


def run_day(
    config_path: Path, now: datetime, profile: Path | None = None
) -> tuple[float, float, dict[str, int]]:
    """(CPU s, wall s, row counts) of one `Pipeline.run` at `now`, in this process; with
    `profile`, the run's cProfile statistics are written there."""
    from rich.console import Console

    from veilleur.config import load_settings
    from veilleur.pipeline import Pipeline, sync_sources
    from veilleur.store import Store

    as_veilleur_run()

    settings = load_settings(config_path)
    start_cpu, start = cpu(), time.perf_counter()
    store = Store(settings.store_url)
    sync_sources(store, settings)
    pipeline = Pipeline(settings, store, console=Console(quiet=True), now=lambda: now)
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    try:
        pipeline.run()
    finally:
        pipeline.close()
        if profiler is not None:
            profiler.disable()
            profile.parent.mkdir(parents=True, exist_ok=True)
            profiler.dump_stats(profile)
    spent, wall = cpu() - start_cpu, time.perf_counter() - start
    counts = store.counts()
    store.close()
    return spent, wall, counts


def _shift(value: str, days: int) -> str:
    if len(value) == 10:
        return (date.fromisoformat(value) - timedelta(days=days)).isoformat()
    return (datetime.fromisoformat(value) - timedelta(days=days)).isoformat()


def _drop_word(text: str, k: int) -> str:
    words = text.split(" ")
    if len(words) < 3:
        return text
    del words[k % len(words)]
    return " ".join(words)


def copy_row(row: dict[str, Any], k: int, offset: int) -> dict[str, Any]:
    out = dict(row)
    for name, value in row.items():
        if value is None:
            continue
        if name in ID_COLUMNS and isinstance(value, int):
            out[name] = value + offset
        elif name in DATE_COLUMNS and isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\d", value):
            out[name] = _shift(value, k)
        elif name in UNIQUE_TEXT and isinstance(value, str) and value:
            out[name] = f"{value}#h{k}" if "://" in value else f"{value}.h{k}"
        elif name in HASHES and isinstance(value, str):
            out[name] = hashlib.sha256(f"{value}:{k}".encode()).hexdigest()
        elif name in ID_LISTS and isinstance(value, str) and value.startswith("["):
            out[name] = json.dumps(
                [item + offset if isinstance(item, int) else item for item in json.loads(value)]
            )
        elif name == "text" and isinstance(value, str):
            out[name] = _drop_word(value, k)
    return out


def seed_history(store_url: str, days: int) -> int:
    """Copy the rows of the first history day `days - 1` times, each copy a day older."""
    from sqlalchemy import MetaData, create_engine, insert, select

    engine = create_engine(store_url)
    meta = MetaData()
    meta.reflect(engine)
    tables = [meta.tables[name] for name in TABLES if name in meta.tables]
    with engine.begin() as conn:
        template = {t.name: [dict(r) for r in conn.execute(select(t)).mappings()] for t in tables}
        offset_unit = 10 ** len(str(max((r["id"] for r in template["entries"]), default=1) * 10))
        for k in range(1, days):
            for table in tables:
                rows = [copy_row(row, k, k * offset_unit) for row in template[table.name]]
                if rows:
                    conn.execute(insert(table), rows)
    engine.dispose()
    return sum(len(rows) for rows in template.values())


def warm_register(store_url: str) -> None:
    """Build the incident register once, as the last history day's run did: a release that keeps
    what it built reads it back in the measured day instead of rebuilding it (not measured)."""
    from veilleur.publishing.register import build_incidents
    from veilleur.store import Store

    store = Store(store_url)
    build_incidents(store)
    store.close()


def schema_version(path: Path) -> int:
    """The store's schema number: its Alembic revision, or the count of a release before Alembic."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" in tables:
            return int(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
        return int(conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0)


def latest_schema() -> int:
    from veilleur.store.migrations import head, version

    return version(head())


def child(args: argparse.Namespace) -> int:
    """One size in this process: history, then the measured day; prints one JSON line."""
    folder = Path(args.workdir)
    folder.mkdir(parents=True, exist_ok=True)
    path = config(folder, args.workers)
    shared = Path(args.shared)
    prepared = Path(args.prepared) if args.prepared else None
    if args.prepare_only:  # the history alone, kept in `prepared` for the measuring process
        assert prepared is not None and args.days
        write_captures(folder / "captures", records(shared, PER_DAY, PER_DAY), "history")
        run_day(path, DAY - timedelta(days=1))
        seed_history(f"sqlite:///{folder / 'store.db'}", args.days)
        warm_register(f"sqlite:///{folder / 'store.db'}")
        shutil.copytree(folder, prepared)
        return 0
    if args.days:  # the history `--prepare-only` built, in a process of its own
        if prepared is None or not prepared.is_dir():
            raise SystemExit("no prepared history: run with --prepare-only first")
        shutil.copytree(prepared, folder, dirs_exist_ok=True)
        path = config(folder, args.workers)  # the prepared copy's settings have no worker count
        if schema_version(folder / "store.db") < latest_schema():  # migrated and warmed once, kept
            warm_register(f"sqlite:///{folder / 'store.db'}")
            shutil.copy2(folder / "store.db", prepared / "store.db")
    write_captures(folder / "captures", records(shared, 0, args.articles), "day")
    profile = Path(args.profile) / f"day-{args.days}.prof" if args.profile else None
    spent, wall, counts = run_day(path, DAY, profile)
    result = {"days": args.days, "cpu": spent, "wall": wall, "counts": counts}
    if args.idle:  # the same run again: nothing new (in this process, its modules loaded)
        result["idle_cpu"], result["idle_wall"], _ = run_day(path, DAY + timedelta(hours=1))
    print(json.dumps(result))
    return 0


def measure(
    src: Path,
    days: int,
    shared: Path,
    articles: int = PER_DAY,
    workers: int | None = None,
    idle_days: int = 50,
    cache: Path | None = None,
    profile: Path | None = None,
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="daily-") as temporary:
        folder = str(Path(temporary) / "work")
        prepared = Path(temporary) / "prepared"
        command = [sys.executable, str(Path(__file__).resolve()), "--child", "--days", str(days)]
        if cache is not None and src == ROOT / "src" and days:
            # Stored paths (captures, site) are absolute: a prepared history is used in place.
            folder = str(cache / f"work-{days}")
            shutil.rmtree(folder, ignore_errors=True)
            prepared = cache / f"prepared-{days}-{cache_key(src)}"
        if days:
            command += ["--prepared", str(prepared)]
        if profile is not None:
            command += ["--profile", str(profile)]
        command += ["--workdir", folder, "--shared", str(shared), "--articles", str(articles)]
        command += ["--idle-days", str(idle_days)]
        if workers is not None:
            command += ["--workers", str(workers)]
        env = installed_env(src, cache)
        if days and not prepared.is_dir():
            # The history is built by a process of its own: the measured day always runs in a
            # fresh process, as a daily `veilleur run` does. Run after the history in the same
            # process, it found the models loaded and the modules imported (1.2 to 1.4 s of CPU
            # less), so that a size whose history was prepared before looked dearer.
            done = subprocess.run([*command, "--prepare-only"], env=env, capture_output=True, text=True)
            if done.returncode:
                raise RuntimeError(f"{src} days={days}: {done.stderr[-3000:]}")
            shutil.rmtree(folder, ignore_errors=True)
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"{src} days={days}: {done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        if days == -1:
            result["idle"] = idle_run(src, Path(folder))
        return result


def installed_env(src: Path, cache: Path | None) -> dict[str, str]:
    """The environment of a process importing veilleur from `src` as an installed copy does: from
    its modules' bytecode (pip compiles it at install; an editable checkout writes it at its first
    import), not compiled from source at every start, as it is when the environment sets
    PYTHONDONTWRITEBYTECODE (about 130 modules, 0.1 to 0.2 s of a day's CPU). The bytecode is
    written once by `compileall`, not measured, under `cache` (or the system's temporary folder),
    outside the checkout."""
    folder = (cache or Path(tempfile.gettempdir())) / "veilleur-bytecode"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(src), PYTHONPYCACHEPREFIX=str(folder))
    command = [sys.executable, "-m", "compileall", "-q", str(src)]
    subprocess.run(command, env=env, check=True, capture_output=True)  # up to date: only checked
    return env


def cache_key(src: Path) -> str:
    """What makes a prepared history stale: the clustering features' version (older stored
    features are computed again at every run) and the store's migrations."""
    features = (src / "veilleur" / "cluster" / "features.py").read_text(encoding="utf-8")
    version = re.search(r"^VERSION = (\d+)", features, re.M)
    revisions = sorted(path.name for path in (src / "veilleur" / "store").rglob("r[0-9]*_*.py"))
    return f"f{version.group(1) if version else 0}-r{len(revisions)}"


def idle_run(src: Path, folder: Path) -> tuple[float, float]:
    """(wall s, CPU s) of a whole `veilleur run` process with nothing new: on a loaded machine
    the wall time carries the load, the CPU time much less."""
    env = {**installed_env(src, None), "VEILLEUR_NOW": DAY.isoformat()}
    command = [sys.executable, "-m", "veilleur", "--config", str(folder / "veilleur.toml"), "run"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=False)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sizes", default="1,45,400", help="days of history before the measured day")
    parser.add_argument("--idle-days", type=int, default=50, help="history of the idle run (200 a day)")
    parser.add_argument(
        "--big", type=int, default=2000, help="articles of the one- vs two-worker run (0: skip)"
    )
    parser.add_argument("--big-runs", type=int, default=1, help="runs of each worker count (least wall kept)")
    parser.add_argument("--baseline", default=BASELINE, help="commit of the previous release ('' to skip)")
    parser.add_argument("--cache", type=Path, help="keep prepared histories of this checkout here")
    parser.add_argument("--profile", type=Path, help="write a cProfile of each measured day here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--prepared", help=argparse.SUPPRESS)
    parser.add_argument("--prepare-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--days", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    parser.add_argument("--articles", type=int, default=PER_DAY, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        args.idle = args.days == -1
        args.days = max(args.days, 0) if args.days != -1 else args.idle_days
        return child(args)
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    with tempfile.TemporaryDirectory(prefix="baseline-") as checkout:
        releases = {"this checkout": ROOT / "src"}
        if args.baseline:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", checkout, args.baseline],
                           check=True, capture_output=True)  # fmt: skip
            releases = {f"previous ({args.baseline})": Path(checkout) / "src", **releases}
        try:
            report(releases, sizes, args)
        finally:
            if args.baseline:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", checkout], check=False
                )
    return 0


def report(releases: dict[str, Path], sizes: list[int], args: argparse.Namespace) -> None:
    if sizes:
        days_table(releases, sizes, args)
    if args.idle_days:
        idle_table(releases, args)
    if args.big:
        big_table(args)


def days_table(releases: dict[str, Path], sizes: list[int], args: argparse.Namespace) -> None:
    print(f"one day of {PER_DAY} records of news-dev.jsonl.gz after N days of {PER_DAY} articles")
    print(
        "| release | days of history | stored articles | CPU s of the day | wall s | ms CPU / article |",
        end="",
    )
    print(" vs day 1 |")
    print("|---|---|---|---|---|---|---|")
    for name, src in releases.items():
        first = None
        for days in sizes:
            profile = args.profile if src == ROOT / "src" else None
            result = measure(src, days, args.shared, cache=args.cache, profile=profile)
            first = first or result["cpu"]
            stored = result["counts"].get("articles", 0)
            per_article = 1000 * result["cpu"] / PER_DAY
            print(f"| {name} | {days} | {stored} | {result['cpu']:.2f} | {result['wall']:.2f} | ", end="")
            print(f"{per_article:.1f} | {result['cpu'] / first:.2f} |", flush=True)


def idle_table(releases: dict[str, Path], args: argparse.Namespace) -> None:
    print(f"\nrun with nothing new on {args.idle_days * PER_DAY} stored articles")
    print("| release | whole process: wall s | its CPU s |", end="")
    print(" the run alone (modules loaded): wall s | its CPU s |")
    print("|---|---|---|---|---|")
    for name, src in releases.items():
        result = measure(src, -1, args.shared, idle_days=args.idle_days, cache=args.cache)
        alone = f"{result['idle_wall']:.2f} | {result['idle_cpu']:.2f}"
        whole = f"{result['idle'][0]:.2f} | {result['idle'][1]:.2f}"
        print(f"| {name} | {whole} | {alone} |", flush=True)


def big_table(args: argparse.Namespace) -> None:
    """One and two CPU workers on `--big` records, `--big-runs` times each, taken in turn; the
    least wall time of each is compared (on a shared machine, the run least slowed by others)."""
    src = ROOT / "src"
    runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    for _ in range(max(1, args.big_runs)):
        for workers in (1, 2):
            runs[workers].append(measure(src, 0, args.shared, args.big, workers=workers))
    one = min(runs[1], key=lambda result: float(result["wall"]))
    print(f"\n{args.big} records on a fresh store, this checkout (least wall of {len(runs[1])} run(s))")
    print("| CPU workers | wall s | CPU s | wall vs one | every run's wall s |")
    print("|---|---|---|---|---|")
    for workers, results in runs.items():
        best = min(results, key=lambda result: float(result["wall"]))
        walls = ", ".join(f"{result['wall']:.1f}" for result in results)
        ratio = best["wall"] / one["wall"]
        print(f"| {workers} | {best['wall']:.1f} | {best['cpu']:.1f} | {ratio:.2f} | {walls} |")


if __name__ == "__main__":
    raise SystemExit(main())
