"""Where a fresh run's CPU goes, stage by stage, with one CPU worker and with two.

The records of ../shared/corpus/news-dev.jsonl.gz that bench/daily.py uses, written as Markdown
captures into a files source, run through `Pipeline`'s stages one at a time under a simulated
clock, on a fresh store, each worker count in its own process. For each stage: CPU seconds of all
processes (the main one and the worker processes it reaped) and of the main process alone. On a
shared machine wall times follow the other jobs' load; the estimate for two idle cores takes, for
each stage, the longer of the main process's CPU and half the stage's CPU (the workers' part runs
on both cores, the main process's part cannot be shortened).

Run: python bench/cores.py [--articles 2000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import daily  # noqa: E402  (the same records, captures and configuration as the daily bench)

# Each stage and the runner's method that runs it alone (`brief` was renamed `cluster_then_brief`,
# which clusters first: the brief stage alone is `brief_pending`; tests/test_bench_imports.py).
STAGES = {
    "collect": "collect",
    "fetch": "fetch",
    "extract": "extract",
    "enrich": "enrich",
    "cluster": "cluster",
    "brief": "brief_pending",
    "publish": "publish",
}


def _own() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(articles: int, workers: int, shared: Path) -> dict[str, list[float]]:
    """{stage: [CPU s of all processes, CPU s of the main one, wall s]} of one fresh run."""
    from rich.console import Console

    from veilleur.config import load_settings
    from veilleur.pipeline import Pipeline, sync_sources
    from veilleur.store import Store

    daily.as_veilleur_run()
    with tempfile.TemporaryDirectory(prefix="cores-") as name:
        folder = Path(name)
        path = daily.config(folder, workers)
        daily.write_captures(folder / "captures", daily.records(shared, 0, articles), "day")
        settings = load_settings(path)
        store = Store(settings.store_url)
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store, console=Console(quiet=True), now=lambda: daily.DAY)
        out = {}
        try:
            for stage in STAGES:
                cpu, own, wall = daily.cpu(), _own(), time.perf_counter()
                getattr(pipeline, STAGES[stage])()
                out[stage] = [daily.cpu() - cpu, _own() - own, time.perf_counter() - wall]
        finally:
            pipeline.close()
            store.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.articles, args.child, args.shared)))
        return 0
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    runs = {}
    for workers in (1, 2):
        command = [sys.executable, __file__, "--child", str(workers), "--articles", str(args.articles)]
        command += ["--shared", str(args.shared)]
        env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        runs[workers] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{args.articles} records, fresh store: CPU s by stage")
    print("| stage | one worker: CPU s | two workers: CPU s | of which main | two idle cores: wall s |")
    print("|---|---|---|---|---|")
    totals = [0.0, 0.0, 0.0, 0.0]
    for stage in STAGES:
        one, two = runs[1][stage], runs[2][stage]
        ideal = max(two[1], two[0] / 2)
        for index, value in enumerate((one[0], two[0], two[1], ideal)):
            totals[index] += value
        print(f"| {stage} | {one[0]:.1f} | {two[0]:.1f} | {two[1]:.1f} | {ideal:.1f} |")
    one_cpu, two_cpu, main_cpu, ideal = totals
    print(f"| the run | {one_cpu:.1f} | {two_cpu:.1f} | {main_cpu:.1f} | ", end="")
    print(f"{ideal:.1f} ({ideal / one_cpu:.2f}×) |")
    walls = [sum(run[stage][2] for stage in STAGES) for run in (runs[1], runs[2])]
    print(f"measured wall s (load of this machine included): one worker {walls[0]:.1f}, two {walls[1]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
