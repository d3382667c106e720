"""The clustering stage alone on one day of many articles: what `bench/scale.py`'s single
clustering job does once all entries are done.

N records of ../shared/corpus/news-dev.jsonl.gz (about a third of them relevant: the articles
clustering places) are written as Markdown captures into a files source, collected, extracted
and enriched once by `Pipeline` under a simulated clock (every article dated the same day) and
the store kept (`--cache DIR`, per N); each measurement then copies that store and runs
`Pipeline.cluster()` alone, in one process (`cpu_workers = 1`: features and placement both
here), printing its CPU and wall seconds and the stories made. `--placement` then times
`Clusterer.add` alone over the features that run stored, with a digest of its decisions (to
compare two versions of the code on the same articles).

Run: python bench/cluster_day.py --articles 2000,4000 [--cache DIR] [--profile DIR] [--placement]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from daily import DAY, config, cpu, records, write_captures  # noqa: E402


def prepare(folder: Path, shared: Path, count: int) -> None:
    """Captures, settings and a store with the N articles extracted and enriched."""
    from rich.console import Console

    from veilleur.config import load_settings
    from veilleur.pipeline import Pipeline, sync_sources
    from veilleur.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    write_captures(folder / "captures", records(shared, 0, count), "day")
    settings = load_settings(config(folder, 1))
    store = Store(settings.store_url)
    sync_sources(store, settings)
    pipeline = Pipeline(settings, store, console=Console(quiet=True), now=lambda: DAY)
    try:
        pipeline.collect()
        pipeline.fetch()
        pipeline.extract()
        pipeline.enrich()
    finally:
        pipeline.close()
        store.close()


def measure(folder: Path, profile: Path | None) -> dict[str, float | int]:
    """CPU and wall seconds of `Pipeline.cluster()` on the prepared store in `folder`."""
    from rich.console import Console

    import veilleur.cli  # noqa: F401  (the process settings `veilleur run` applies)
    from veilleur.config import load_settings
    from veilleur.pipeline import Pipeline
    from veilleur.store import Store

    settings = load_settings(folder / "veilleur.toml")
    store = Store(settings.store_url)
    pipeline = Pipeline(settings, store, console=Console(quiet=True), now=lambda: DAY)
    clustered = len(store.features.pending())  # the relevant articles: those clustering places
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
    start_cpu, start = cpu(), time.perf_counter()
    if profiler is not None:
        profiler.enable()
    try:
        pipeline.cluster()
    finally:
        if profiler is not None:
            profiler.disable()
        pipeline.close()
    spent, wall = cpu() - start_cpu, time.perf_counter() - start
    if profiler is not None and profile is not None:
        profile.parent.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(profile)
    stories = len(store.stories.all())
    pending = len(store.features.pending())
    store.close()
    return {"cpu": spent, "wall": wall, "clustered": clustered, "stories": stories, "pending": pending}


def placement(clustered: Path) -> dict[str, float | int | str]:
    """CPU seconds of placing the day's articles alone (`Clusterer.add`, features read back from
    the store a measured run left), and a digest of the decisions, to compare two versions."""
    import hashlib
    import sqlite3
    from datetime import date

    from veilleur.cluster.features import decode
    from veilleur.cluster.stories import Clusterer

    with sqlite3.connect(clustered) as conn:
        rows = conn.execute(
            "SELECT f.entry_id, f.day, f.data, f.minhash, f.embedding FROM cluster_features f"
            " JOIN entries e ON e.id = f.entry_id ORDER BY e.post_date, e.id"
        ).fetchall()
    features = [decode(str(i), date.fromisoformat(d), data, m, e) for i, d, data, m, e in rows]
    clusterer = Clusterer()
    digest = hashlib.sha256()
    start = time.process_time()
    with getattr(clusterer, "one_thread", nullcontext)():  # a version without it limits per article
        decisions = [clusterer.add(item) for item in features]
    spent = time.process_time() - start
    for item, decision in zip(features, decisions, strict=True):
        signals = [str(s) for s in decision.signals]
        line = f"{item.id} {decision.story_id} {decision.joined} {decision.score} {signals}\n"
        digest.update(line.encode())
    return {"articles": len(features), "cpu": spent, "digest": digest.hexdigest()[:16]}


def child(args: argparse.Namespace) -> int:
    prepared = Path(args.prepared)
    if not (prepared / "store.db").is_file():
        prepare(prepared, Path(args.shared), args.count)
    with tempfile.TemporaryDirectory(prefix="cluster-day-") as temporary:
        # Stored paths are absolute: the copy is made where the prepared folder was, then moved.
        work = Path(temporary) / "work"
        shutil.copytree(prepared, work, ignore=shutil.ignore_patterns("clustered.db*", "captures"))
        (work / "veilleur.toml").write_text(
            (prepared / "veilleur.toml").read_text(encoding="utf-8").replace(str(prepared), str(work)),
            encoding="utf-8",
        )
        result = measure(work, Path(args.profile) if args.profile else None)
        shutil.copy2(work / "store.db", prepared / "clustered.db")  # its features, for --placement
    print(json.dumps({"articles": args.count, **result}))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--articles", default="2000,4000", help="articles of the day, comma-separated")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "cluster-day")
    parser.add_argument("--profile", type=Path, help="write DIR/cluster-N.prof")
    parser.add_argument("--placement", action="store_true", help="time Clusterer.add alone")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--prepared", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    if args.placement:
        for count in (int(n) for n in args.articles.split(",")):
            print(json.dumps({"records": count, **placement(args.cache / f"day-{count}" / "clustered.db")}))
        return 0
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    print("| records of the day | articles clustered | cluster stage CPU s | wall s ", end="")
    print("| ms CPU / article clustered | stories |")
    print("|---|---|---|---|---|---|")
    for count in (int(n) for n in args.articles.split(",")):
        command = [sys.executable, __file__, "--child", "--count", str(count), "--shared", str(args.shared)]
        command += ["--prepared", str(args.cache / f"day-{count}")]
        if args.profile:
            command += ["--profile", str(args.profile / f"cluster-{count}.prof")]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(done.stderr[-3000:])
        result = json.loads(done.stdout.strip().splitlines()[-1])
        per = 1000 * result["cpu"] / max(1, result["clustered"])
        print(f"| {count} | {result['clustered']} | {result['cpu']:.1f} | {result['wall']:.1f} | ", end="")
        print(f"{per:.1f} | {result['stories']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
