"""Victims measured outlet-held-out: the `tune` part and the train split, cut into two halves by
outlet (the site of the page's address), so that what is tuned on one half is measured on outlets it
never saw.

Half A: The Register, Malwarebytes, Krebs, Schneier, SANS ISC, SAP, TorrentFreak, Microsoft (95
labelled victims); half B: The Hacker News, Security Affairs, Bitdefender, Graham Cluley, Tripwire,
EFF, Securelist, Cesare Gallotti (94). An outlet not listed goes to the half its name's hash picks.
Rules are developed on half A's errors (`--misses`); half B is scored only when a change is finished.
The aside part of labels.jsonl is never read.

Each page goes through the pipeline (batch document, `extract_article`, relevance, category,
`enrich._victims`): victims of the pages enrich finds relevant, matched as bench/intel_score.py
matches them (folded names), with the sector of each found victim. The victim model
(enrich/data/victims.json) is fitted on half A's pages only (as bench/train_victims.py fits it, its
threshold chosen by outlet-held-out cross-validation inside half A), so half B's figures are held out
for the model too. `--shipped` uses the shipped weights instead (fitted on both halves).

Run: python bench/victims_halves.py [--shared ../shared] [--half A|B|both] [--shipped]
     [--misses FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

HALF_A = frozenset(
    """go.theregister.com theregister.com malwarebytes.com krebsonsecurity.com schneier.com isc.sans.edu
    blogs.sap.com torrentfreak.com microsoft.com blogs.microsoft.com techcommunity.microsoft.com""".split()
)
HALF_B = frozenset(
    """thehackernews.com securityaffairs.com securityaffairs.co bitdefender.com grahamcluley.com
    tripwire.com eff.org securelist.com blog.cesaregallotti.it""".split()
)


def half_of(url: str) -> str:
    """ "A" or "B": the half of the page's outlet."""
    host = (urlparse(url).hostname or "").removeprefix("www.")
    if host in HALF_A:
        return "A"
    if host in HALF_B:
        return "B"
    return "AB"[hashlib.sha256(host.encode()).digest()[0] % 2]


def load(shared: Path) -> list[tuple[dict[str, Any], Any]]:
    """(label, article) of every training page with an address (tune, train, blogs-tune) that extracts."""
    from intel import load_pages
    from train_victims import training_records

    from veilleur.batch import batch_document
    from veilleur.extract import extract_article

    records = [r for r in training_records() if "url" in r]  # halves are made of outlets' addresses
    pages = load_pages(shared, records)
    out = []
    for record in records:
        page = pages.get(record["url"])
        if page is None:
            continue
        document, entry, _ = batch_document(page)
        if document is not None:
            out.append((record, extract_article(document, entry)))
    return out


def model_of_half(pages: list[tuple[dict[str, Any], Any]], c: float = 0.3) -> dict[str, Any]:
    """The victim model fitted on `pages` (labelled relevant), threshold by outlet-held-out CV."""
    from train_victims import cross_validate, fit, prf

    from veilleur.enrich.category import categorise
    from veilleur.enrich.victim_model import candidates, outlet_of

    built = []
    for record, article in pages:
        if record.get("relevant"):
            category = categorise(article.title, article.text, article.url)
            found = candidates(article.title, article.text, article.lang, outlet_of(article.url), category)
            built.append((record, found))
    counts = cross_validate(built, c)
    ts = list(counts)
    f1 = [prf(*counts[t])[2] for t in ts]
    smooth = [sum(f1[max(0, i - 1) : i + 2]) / len(f1[max(0, i - 1) : i + 2]) for i in range(len(ts))]
    best = ts[max(range(len(ts)), key=lambda i: (round(smooth[i], 3), -i))]
    return {**fit(built, c), "threshold": best}


