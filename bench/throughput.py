"""Throughput and peak memory of `veilleur extract --jsonl` on ../shared/corpus/news-dev.jsonl.gz,
next to trafilatura alone on the same records, measured in the same run.

Each side runs in its own child process; its peak resident memory is that child's ru_maxrss.
The news-dev records are Markdown renderings of whole pages (menus, teasers, comments). veilleur
reads them as Markdown captures; trafilatura, which reads HTML, gets each Markdown line wrapped in
a <p> element — the same text, the form it accepts.

Run: python bench/throughput.py [--limit N] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def measured(command: list[str]) -> tuple[float, float]:
    """(seconds, peak MiB) of a command run in its own child process."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    return time.perf_counter() - start, int(result.stdout.strip()) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--limit", type=int, default=2000, help="records to process (0 = all)")
    args = parser.parse_args()
    corpus = args.shared / "corpus" / "news-dev.jsonl.gz"
    if not corpus.is_file():
        print(f"skipped: {corpus} not found", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.jsonl"
        with gzip.open(corpus, "rt", encoding="utf-8") as source, sample.open("w", encoding="utf-8") as sink:
            lines = source if not args.limit else itertools.islice(source, args.limit)
            count = sum(1 for line in lines if sink.write(line))
        out = Path(folder) / "out.jsonl"
        base_s, base_mb = measured([sys.executable, str(HERE / "trafilatura_only.py"), str(sample), str(out)])
        ours_s, ours_mb = measured(
            [sys.executable, "-m", "veilleur", "extract", "--jsonl", str(sample), str(out)]
        )
        usable = sum(1 for line in out.open(encoding="utf-8") if json.loads(line).get("usable"))
    print(f"{count} records of {corpus.name}")
    print("| extractor | records/s | peak MiB | time ratio |")
    print("|---|---|---|---|")
    print(f"| trafilatura alone | {count / base_s:.1f} | {base_mb:.0f} | 1.00 |")
    print(f"| veilleur extract --jsonl | {count / ours_s:.1f} | {ours_mb:.0f} | {ours_s / base_s:.2f} |")
    print(f"veilleur judged {usable} of {count} records usable articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
