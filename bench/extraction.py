"""Extraction quality on ../shared/corpus/extraction-dev: veilleur next to plain trafilatura.

Token-level precision/recall/F1 of the article body against the ground truth, per page, then
averaged. Two paths:

* HTML: `veilleur.extract.extract_markup(html, "html")` versus `trafilatura.extract(html)`;
* plain text: each page is first rendered to text the way a reader's "save as text" would
  (inscriptis, a layout-aware HTML→text renderer: menus, teasers, footers all stay in), then
  veilleur's capture cleaner runs on that text. Plain trafilatura has no text path, so the
  baseline line for it is the untouched rendering (everything kept).

Run: python bench/extraction.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from statistics import mean

import trafilatura

try:
    from inscriptis import get_text
except ImportError:  # the `test` extra; `pip install .` alone leaves it out
    sys.exit("bench/extraction.py needs inscriptis, of the test extra: pip install -e '.[test]'")

from veilleur.extract import extract_markup


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def prf(predicted: str, truth: str) -> tuple[float, float, float]:
    pred, gold = tokens(predicted), tokens(truth)
    overlap = sum((pred & gold).values())
    precision = overlap / sum(pred.values()) if pred else 0.0
    recall = overlap / sum(gold.values()) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def row(name: str, scores: list[tuple[float, float, float]], seconds: float) -> str:
    p, r, f = (mean(s[i] for s in scores) for i in range(3))
    return f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {seconds:.1f} |"


def read_page(path: Path) -> str:
    with gzip.open(path) as stream:
        return stream.read().decode("utf-8", "replace")


def default_shared() -> Path:
    return Path(__file__).resolve().parents[1].parent / "shared"


def run_all(shared: Path) -> tuple[dict[str, list[tuple[float, float, float]]], dict[str, float]]:
    """Per-page (precision, recall, F1) and total seconds for each extractor."""
    corpus = shared / "corpus" / "extraction-dev"
    truth = json.loads((corpus / "ground-truth.json").read_text())
    pages = {key: read_page(corpus / "html" / f"{key}.html.gz") for key in truth}
    warnings.simplefilter("ignore")
    results: dict[str, list[tuple[float, float, float]]] = {}
    timings: dict[str, float] = {}

    def run(name: str, extract: Callable[[str, str], str]) -> None:
        start = time.perf_counter()
        results[name] = [prf(extract(key, html), truth[key]["articleBody"]) for key, html in pages.items()]
        timings[name] = time.perf_counter() - start

    run("trafilatura (HTML)", lambda key, html: trafilatura.extract(html, url=truth[key]["url"]) or "")
    run("veilleur (HTML)", lambda key, html: extract_markup(html, "html", truth[key]["url"])[1])
    texts = {key: get_text(html) for key, html in pages.items()}
    run("rendered text, nothing removed", lambda key, html: texts[key])
    run("veilleur (plain text)", lambda key, html: extract_markup(texts[key], "text")[1])
    return results, timings


def evaluate(shared: Path) -> dict[str, float]:
    """Mean F1 of each extractor (used by the test that keeps the floor)."""
    results, _ = run_all(shared)
    return {name: mean(score[2] for score in scores) for name, scores in results.items()}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=default_shared())
    args = parser.parse_args()
    corpus = args.shared / "corpus" / "extraction-dev"
    if not corpus.is_dir():
        print(f"skipped: {corpus} not found", file=sys.stderr)
        return 0
    results, timings = run_all(args.shared)
    print(f"{len(next(iter(results.values())))} pages of {corpus}")
    print("| extractor | precision | recall | F1 | seconds |")
    print("|---|---|---|---|---|")
    for name in results:
        print(row(name, results[name], timings[name]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
