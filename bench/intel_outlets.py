"""Actors, malware and victim sectors measured outlet by outlet, on every labelled page one may tune
on (never the `aside` part).

Rules developed on a few outlets do not carry to others: a change is worth shipping when it helps
(or does not hurt) outlet after outlet, not when it lifts the pooled figure through one outlet.
This bench enriches the pages of `tune` (labels.jsonl), `train` (labels-train-{a,b}.jsonl),
`blogs-tune` (labels-blogs.jsonl), `fr` and, when present, the newer `labels-train-c*.jsonl`, groups
them by outlet (the address's site, as bench/train_victims.py does; the French posts and seeds one
outlet), and prints per outlet and pooled:

- actors, malware and victims P/R/F1 (bench/intel_score.py's matching: folded names, MISP
  synonyms; victims by the scorer's folded key);
- victim sector: the first sector enrich gives each labelled victim it finds (`found`), and the
  sector the rules give each labelled victim's *gold* name on its page (`gold names`: the sector
  rules alone, whoever finds the victim); healthcare victims placed in healthcare, both ways.

The pooled figures are micro-averages; `macro` averages the outlets (each weighs the same), so a
rule that helps one big outlet and hurts three small ones shows. `--save FILE` writes the counts;
`--compare FILE` prints, per measure, how many outlets went up and down against a saved run — the
leave-one-outlet-out reading of a rule change: every outlet is one a rule was not written for
unless its pages were read while writing it. `--part blogs-check` scores that held-out part alone
(only when a change is finished); `--part train-c` and `--part check-d1` (labels-check-d1.jsonl,
sample d1 of the first-sight draw d, read from the session after its scoring) score those
development parts apart from the pool; `--part check-d2` (labels-check-d2.jsonl, sample d2, never
read: a guard that a change made on d1 does not fall on pages nobody read) scores it alone. Absent
files are an empty part, reported as such. `--misses FILE` writes each page's actor, malware and
sector errors, never those of a held-out part (blogs-check, check-d2: refused).

The code scored is the one PYTHONPATH imports (a baseline: another commit's `src`). The
extracted articles are cached in a scratch file outside the repository (`--cache`; third-party
text, never commit it). Each page goes through what the pipeline runs on a markdown capture.

Run: nice -n 10 python bench/intel_outlets.py [--shared ../shared] [--cache /tmp/veilleur-intel-outlets.pkl]
     [--part pool|blogs-check|train-c|check-d1|check-d2] [--save FILE] [--compare FILE] [--misses FILE]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
LABELS = HERE / "data" / "intel"
_PRF = ("actors", "malware", "victims")
MEASURES = ("actors", "malware", "victims", "sector_found", "sector_gold", "health_found", "health_gold")


def outlet(record: dict[str, Any]) -> str:
    """The page's site ("securityaffairs" for .com and .co); the French posts and seeds are "fr"."""
    labels = (urlparse(record.get("url", "")).hostname or "").split(".")
    return labels[-2] if len(labels) > 1 else "fr"


def records_of(part: str) -> list[dict[str, Any]]:
    """The labelled records of `part`: `pool` (every part one may tune on), `blogs-check`,
    `train-c` (labels-train-c*.jsonl, newer labels scored apart), `check-d1` (sample d1, scored apart)
    or `check-d2` (sample d2, never read); the d samples are never in the pool."""
    from intel import CHECK_D, load_labels

    if part == "blogs-check" or part in CHECK_D:
        return load_labels(part, 0)
    newer = [
        json.loads(line)
        for path in sorted(LABELS.glob("labels-train-c*.jsonl"))
        for line in path.open(encoding="utf-8")
        if line.strip()
    ]
    if part == "train-c":
        return newer
    pool = [r for p in ("tune", "train", "blogs-tune", "fr") for r in load_labels(p, 0)]
    # (samples c1, c2 of `train` are the never-read check `train-c`, not development pages)
    pool = [r for r in pool if not str(r.get("sample", "")).startswith("c")]
    seen: set[str] = set()
    out = []
    for record in pool:
        key = record.get("url") or record.get("id", "")
        if key not in seen:
            seen.add(key)
            out.append(record)
    return out


