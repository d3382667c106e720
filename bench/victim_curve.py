"""Learning curve of the victim model: does it gain from more labelled pages?

The pages bench/train_victims.py trains on (every labels-train-*.jsonl included: a sample labelled
later counts as soon as its file is in bench/data/intel), each scored as its leave-one-outlet-out
cross-validation scores it — by a model that never saw the page's outlet — but that model is fitted
on a share (25 %, 50 %, 75 %, 100 %) of the other outlets' pages. The share is drawn by hashing each
page's address with a seed (the same pages at every outlet held out; a larger share holds the smaller
ones), over SEEDS seeds so that one lucky draw does not decide. Printed per share: training pages,
held-out victims P/R/F1 at the shipped threshold (enrich/data/victims.json) and at the threshold of
the best F1 of that share (mean over the seeds, and the lowest and highest seed).

Run: python bench/victim_curve.py [--shared ../shared] [--c 0.3] [--seeds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
SHARES = (0.25, 0.5, 0.75, 1.0)
THRESHOLDS = tuple(round(0.4 + 0.05 * i, 2) for i in range(9))


def _rank(record: dict[str, Any], seed: int) -> float:
    """A page's place in seed `seed`'s draw, in [0, 1)."""
    key = f"{seed}:{record.get('url') or record.get('id', '')}".encode()
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") / 2**64


def held_out(
    pages: list[Any], share: float, seed: int, c: float
) -> tuple[dict[float, tuple[int, int, int]], int]:
    """Counts per threshold over every outlet held out, each fitted on `share` of the other
    outlets' pages; and the mean number of pages fitted on."""
    from sklearn.model_selection import LeaveOneGroupOut
    from train_victims import evaluate, fit, outlet

    groups = [outlet(record) for record, _ in pages]
    counts = {t: (0, 0, 0) for t in THRESHOLDS}
    sizes = []
    for train, test in LeaveOneGroupOut().split(pages, groups=groups):
        chosen = [pages[i] for i in train if _rank(pages[i][0], seed) < share]
        sizes.append(len(chosen))
        model = fit(chosen, c)
        for t in THRESHOLDS:
            got = evaluate([pages[i] for i in test], {**model, "threshold": t})
            counts[t] = tuple(a + b for a, b in zip(counts[t], got, strict=True))  # type: ignore[assignment]
    return counts, round(sum(sizes) / len(sizes))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    from train_victims import build, prf

    shipped = json.loads((ROOT / "src" / "veilleur" / "enrich" / "data" / "victims.json").read_text())
    at = min(THRESHOLDS, key=lambda t: abs(t - float(shipped["threshold"])))
    pages = build(args.shared)
    print(f"pages: {len(pages)} relevant, {sum(len(r['victims']) for r, _ in pages)} victims labelled")
    for share in SHARES:
        seeds = range(args.seeds) if share < 1 else range(1)
        shipped_f1, best_f1, sizes = [], [], []
        for seed in seeds:
            counts, size = held_out(pages, share, seed, args.c)
            sizes.append(size)
            shipped_f1.append(prf(*counts[at]))
            best_f1.append(max(prf(*got)[2] for got in counts.values()))
        p = sum(x[0] for x in shipped_f1) / len(shipped_f1)
        r = sum(x[1] for x in shipped_f1) / len(shipped_f1)
        f = [x[2] for x in shipped_f1]
        print(
            f"share {share:.2f}: ~{sum(sizes) // len(sizes)} pages fitted; at {at:.2f}: P {p:.3f} R {r:.3f} "
            f"F1 {sum(f) / len(f):.3f} [{min(f):.3f}–{max(f):.3f}]; best threshold F1 "
            f"{sum(best_f1) / len(best_f1):.3f} [{min(best_f1):.3f}–{max(best_f1):.3f}]"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
