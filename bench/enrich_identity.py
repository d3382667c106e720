"""Enrichment, alone, on real pages: the serialized Intel records (to prove a speed-up changed no
result) and the stage's CPU.

Reads `count` usable records (URL, > 500 characters of Markdown) of
../shared/corpus/news-dev.jsonl.gz after `skip`, extracts them once (kept in a pickle under
`--cache`, keyed by the range), then enriches each with `warm_up` done first.

    python bench/enrich_identity.py --count 1000 --out before.jsonl       # one JSON record a line
    python bench/enrich_identity.py --count 1000 --out after.jsonl --compare before.jsonl
    python bench/enrich_identity.py --count 200 --profile enrich.prof    # cProfile of enrich only

Prints the CPU seconds of enrichment (process time, extraction and warm-up excluded) and, with
`--compare`, the number of records that differ (exit status 1 if any).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import gzip
import itertools
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any


def articles(shared: Path, skip: int, count: int, cache: Path) -> list[Any]:
    path = cache / f"articles-{skip}-{count}.pickle"
    if path.is_file():
        loaded: list[Any] = pickle.loads(path.read_bytes())
        return loaded
    from veilleur.batch import batch_document
    from veilleur.extract import extract_article

    with gzip.open(shared / "corpus" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        usable = (json.loads(line) for line in handle)
        usable = (
            r for r in usable if r.get("url", "").startswith("http") and len(r.get("markdown") or "") > 500
        )
        rows = list(itertools.islice(usable, skip, skip + count))
    out = []
    for row in rows:
        document, entry, _ = batch_document(
            {"url": row["url"], "title": row.get("title"), "markdown": row["markdown"]}
        )
        if document is not None:
            out.append(extract_article(document, entry))
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/veilleur-enrich-identity"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    # As `veilleur run` sets its process up (veilleur.cli): a collection every 10,000 new objects,
    # not 700, which scanned the models' long-lived objects again and again.
    gc.set_threshold(10_000, 10, 10)
    from veilleur.enrich import enrich, warm_up

    pages = articles(args.shared, args.skip, args.count, args.cache)
    warm_up([a.lang or "en" for a in pages])
    profiler = cProfile.Profile() if args.profile else None
    lines = []
    start = time.process_time()
    if profiler:
        profiler.enable()
    for article in pages:
        lines.append(enrich(article).model_dump_json())
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    spent = time.process_time() - start
    print(
        f"{len(pages)} articles: enrich {spent:.2f} s CPU, {1000 * spent / max(len(pages), 1):.2f} ms/article"
    )
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.compare:
        before = args.compare.read_text(encoding="utf-8").splitlines()
        differ = [i for i, (a, b) in enumerate(zip(before, lines, strict=False)) if a != b]
        differ += list(range(min(len(before), len(lines)), max(len(before), len(lines))))
        print(f"compared with {args.compare}: {len(differ)} of {len(lines)} records differ {differ[:10]}")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