def articles_of(shared: Path, records: list[dict[str, Any]], cache: Path) -> dict[str, Any]:
    """label key → the extracted Article (cached: extraction costs more than enrichment)."""
    from intel import load_pages

    from veilleur.batch import batch_document
    from veilleur.extract import extract_article

    done: dict[str, Any] = pickle.loads(cache.read_bytes()) if cache.is_file() else {}
    wanted = [r for r in records if (r.get("url") or r.get("id", "")) not in done]
    if wanted:
        for key, page in load_pages(shared, wanted).items():
            document, entry, _ = batch_document(page)
            done[key] = extract_article(document, entry) if document is not None else None
        cache.write_bytes(pickle.dumps(done))
    return done


def _named(gold: list[str], found: list[Any]) -> tuple[int, int, int, list[str]]:
    from intel_score import _match_named

    misses: list[str] = []
    tp, predicted, total = _match_named(gold, found, misses, "")
    return tp, predicted, total, [m.strip() for m in misses]


def measure(
    records: list[dict[str, Any]], articles: dict[str, Any]
) -> tuple[dict[str, Any], list[str], float]:
    """outlet → measure → counts ([tp, predicted, gold] or [ok, total]); the misses; enrich CPU s."""
    from intel_score import CODE_TO_LABEL, victim_key

    from veilleur.enrich import enrich, warm_up
    from veilleur.enrich.victim_sectors import sector_of_victim

    warm_up()
    counts: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: {m: [0, 0, 0] if m in _PRF else [0, 0] for m in MEASURES}
    )
    misses: list[str] = []
    seconds = 0.0
    for record in records:
        key = record.get("url") or record.get("id", "")
        article = articles.get(key)
        if article is None:
            continue
        start = time.process_time()
        intel = enrich(article)
        seconds += time.process_time() - start
        mine = counts[outlet(record)]
        for kind, found in (("actors", intel.threat_actors), ("malware", intel.malware)):
            tp, predicted, total, errors = _named(
                record["threat_actors" if kind == "actors" else kind], found
            )
            mine[kind] = [mine[kind][0] + tp, mine[kind][1] + predicted, mine[kind][2] + total]
            misses += [f"{kind}{e}: {key}" for e in errors]
        text = f"{article.title}\n{article.text}"
        gold_victims = record["victims"]
        keys = [victim_key(v.name) for v in intel.victims]
        tp = sum(1 for gold in gold_victims if victim_key(gold["name"]) in keys)
        mine["victims"] = [
            mine["victims"][0] + tp,
            mine["victims"][1] + len(keys),
            mine["victims"][2] + len(gold_victims),
        ]
        for gold in gold_victims:
            want = gold["sector"]
            health = want == "healthcare"
            # Sector rules alone, on the gold name (whoever finds it).
            placed = sector_of_victim(gold["name"], text, "", None, text, len(gold_victims) == 1)
            first = CODE_TO_LABEL.get(placed[0], placed[0]) if placed else "technology"
            mine["sector_gold"][0] += first == want
            mine["sector_gold"][1] += 1
            if health:
                mine["health_gold"][0] += first == "healthcare"
                mine["health_gold"][1] += 1
            if first != want:
                misses.append(f"sector(gold name) {gold['name']!r} {want}→{first}: {key}")
            hit = next((v for v in intel.victims if victim_key(v.name) == victim_key(gold["name"])), None)
            if hit is None:
                continue
            sectors = [CODE_TO_LABEL.get(s, s) for s in hit.sectors]
            mine["sector_found"][0] += bool(sectors) and sectors[0] == want
            mine["sector_found"][1] += 1
            if health:
                mine["health_found"][0] += "healthcare" in sectors
                mine["health_found"][1] += 1
    return dict(counts), misses, seconds


