"""Same-story clustering on ../shared/corpus/same-story-dev.jsonl, next to a title-similarity
baseline measured in the same run, and its cost at scale.

Every post of ../shared/format/posts.jsonl (title and body as the article) goes through the
clusterer in date order; the labelled pairs then say how it did: pairwise precision, recall and F1
over the pairs of the 199 "same" groups and the 83 hard "different" pairs, and the share of hard
negatives kept apart. Baseline: two posts within 3 days are the same story when their titles'
word sets have a Jaccard similarity of at least 0.5 (single linkage).

Scale: time and peak memory to cluster 10k and 100k articles made of news-dev records repeated with
perturbed copies (a word dropped, days shifted), to check the cost grows linearly.

Run: python bench/stories.py [--shared ../shared] [--scale 10000,100000]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from veilleur.cluster import Clusterer, features_of

HERE = Path(__file__).resolve().parent
PER_DAY = 200


def load_posts(shared: Path) -> list[dict[str, str]]:
    with (shared / "format" / "posts.jsonl").open(encoding="utf-8") as stream:
        posts = [json.loads(line) for line in stream]
    return sorted((p for p in posts if p.get("status") == "ok"), key=lambda p: (p["date"], p["file"]))


def ours(posts: list[dict[str, str]]) -> dict[str, str]:
    clusterer = Clusterer()
    story = {}
    for post in posts:
        features = features_of(
            post["file"],
            date.fromisoformat(post["date"]),
            post["title"],
            post["body_markdown"],
            post.get("source_domain", ""),
        )
        story[post["file"]] = clusterer.add(features).story_id
    return story


def baseline(posts: list[dict[str, str]]) -> dict[str, str]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    words = {p["file"]: set(re.findall(r"\w+", p["title"].lower())) for p in posts}
    days = {p["file"]: date.fromisoformat(p["date"]) for p in posts}
    for i, a in enumerate(posts):
        find(a["file"])
        for b in posts[i + 1 :]:
            if (days[b["file"]] - days[a["file"]]).days > 3:
                break
            wa, wb = words[a["file"]], words[b["file"]]
            if wa and wb and len(wa & wb) / len(wa | wb) >= 0.5:
                parent[find(a["file"])] = find(b["file"])
    return {f: find(f) for f in words}


def evaluate(story: dict[str, str], labels: list[dict[str, object]]) -> str:
    tp = fn = fp = tn = 0
    for record in labels:
        files = [f for f in record["posts"] if f in story]  # type: ignore[union-attr]
        for a, b in itertools.combinations(files, 2):
            same = story[a] == story[b]
            if record["label"] == "same":
                tp, fn = tp + same, fn + (not same)
            else:
                fp, tn = fp + same, tn + (not same)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    apart = tn / (tn + fp) if tn + fp else 0.0
    return f"{precision:.3f} | {recall:.3f} | **{f1:.3f}** | {apart:.3f} ({tn}/{tn + fp})"


def scale_once(shared: Path, size: int) -> str:
    """Cluster `size` articles in this process; one table row. Peak memory is the process's
    resident peak above what it held once the base corpus was loaded (tracemalloc would slow
    the run several times over)."""
    with gzip.open(shared / "corpus" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as stream:
        base = [json.loads(line) for line in itertools.islice(stream, 3000)]
    rng = random.Random(7)

    def articles() -> Iterator[tuple[str, date, str, str, str]]:
        # Generated one at a time: holding 100k texts would dwarf what is being measured.
        for n in range(size):
            record = base[n % len(base)]
            words = (record.get("markdown") or "")[:3000].split()
            if n >= len(base) and words:  # a perturbed copy: one word dropped
                del words[rng.randrange(len(words))]
            # A steady 200 articles a day, as a broad daily collection: more articles means more
            # days, not more articles per day (which would grow the window, not the history).
            day = date(2026, 1, 1) + timedelta(days=n // PER_DAY)
            yield f"a{n}", day, record.get("title") or "", " ".join(words), record.get("feed_name") or ""

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    featuring = 0.0
    clusterer = Clusterer()
    for article_id, day, title, text, source in articles():
        begin = time.perf_counter()
        features = features_of(article_id, day, title, text, source)
        featuring += time.perf_counter() - begin
        clusterer.add(features)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before
    return f"{size}\t{seconds:.1f}\t{featuring:.1f}\t{peak:.0f}"


def scale(shared: Path, sizes: list[int]) -> list[str]:
    """One fresh process per size, so that each peak is its own."""
    rows, first = [], 0.0
    for size in sizes:
        result = subprocess.run(
            [sys.executable, __file__, "--shared", str(shared), "--scale-once", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        _size, seconds, featuring, peak = result.stdout.strip().split("\t")
        per_article = float(seconds) / size * 1000
        first = first or per_article
        # Linear growth keeps the cost per article flat: the last column is that cost relative
        # to the smallest size measured in this run (1.0 = perfectly linear).
        rows.append(
            f"| {size:,} | {seconds} | {featuring} | {per_article:.2f} | {peak} | {per_article / first:.2f} |"
        )
        print(rows[-1], flush=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument(
        "--scale", default="10000,100000", help="article counts for the scale run ('' to skip)"
    )
    parser.add_argument("--scale-once", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scale_once:
        print(scale_once(args.shared, args.scale_once))
        return 0
    labels_path = args.shared / "corpus" / "same-story-dev.jsonl"
    if not labels_path.is_file():
        print(f"skipped: {labels_path} not found", file=sys.stderr)
        return 0
    labels = [json.loads(line) for line in labels_path.open(encoding="utf-8")]
    posts = load_posts(args.shared)
    print(f"{len(posts)} posts clustered; {len(labels)} labelled records")
    print("| system | precision | recall | F1 | hard negatives kept apart |")
    print("|---|---|---|---|---|")
    for name, system in (("veilleur", ours), ("title baseline", baseline)):
        start = time.perf_counter()
        story = system(posts)
        print(f"| {name} ({time.perf_counter() - start:.1f} s) | {evaluate(story, labels)} |", flush=True)
    if args.scale:
        print(
            "\n| articles | seconds | features | ms / article | peak MiB | per-article cost vs smallest |"
            "\n|---|---|---|---|---|---|"
        )
        scale(args.shared, [int(n) for n in args.scale.split(",")])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
