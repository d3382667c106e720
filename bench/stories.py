"""Same-story clustering on real pages (bench/data/stories, GUIDE.md), next to the method of
another commit measured in the same run, and its cost at scale.

1. Quality. The labelled pages (tune and aside: 383 groups of news-dev pages from different outlets,
   131 hard negative pairs, 76 French-post/English-page groups) mixed with `--distractors` other news-dev
   pages of the same days, in day order, go through what the pipeline runs: the batch document of
   a markdown capture, `extract_article`, `enrich`, features, the clusterer. Figures per part
   (`tune`, `aside`, `dev`, `dev2`, `dev3`, `dev4`): pairwise precision/recall/F1 over the groups'
   pairs (pairs across two groups and hard negatives count as different; pairs with an unlabelled page are
   not scored), hard negatives kept apart, French/English pair recall and French/English negatives kept apart.
   The baseline is the same scoring run on the code of `--baseline-ref` (default: the commit
   before this work) from a temporary `git worktree`, each method in its own process; a commit
   without `features_for` is driven through its `features_of(id, day, title, text, source)`.
2. Scale. `--scale` articles made of news-dev records (title and up to 3,000 characters,
   perturbed copies: one word dropped) at 200 a day in one process: features (embedding included)
   computed once per article, then clustered. One row per `--slice` articles of history: features
   and clustering CPU ms per article of that slice, resident memory at its end and peak memory
   during it (the peak is reset at each slice), and the slice's cost per article relative to the
   first slice — the cost at 100k articles of history against the cost at 10k, in the same run.
   Features depend on an article's own text, not on the history: `--described N` computes them
   for the first N articles only (default 10,000; 0 for all) and later articles reuse them under
   their own id and day, their features cost counted as the measured mean. The baseline's table
   follows, the same articles run on its code (unless `--no-baseline`).

   The parts `dev` (hard negatives of the kinds once joined by mistake), `dev2` (drawn without the
   method's help), `dev3` (drawn the same way, mostly hard negatives), `dev4` and `dev5` (first-sight
   checks, drawn as dev3 was) are each clustered in a stream of their own: their pages and distractors
   of their days (`stories_data.stream`). `dev4a`/`dev4b` and `dev5a`/`dev5b` are halves
   (`stories_data.half`) scored on their part's stream; `--errors` lists dev4a's and dev5a's errors
   and refuses aside, dev4b and dev5b (kept aside, scored only) and dev4 and dev5 as wholes.

Run: python bench/stories.py [--shared ../shared]
     [--part tune|aside|dev|dev2|dev3|dev4|dev4a|dev4b|dev5|dev5a|dev5b|both|none]
     [--distractors N] [--baseline-ref COMMIT | --no-baseline]
     [--scale 100000 --slice 10000 --described 10000 | --scale 0]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import gzip
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
BASELINE_REF = "22c6a41"  # the last commit before issue 12's grouping work
PER_DAY = 200
BATCH = 64
# Parts whose errors are never listed (dev4 holds dev4b, dev5 holds dev5b); dev5a is read from the
# session after its first-sight scoring, dev5b stays a guard scored only.
UNREAD = ("aside", "dev4b", "dev4", "dev5", "dev5b")
PARTS = ("tune", "aside", "dev", "dev2", "dev3", "dev4", "dev4a", "dev4b", "dev5", "dev5a", "dev5b")


def cluster_stream(path: Path) -> dict[str, Any]:
    """Cluster the batch records of `path` with the importable veilleur; story per id, timings."""
    # veilleur.cluster imports nothing itself (start-up cost): the modules are named.
    from veilleur.cluster import features as described
    from veilleur.cluster.stories import Clusterer

    try:
        from veilleur.batch import batch_document
    except ImportError:  # a baseline commit from before veilleur/batch.py
        from veilleur.cli import batch_document  # type: ignore[attr-defined,no-redef]
    from veilleur.enrich import enrich
    from veilleur.extract import extract_article

    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    start = time.process_time()
    clusterer = Clusterer()
    story: dict[str, str] = {}
    new_api = hasattr(described, "features_for")
    for offset in range(0, len(records), BATCH):
        chunk = records[offset : offset + BATCH]
        articles = []
        for record in chunk:
            document, entry, _ = batch_document(record)
            articles.append(extract_article(document, entry))
        days = [date.fromisoformat(r["day"]) for r in chunk]
        if new_api:
            inputs = [
                described.Input(r["id"], day, a.title, a.text, r["source"], enrich(a), headline=r["title"])
                for r, day, a in zip(chunk, days, articles, strict=True)
            ]
            features = described.features_for(inputs)
        else:
            features = [
                described.features_of(r["id"], day, a.title, a.text, r["source"])
                for r, day, a in zip(chunk, days, articles, strict=True)
            ]
        for record, one in zip(chunk, features, strict=True):
            story[record["id"]] = clusterer.add(one).story_id
    seconds = time.process_time() - start
    return {"story": story, "ms": seconds / max(1, len(records)) * 1000}


def run_worker(src: Path, stream_path: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src), "OPENBLAS_NUM_THREADS": "1"}
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(stream_path)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"clustering with {src} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@contextlib.contextmanager
def baseline_tree(ref: str) -> Iterator[Path]:
    """The code of commit `ref`, checked out in a temporary worktree while the block runs."""
    with tempfile.TemporaryDirectory(prefix="veilleur-baseline-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), ref], check=True
        )
        try:
            yield tree
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def baseline(ref: str, stream_path: Path) -> dict[str, Any]:
    """The same clustering on the code of commit `ref`, checked out in a temporary worktree."""
    with baseline_tree(ref) as tree:
        return run_worker(tree / "src", stream_path)


def quality(shared: Path, parts: list[str], distractors: int, ref: str | None, show: bool = False) -> None:
    """Score `parts`; parts of one stream (STREAMS: tune and aside, dev, dev2, dev3, dev4 and its
    halves) are clustered together.
    `show`: list this method's wrong joins and splits of each part but those kept aside (`UNREAD`,
    never read while tuning)."""
    from stories_data import STREAMS, misses

    for together in STREAMS:
        chosen = [part for part in parts if part in together]
        if chosen:
            titles: dict[str, str] = {}
            systems = cluster_parts(shared, together, distractors, ref, titles)
            print_quality(systems, chosen)
            for part in chosen if show else []:
                if part not in UNREAD:
                    print(f"\n{part}, what {systems[0][0]} joins and splits:")
                    print("\n".join(misses(systems[0][1]["story"], part, titles)))


def cluster_parts(
    shared: Path, together: tuple[str, ...], distractors: int, ref: str | None, titles: dict[str, str]
) -> list[tuple[str, dict[str, Any]]]:
    """Each method's clustering of the stream of `together`; fills `titles` (page id → day,
    outlet and headline)."""
    from stories_data import stream

    with tempfile.TemporaryDirectory(prefix="veilleur-stories-") as tmp:
        path = Path(tmp) / "stream.jsonl"
        records = stream(shared, distractors, together)
        titles.update((r["id"], f"{r['day']} {r['source']}: {r['title'][:90]}") for r in records)
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        parts = "/".join(together)
        print(f"{len(records)} pages of {parts} ({distractors} unlabelled pages of the same days among them)")
        systems = [("veilleur", run_worker(ROOT / "src", path))]
        if ref:
            try:
                systems.append((f"baseline {ref}", baseline(ref, path)))
            except (RuntimeError, subprocess.CalledProcessError) as error:
                # The figures of this method are not lost to a baseline that cannot run.
                print(f"baseline {ref} failed: {str(error)[-500:]}", file=sys.stderr)
    return systems


def print_quality(systems: list[tuple[str, dict[str, Any]]], parts: list[str]) -> None:
    from stories_data import score

    print(
        "\n| part | method | precision | recall | F1 | hard negatives apart | FR/EN pair recall "
        "| FR/EN negatives apart | ms / page |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for part, (name, result) in itertools.product(parts, systems):
        r = score(result["story"], part)
        print(
            f"| {part} | {name} | {r['precision']:.3f} | {r['recall']:.3f} | **{r['f1']:.3f}** "
            f"| {r['negatives_apart']:.3f} (of {r['negatives']}) | {r['cross_recall']:.3f} "
            f"(of {r['cross_pairs']}) | {r['cross_negatives_apart']:.3f} (of {r['cross_negatives']}) "
            f"| {result['ms']:.1f} |",
            flush=True,
        )


def _memory() -> tuple[float, float]:
    """(resident MiB now, peak resident MiB since the last `_reset_peak`) from /proc (Linux)."""
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _reset_peak() -> None:
    # Writing 5 to clear_refs resets the peak resident size (VmHWM) to the current one, so each
    # slice's peak is its own and not the high-water mark of the whole run.
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")


def scale_run(shared: Path, size: int, slice_size: int, described: int) -> Iterator[str]:
    """Describe and cluster `size` articles in this process at 200 a day; one tab-separated row
    per `slice_size` articles: articles so far, articles described in the slice, CPU s of their
    features, CPU s of clustering the slice, resident MiB at its end, peak MiB during it.

    Features are computed for the first `described` articles (all when 0): an article's
    features depend on its own text only, never on the history, so past that point each article
    reuses the features of article n mod `described` under its own id and day, and what is
    measured against the history is what depends on it — clustering and memory."""
    from veilleur.cluster import features as module
    from veilleur.cluster.stories import Clusterer

    def features_for(items: list[tuple[str, date, str, str, str]]) -> list[Any]:
        if hasattr(module, "features_for"):
            return list(module.features_for([module.Input(*item) for item in items]))
        # A baseline commit from before `features_for`: its `features_of(id, day, title, text, source)`.
        return [module.features_of(*item) for item in items]

    described = described or size
    with gzip.open(shared / "corpus" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        base = [
            ((r.get("title") or ""), (r.get("markdown") or "")[:3000], (r.get("feed_name") or ""))
            for r in map(json.loads, itertools.islice(lines, 3000))
        ]
    rng = random.Random(7)

    def day_of(n: int) -> date:
        # A steady 200 articles a day: more articles means more days, not a wider window.
        return date(2026, 1, 1) + timedelta(days=n // PER_DAY)

    def articles() -> Iterator[tuple[str, date, str, str, str]]:
        # Generated one at a time: holding 100k texts would dwarf what is being measured.
        for n in range(min(size, described)):
            title, text, source = base[n % len(base)]
            words = text.split()
            if n >= len(base) and words:  # a perturbed copy: one word dropped
                del words[rng.randrange(len(words))]
            yield (f"a{n}", day_of(n), title, " ".join(words), source)

    # The model's and the name lists' one-time load, not counted in the first slice.
    features_for([("warm", date(2026, 1, 1), *base[0])])
    clusterer = Clusterer()
    stream = articles()
    kept: list[Any] = []  # the described articles' features, when later ones reuse them
    done = 0
    while done < size:
        gc.collect()
        _reset_peak()
        describing = clustering = 0.0
        new = 0
        end = min(size, done + slice_size)
        while done < end:
            begin = time.process_time()
            if done < described:
                chunk = list(itertools.islice(stream, min(BATCH, end - done, described - done)))
                batch = features_for(chunk)
                new += len(batch)
                if described < size:
                    kept.extend(batch)
            else:
                batch = [
                    dataclasses.replace(kept[n % described], id=f"a{n}", day=day_of(n))
                    for n in range(done, min(end, done + BATCH))
                ]
            middle = time.process_time()
            for features in batch:
                clusterer.add(features)
            describing += middle - begin
            clustering += time.process_time() - middle
            done += len(batch)
        gc.collect()
        resident, peak = _memory()
        yield f"{done}\t{new}\t{describing:.2f}\t{clustering:.2f}\t{resident:.1f}\t{peak:.1f}"


def scale(
    shared: Path, size: int, slice_size: int, described: int, src: Path = ROOT / "src", name: str = "veilleur"
) -> None:
    """One process, `size` articles, clustered by the code of `src` (`name`: the method); per
    slice of the history: its cost per article and the process's memory, so that the cost at 100k
    articles is read against the cost at 10k in the same run, and memory growth with history shows
    as a trend rather than as one peak."""
    described = min(described or size, size)
    print(
        f"\n{name}: {size:,} articles at {PER_DAY} a day, one process, one core; each row is the last "
        f"{slice_size:,} articles of the history; features computed for the first {described:,} "
        "(later rows: their mean cost per article, marked *)\n\n| history | features ms / article "
        "| clustering ms / article | ms / article | resident MiB at end | peak MiB in slice "
        "| cost per article vs first |\n|---|---|---|---|---|---|---|"
    )
    env = {**os.environ, "PYTHONPATH": str(src), "OPENBLAS_NUM_THREADS": "1"}
    command = [sys.executable, __file__, "--shared", str(shared), "--scale-run", str(size)]
    command += ["--slice", str(slice_size), "--described", str(described)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as worker:
        assert worker.stdout is not None
        first = 0.0
        previous = 0
        features_seconds = features_count = 0.0
        for line in worker.stdout:
            done, new, describing, clustering, resident, peak = line.strip().split("\t")
            count = int(done) - previous
            previous = int(done)
            features_seconds += float(describing)
            features_count += int(new)
            if int(new) == count:
                feature_ms, mark = float(describing) / count * 1000, ""
            else:  # reused features: the described articles' mean cost stands for them
                feature_ms, mark = features_seconds / max(1, features_count) * 1000, "*"
            cluster_ms = float(clustering) / count * 1000
            total = feature_ms + cluster_ms
            first = first or total
            print(
                f"| {int(done):,} | {feature_ms:.2f}{mark} | {cluster_ms:.3f} | {total:.2f} | {resident} "
                f"| {peak} | {total / first:.2f} |",
                flush=True,
            )
    if worker.returncode:
        raise RuntimeError(f"scale run failed ({worker.returncode})")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument(
        "--part",
        choices=[*PARTS, "both", "none"],
        default="both",
    )
    parser.add_argument("--distractors", type=int, default=2000, help="unlabelled pages mixed in (≥ 1500)")
    parser.add_argument("--baseline-ref", default=BASELINE_REF)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--errors",
        "--misses",
        dest="misses",
        action="store_true",
        help="list wrong joins and splits (tune, dev, dev2, dev3 and dev4a parts only)",
    )
    parser.add_argument("--scale", type=int, default=100_000, help="articles of history (0 to skip)")
    parser.add_argument("--slice", type=int, default=10_000, help="articles per row of the scale table")
    parser.add_argument(
        "--described", type=int, default=10_000, help="articles whose features are computed (0: all)"
    )
    parser.add_argument("--scale-run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(cluster_stream(args.worker)))
        return 0
    if args.scale_run:
        for row in scale_run(args.shared, args.scale_run, args.slice, args.described):
            print(row, flush=True)
        return 0
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    if args.misses and args.part in UNREAD:
        parser.error(f"--errors lists no error of {args.part}: it is kept aside, scored only")
    parts = {"both": ["tune", "aside"], "none": []}.get(args.part, [args.part])
    if parts:
        ref = None if args.no_baseline else args.baseline_ref
        quality(args.shared, parts, args.distractors, ref, args.misses)
    if args.scale:
        scale(args.shared, args.scale, args.slice, args.described)
        if not args.no_baseline:
            with baseline_tree(args.baseline_ref) as tree:
                scale(
                    args.shared,
                    args.scale,
                    args.slice,
                    args.described,
                    tree / "src",
                    f"baseline {args.baseline_ref}",
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
