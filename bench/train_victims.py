"""Train the victim model (enrich/victim_model.py → src/veilleur/enrich/data/victims.json).

Training pages: the `tune` part of bench/data/intel/labels.jsonl and every page of
bench/data/intel/labels-train-*.jsonl (the train split); never the `aside` part. Each page goes through
the pipeline's own extraction (batch document, `extract_article`); pages labelled not relevant are
skipped (enrich looks for victims only on relevant pages). Every candidate name of the headline and
lead (`victim_model.candidates`) is a positive when it spells a labelled victim (folded as
bench/intel_score.py folds), left out when it only overlaps one ("Yamaha" for "Yamaha Motor
Philippines"), a negative otherwise.

Model: scikit-learn's L2 logistic regression on the binary features, class-balanced.
Generalisation is estimated by cross-validation holding out whole outlets (GroupKFold on the
feed name): page-level victims P/R/F1 with the scorer's matching, on predictions made by a model
that never saw the page's outlet. The decision threshold is the one of the best held-out F1 (smoothed over
neighbouring thresholds); the shipped weights are fitted on all training pages.
Deterministic (liblinear solver, fixed folds, rounded weights).

Run: python bench/train_victims.py [--shared ../shared] [--out PATH] [--c 0.3] [--folds 10]
     [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
LABELS = HERE / "data" / "intel"
Page = tuple[dict[str, Any], list[Any]]  # (label record, candidates)


def training_records() -> list[dict[str, Any]]:
    records = [
        r
        for line in (LABELS / "labels.jsonl").open(encoding="utf-8")
        if (r := json.loads(line))["split"] == "tune"
    ]
    for extra in sorted(LABELS.glob("labels-train*.jsonl")):
        aside = {
            r["url"]
            for line in (LABELS / "labels.jsonl").open(encoding="utf-8")
            if (r := json.loads(line))["split"] == "aside"
        }
        for line in extra.open(encoding="utf-8"):
            if line.strip() and (record := json.loads(line)).get("url") not in aside:
                records.append(record)
    seen: set[str] = set()
    unique = []
    for record in records:
        if record.get("url") not in seen:
            seen.add(record.get("url", ""))
            unique.append(record)
    return unique


def build(shared: Path) -> list[Page]:
    from intel import load_pages

    from veilleur.batch import batch_document
    from veilleur.enrich.category import categorise
    from veilleur.enrich.victim_model import candidates, outlet_of
    from veilleur.extract import extract_article

    records = [r for r in training_records() if r.get("relevant")]
    pages = load_pages(shared, records)
    out = []
    for record in records:
        page = pages.get(record["url"])
        if page is None:
            continue
        document, entry, _ = batch_document(page)
        if document is None:
            continue
        article = extract_article(document, entry)
        category = categorise(article.title, article.text, article.url)
        found = candidates(article.title, article.text, article.lang, outlet_of(article.url), category)
        out.append((record, found))
    return out


def targets(record: dict[str, Any], found: list[Any]) -> list[int | None]:
    """1 victim, 0 not, None overlapping a victim without spelling it."""
    from intel_score import fold

    gold = [fold(v["name"]) for v in record["victims"]]
    out: list[int | None] = []
    for candidate in found:
        key = fold(candidate.name)
        if key in gold:
            out.append(1)
        elif any(f" {key} " in f" {g} " or f" {g} " in f" {key} " for g in gold if g):
            out.append(None)
        else:
            out.append(0)
    return out


def fit(pages: list[Page], c: float) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from veilleur.enrich.victim_model import admissible

    rows, ys = [], []
    for record, found in pages:
        for candidate, y in zip(found, targets(record, found), strict=True):
            if y is not None and admissible(candidate):
                rows.append(dict.fromkeys(candidate.features, 1.0))
                ys.append(y)
    vectoriser = DictVectorizer(sort=True)
    x = vectoriser.fit_transform(rows).toarray()  # small and dense: liblinear wants 32-bit indices
    model = LogisticRegression(
        C=c, class_weight="balanced", solver="liblinear", max_iter=1000, random_state=0
    )
    model.fit(x, ys)
    names = vectoriser.get_feature_names_out()
    table = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-4}
    return {"bias": round(float(model.intercept_[0]), 4), "weights": table, "threshold": 0.5}


def evaluate(
    pages: list[Page], model: dict[str, Any], errors: list[str] | None = None
) -> tuple[int, int, int]:
    """(tp, predicted, gold) over pages, matched as bench/intel_score.py matches victims."""
    from intel_score import fold

    from veilleur.enrich.victim_model import choose

    tp = predicted = gold = 0
    for record, found in pages:
        chosen = [fold(c.name) for c in choose(found, model)]
        names = [fold(v["name"]) for v in record["victims"]]
        hits = len(set(chosen) & set(names))
        tp, predicted, gold = tp + hits, predicted + len(chosen), gold + len(names)
        if errors is not None:
            errors += [f"extra {n!r}: {record['url']}" for n in chosen if n not in names]
            errors += [f"missed {n!r}: {record['url']}" for n in names if n not in chosen]
    return tp, predicted, gold


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cross_validate(pages: list[Page], c: float, folds: int) -> dict[float, tuple[int, int, int]]:
    """Held-out counts per threshold, each page scored by a model fitted without its outlet."""
    from sklearn.model_selection import GroupKFold

    groups = [record.get("feed_name") or urlparse(record["url"]).hostname for record, _ in pages]
    thresholds = [round(0.3 + 0.05 * i, 2) for i in range(14)] + [0.97]
    counts = {t: (0, 0, 0) for t in thresholds}
    splitter = GroupKFold(n_splits=min(folds, len(set(groups))))
    for train, test in splitter.split(pages, groups=groups):
        model = fit([pages[i] for i in train], c)
        for t in thresholds:
            got = evaluate([pages[i] for i in test], {**model, "threshold": t})
            counts[t] = (counts[t][0] + got[0], counts[t][1] + got[1], counts[t][2] + got[2])
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src" / "veilleur" / "enrich" / "data" / "victims.json"
    )
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--show-errors", action="store_true", help="print the held-out errors")
    args = parser.parse_args()
    pages = build(args.shared)
    print(f"pages: {len(pages)} relevant, {sum(len(r['victims']) for r, _ in pages)} victims labelled")
    reachable = sum(1 for record, found in pages for y in targets(record, found) if y == 1)
    print(f"victims spelled by a candidate: {reachable}")
    counts = cross_validate(pages, args.c, args.folds)
    # The threshold of the best held-out F1, smoothed over its neighbours (one victim more or less
    # moves a single threshold's F1 by 0.01); on a tie, the lower (a missed hospital costs more
    # than an extra name, and hospitals have their own lower bar, victim_model.HEALTH_MARGIN).
    ts = list(counts)
    f1 = [prf(*counts[t])[2] for t in ts]
    smooth = [sum(f1[max(0, i - 1) : i + 2]) / len(f1[max(0, i - 1) : i + 2]) for i in range(len(ts))]
    best = ts[max(range(len(ts)), key=lambda i: (round(smooth[i], 3), -i))]
    for t, got in counts.items():
        p, r, f = prf(*got)
        print(f"  outlet-held-out threshold {t:.2f}: P {p:.2f} R {r:.2f} F1 {f:.2f}{' <-' * (t == best)}")
    model = {**fit(pages, args.c), "threshold": best}
    p, r, f = prf(*evaluate(pages, model))
    print(f"fitted on all training pages, scored on them: P {p:.2f} R {r:.2f} F1 {f:.2f}")
    if args.show_errors:
        errors: list[str] = []
        evaluate(pages, model, errors)
        print("\n".join(errors))
    model["trained_on"] = f"{len(pages)} relevant pages (tune + labels-train-*), C={args.c}"
    args.out.write_text(json.dumps(model, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model['weights'])} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
