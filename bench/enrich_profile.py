"""Where enrichment spends its CPU on the pages of development parts, and which functions grew
between two commits: a slowdown the speed row of bench/intel.py shows is found here.

`--parts tune,check-j1 --out FILE` profiles one first pass of `enrich` (the caches cold, as in
bench/intel.py: models warmed up first) over the parts' pages with the importable veilleur (run
from a worktree with PYTHONPATH=src; another commit's tree for the baseline) and writes the cProfile
statistics (CPU time). `--compare OLD NEW` prints the functions whose cumulative and own CPU grew
most from OLD to NEW, with their calls. Guard parts are refused: their pages are scored, never
profiled. The profiler's overhead inflates Python calls more than C: compare two profiles, never
a profile with bench/intel.py's speed.

Run: python bench/enrich_profile.py --parts tune,check-j1 --out /tmp/new.prof
     python bench/enrich_profile.py --compare /tmp/old.prof /tmp/new.prof [--top 30]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from intel import HELD_OUT, load_labels, load_pages

Totals = dict[tuple[str, str], tuple[int, float, float]]


def profile(parts: list[str], shared: Path, out: Path) -> None:
    from veilleur.batch import batch_document
    from veilleur.enrich import enrich, warm_up
    from veilleur.extract import extract_article

    articles = []
    for part in parts:
        records = load_labels(part, 0)
        pages = load_pages(shared, records)
        for record in records:
            page = pages.get(record.get("url") or record.get("id", ""))
            document, entry, _ = batch_document(page) if page else (None, None, "")
            if document is not None and entry is not None:
                articles.append(extract_article(document, entry))
    warm_up()
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for article in articles:
        enrich(article)
    profiler.disable()
    profiler.dump_stats(out)
    print(f"{len(articles)} articles, {pstats.Stats(profiler).total_tt:.2f} s CPU profiled -> {out}")


def totals(path: Path) -> tuple[Totals, float]:
    """(module, function) → (calls, own seconds, cumulative seconds), and the profile's total."""
    stats = pstats.Stats(str(path))
    found: Totals = {}
    for (file, _, function), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        key = (file.split("/src/")[-1] if "/src/" in file else file.rsplit("/", 1)[-1], function)
        before = found.get(key, (0, 0.0, 0.0))
        found[key] = (before[0] + calls, before[1] + own, before[2] + cumulative)
    return found, float(stats.total_tt)  # type: ignore[attr-defined]


def compare(old: Path, new: Path, top: int) -> None:
    before, before_total = totals(old)
    after, after_total = totals(new)
    print(f"total {before_total:.2f} s -> {after_total:.2f} s ({after_total / max(before_total, 1e-9):.3f}x)")
    empty = (0, 0.0, 0.0)
    keys = set(before) | set(after)
    for title, at in (("cumulative", 2), ("own", 1)):
        print(f"largest growth, {title} CPU:")
        grown = sorted(keys, key=lambda k: after.get(k, empty)[at] - before.get(k, empty)[at], reverse=True)
        for key in grown[:top]:
            a, b = before.get(key, empty), after.get(key, empty)
            grew = f"{b[at] - a[at]:+.3f} s  {a[at]:.3f} -> {b[at]:.3f}"
            print(f"  {grew}  calls {a[0]} -> {b[0]}  {key[0]}:{key[1]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="tune", help="development parts, comma-separated")
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--out", type=Path, default=Path("enrich.prof"))
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare, args.top)
        return 0
    parts = [p for p in args.parts.split(",") if p]
    if guards := [p for p in parts if p in HELD_OUT]:
        parser.error(f"guard parts are scored, never profiled: {', '.join(guards)}")
    corpus = args.shared / "corpus" / "news-dev.jsonl.gz"
    if not corpus.is_file():
        # A clone without ../shared beside it: one line saying what is missing, as every bench does.
        print(f"skipped: {corpus} not found", file=sys.stderr)
        return 0
    profile(parts, args.shared, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