def figure(measure_name: str, c: list[int]) -> float | None:
    if measure_name in _PRF:
        tp, predicted, gold = c
        if not predicted and not gold:
            return None
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0
    return c[0] / c[1] if c[1] else None


def pooled(counts: dict[str, Any]) -> dict[str, list[int]]:
    total: dict[str, list[int]] = {}
    for per in counts.values():
        for m, c in per.items():
            total[m] = [a + b for a, b in zip(total.get(m, [0] * len(c)), c, strict=True)]
    return total


def cell(m: str, c: list[int]) -> str:
    f = figure(m, c)
    if f is None:
        return "—"
    return f"{f:.2f} ({c[0]}/{c[1]}/{c[2]})" if len(c) == 3 else f"{f:.2f} ({c[0]}/{c[1]})"


def report(counts: dict[str, Any], seconds: float, pages: int) -> list[str]:
    lines = ["| outlet | " + " | ".join(MEASURES) + " |", "|---" * (len(MEASURES) + 1) + "|"]
    for name in sorted(counts, key=lambda o: -sum(counts[o]["actors"][1:]) - counts[o]["sector_gold"][1]):
        lines.append(f"| {name} | " + " | ".join(cell(m, counts[name][m]) for m in MEASURES) + " |")
    total = pooled(counts)
    lines.append("| **pooled** | " + " | ".join(cell(m, total[m]) for m in MEASURES) + " |")
    macro = []
    for m in MEASURES:
        values = [f for per in counts.values() if (f := figure(m, per[m])) is not None]
        macro.append(f"{sum(values) / len(values):.3f} ({len(values)} outlets)" if values else "—")
    lines.append("| **macro** | " + " | ".join(macro) + " |")
    speed = pages / seconds if seconds else 0.0
    lines.append(
        f"\nactors/malware cells: F1 (tp/predicted/gold); sectors: accuracy (ok/total). "
        f"{pages} pages, enrich {speed:.1f} articles per CPU second"
    )
    return lines


def compare(counts: dict[str, Any], saved: dict[str, Any]) -> list[str]:
    """Per measure: outlets up, down, same against the saved run, and the pooled change."""
    lines = []
    for m in MEASURES:
        up, down = [], []
        for name, per in counts.items():
            before = saved.get(name, {}).get(m)
            now, then = figure(m, per[m]), figure(m, before) if before else None
            if now is None or then is None or abs(now - then) < 1e-9:
                continue
            (up if now > then else down).append(f"{name} {then:.2f}→{now:.2f}")
        total_then = figure(m, pooled(saved)[m]) if saved else None
        total_now = figure(m, pooled(counts)[m])
        change = (
            f"{total_then:.3f} → {total_now:.3f}" if total_then is not None and total_now is not None else "—"
        )
        lines.append(f"{m}: pooled {change}; up {len(up)} {up}; down {len(down)} {down}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/veilleur-intel-outlets.pkl"))
    parser.add_argument(
        "--part", choices=("pool", "blogs-check", "train-c", "check-d1", "check-d2"), default="pool"
    )
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--misses", type=Path)
    args = parser.parse_args()
    from intel import HELD_OUT

    if args.part in HELD_OUT and args.misses:
        parser.error(f"{args.part}'s errors are not written: no rule is tuned on a held-out part")
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared / 'corpus' / 'news-dev.jsonl.gz'} not found", file=sys.stderr)
        return 0
    records = records_of(args.part)
    if not records:
        print(f"{args.part}: no labelled page (its label files are absent)")
        return 0
    articles = articles_of(args.shared, records, args.cache)
    counts, misses, seconds = measure(records, articles)
    pages = sum(1 for r in records if articles.get(r.get("url") or r.get("id", "")) is not None)
    for line in report(counts, seconds, pages):
        print(line)
    if args.compare and args.compare.is_file():
        print()
        for line in compare(counts, json.loads(args.compare.read_text(encoding="utf-8"))):
            print(line)
    if args.save:
        args.save.write_text(json.dumps(counts), encoding="utf-8")
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