def score(pages: list[tuple[dict[str, Any], Any]], misses: list[str]) -> dict[str, Any]:
    """Victims P/R/F1, sector accuracy, healthcare found and the seconds `_victims` took."""
    from intel_score import CODE_TO_LABEL, Counts, _victim_match

    import veilleur.enrich as stage
    from veilleur.enrich.category import categorise
    from veilleur.enrich.geo import find_countries
    from veilleur.enrich.promotional import promotional_reason
    from veilleur.enrich.relevance import relevance_score

    counts = Counts()
    sector_ok = sector_total = health_ok = health_total = 0
    seconds, called = 0.0, 0
    for label, article in pages:
        text = f"{article.title}\n{article.text}"
        relevant = relevance_score(article.title, article.text, article.url) >= stage.DEFAULT_MIN_RELEVANCE
        relevant = relevant and not promotional_reason(
            article.title, article.text, article.url, article.lang or "en"
        )
        found: list[Any] = []
        if relevant:
            countries = find_countries(text)
            category = categorise(article.title, article.text, article.url)
            start = time.process_time()
            found = stage._victims(article, text, countries, category)
            seconds += time.process_time() - start
            called += 1
        used: set[int] = set()
        tp = 0
        for gold in label["victims"]:
            health_total += gold["sector"] == "healthcare"
            hit = next(
                (i for i, v in enumerate(found) if i not in used and _victim_match(gold["name"], v.name)),
                None,
            )
            if hit is None:
                misses.append(f"missed {gold['name']!r} ({gold['sector']}): {label['url']}")
                continue
            used.add(hit)
            tp += 1
            sectors = [CODE_TO_LABEL.get(str(s), str(s)) for s in found[hit].sectors]
            sector_total += 1
            sector_ok += bool(sectors) and sectors[0] == gold["sector"]
            health_ok += gold["sector"] == "healthcare" and "healthcare" in sectors
            if sectors and sectors[0] != gold["sector"]:
                misses.append(f"sector {gold['name']!r} {gold['sector']}→{sectors[0]}: {label['url']}")
        misses += [f"extra {v.name!r}: {label['url']}" for i, v in enumerate(found) if i not in used]
        counts.add(tp, len(found), len(label["victims"]))
    return {
        "prf": counts.prf(),
        "sector": (sector_ok, sector_total),
        "health": (health_ok, health_total),
        "ms_per_article": 1000 * seconds / max(1, called),
        "articles": called,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--half", choices=("A", "B", "both"), default="A")
    parser.add_argument("--shipped", action="store_true", help="the shipped weights, not half A's fit")
    parser.add_argument("--threshold", type=float, help="the model's threshold, not the one chosen by CV")
    parser.add_argument(
        "--swap", action="store_true", help="also fit on half B and score half A (two-fold, outlet-held-out)"
    )
    parser.add_argument(
        "--sweep",
        action="store_true",
        help="two-fold (A→B, B→A) F1 at thresholds 0.6-0.8 and their mean: a comparison of two versions "
        "that the threshold chosen by cross-validation does not blur",
    )
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength of half A's fit")
    parser.add_argument(
        "--misses",
        type=Path,
        help="write half A's errors to this file (with --swap, A's held-out errors to FILE.swap.txt; "
        "half B's to FILE.B.txt)",
    )
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    import veilleur.enrich.victim_model as victim_model

    pages = load(args.shared)
    halves = {h: [p for p in pages if half_of(p[0]["url"]) == h] for h in "AB"}
    import veilleur.enrich as stage

    stage.warm_up()  # every model loads before the clock
    if args.sweep:
        means = []
        for fitted, scored in (("A", "B"), ("B", "A")):
            model = model_of_half(halves[fitted], args.c)
            cells = []
            for t in (0.6, 0.65, 0.7, 0.75, 0.8):
                at = {**model, "threshold": t}
                victim_model.weights = lambda at=at: at  # type: ignore[assignment,misc]
                cells.append(score(halves[scored], [])["prf"][2])
            means.append(sum(cells) / len(cells))
            print(f"fit {fitted} → score {scored}: F1 at 0.6-0.8 " + " ".join(f"{c:.3f}" for c in cells))
        print(f"mean over thresholds and both directions: {sum(means) / 2:.3f}")
        return 0
    if args.swap:
        model_b = model_of_half(halves["B"], args.c)
        victim_model.weights = lambda: model_b  # type: ignore[assignment]
        swapped: list[str] = []
        got = score(halves["A"], swapped)
        if args.misses:  # half A's errors under a model that never saw its outlets
            args.misses.with_suffix(".swap.txt").write_text("\n".join(swapped) + "\n", encoding="utf-8")
        p, r, f = got["prf"]
        print(
            f"half A scored by the model fitted on half B (threshold {model_b['threshold']}): "
            f"P {p:.3f} R {r:.3f} F1 {f:.3f}; sector {got['sector'][0]}/{got['sector'][1]}"
        )
    if not args.shipped:
        model = model_of_half(halves["A"], args.c)
        if args.threshold is not None:
            model["threshold"] = args.threshold
        victim_model.weights = lambda: model  # type: ignore[assignment]
        print(f"model fitted on half A: {len(model['weights'])} weights, threshold {model['threshold']}")
    for half in ("A", "B") if args.half == "both" else (args.half,):
        misses: list[str] = []
        got = score(halves[half], misses)
        p, r, f = got["prf"]
        (s_ok, s_n), (h_ok, h_n) = got["sector"], got["health"]
        print(
            f"half {half}: {len(halves[half])} pages; victims P {p:.3f} R {r:.3f} F1 {f:.3f}; "
            f"sector {s_ok}/{s_n} = {s_ok / max(1, s_n):.3f}; healthcare {h_ok}/{h_n}; "
            f"_victims {got['ms_per_article']:.2f} ms CPU per relevant article ({got['articles']})"
        )
        if args.misses and half == "A":
            args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
        elif args.misses:  # half B's errors under half A's model: held out
            args.misses.with_suffix(".B.txt").write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
