"""Throughput and peak memory of `veilleur extract --jsonl`, next to trafilatura alone on the same
input, measured in the same run, each side in its own child process (whole process: start-up
included; peak resident memory is that child's ru_maxrss).

1. Like for like, HTML: the 97 pages of ../shared/corpus/extraction-dev, repeated to `--html`
   records. Both sides read the same HTML; trafilatura alone runs with its metadata (title, date,
   URL) and tables, as veilleur does; veilleur also identifies the language and judges usability.
2. Markdown renderings of whole pages, ../shared/corpus/news-dev.jsonl.gz (`--limit` records):
   veilleur reads them as Markdown captures; trafilatura, which reads HTML, gets each line wrapped
   in a <p> element. Not like for like: two inputs of the same text, each in the form its tool takes.

Run: python bench/throughput.py [--html 970] [--limit 1000] [--shared ../shared]
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


def compare(sample: Path, count: int, label: str, folder: Path) -> None:
    out = Path(folder) / "out.jsonl"
    base_s, base_mb = measured([sys.executable, str(HERE / "trafilatura_only.py"), str(sample), str(out)])
    ours_s, ours_mb = measured(
        [sys.executable, "-m", "veilleur", "extract", "--jsonl", str(sample), str(out)]
    )
    usable = sum(1 for line in out.open(encoding="utf-8") if json.loads(line).get("usable"))
    print(f"\n{count} records: {label}")
    print("| extractor | records/s | peak MiB | time ratio |")
    print("|---|---|---|---|")
    print(f"| trafilatura alone | {count / base_s:.1f} | {base_mb:.0f} | 1.00 |")
    print(f"| veilleur extract --jsonl | {count / ours_s:.1f} | {ours_mb:.0f} | {ours_s / base_s:.2f} |")
    print(f"veilleur judged {usable} of {count} records usable articles")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument(
        "--html", type=int, default=970, help="HTML records (the dev pages repeated; 0 = skip)"
    )
    parser.add_argument("--limit", type=int, default=1000, help="Markdown records (0 = skip)")
    args = parser.parse_args()
    pages = sorted((args.shared / "corpus" / "extraction-dev" / "html").glob("*.html.gz"))
    corpus = args.shared / "corpus" / "news-dev.jsonl.gz"
    with tempfile.TemporaryDirectory() as folder:
        if args.html and pages:
            truth = json.loads((pages[0].parent.parent / "ground-truth.json").read_text(encoding="utf-8"))
            sample = Path(folder) / "html.jsonl"
            with sample.open("w", encoding="utf-8") as sink:
                for path in itertools.islice(itertools.cycle(pages), args.html):
                    html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
                    url = truth.get(path.name.split(".")[0], {}).get("url", "")
                    sink.write(json.dumps({"url": url, "html": html}) + "\n")
            compare(
                sample,
                args.html,
                f"HTML pages of extraction-dev ({len(pages)} pages, repeated)",
                Path(folder),
            )
        if args.limit and corpus.is_file():
            sample = Path(folder) / "sample.jsonl"
            with (
                gzip.open(corpus, "rt", encoding="utf-8") as source,
                sample.open("w", encoding="utf-8") as sink,
            ):
                count = sum(1 for line in itertools.islice(source, args.limit) if sink.write(line))
            compare(sample, count, f"Markdown records of {corpus.name} (not like for like)", Path(folder))
    if not pages and not corpus.is_file():
        print(f"skipped: {args.shared}/corpus not found", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
