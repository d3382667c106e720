"""Where victims are lost, on parts one may tune on (never `aside` nor `blogs-check`).

For each labelled victim of a relevant page, after the pipeline's extraction and `enrich`:
  found          the output names it (the scorer's matching, bench/intel_score.py)
  (a) candidate  no candidate of the headline and lead spells it — split by where the name is:
                 lead (in the headline or lead, not read as a name), body (only further down),
                 absent (not in the extracted text: capture or extraction lost it)
  (b) filtered   a candidate spells it, the model or the filters left it out
  (c) bounds     a candidate or the output overlaps it without spelling it ("Yamaha" for
                 "Yamaha Canada Music")
and for each output name that is no labelled victim (d), the kind read from its features:
reporter/agency, threat (a gang), person, product/place, overlap (c), other.

Run: python bench/victim_losses.py [--part tune,blogs-tune,train,fr] [--shared ../shared] [--list]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
# The development parts only: every check draw's first half, never a guard (`intel.HELD_OUT`).
ALLOWED = ("tune", "blogs-tune", "train", "fr", *(f"check-{d}1" for d in "deghijk"))


def _overlaps(a: str, b: str) -> bool:
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _extra_kind(name: str, features: set[str], gold: list[str]) -> str:
    from intel_score import fold

    if any(_overlaps(fold(name), g) for g in gold):
        return "overlap (c)"
    if features & {"known:reporter", "L:reported_by", "S:reporter"} and "known:reporter" in features:
        return "reporter/agency"
    if "known:threat" in features or "has:threat_word" in features:
        return "threat"
    if features & {"ent:PERSON", "ent:PER"}:
        return "person"
    if features & {"known:product", "known:place", "has:place", "ent:GPE", "ent:LOC"}:
        return "product/place"
    return "other"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--part", default="tune,blogs-tune,train,fr")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--list", action="store_true", help="print each loss")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    parts = args.part.split(",")
    if any(p not in ALLOWED for p in parts):
        parser.error(f"parts one may tune on only: {', '.join(ALLOWED)}")
    from intel import load_labels, load_pages
    from intel_score import _victim_match, fold, pair_victims

    from veilleur.batch import batch_document
    from veilleur.enrich import enrich
    from veilleur.enrich.category import categorise
    from veilleur.enrich.victim_model import candidates, outlet_of
    from veilleur.enrich.victim_words import LEAD_CHARS
    from veilleur.extract import extract_article

    for part in parts:
        records = [r for r in load_labels(part, 0) if r.get("relevant")]
        pages = load_pages(args.shared, records)
        losses: Counter[str] = Counter()
        extras: Counter[str] = Counter()
        lines: list[str] = []
        for record in records:
            key = record.get("url") or record.get("id", "")
            page = pages.get(key)
            if page is None:
                continue
            document, entry, _ = batch_document(page)
            if document is None:
                continue
            article = extract_article(document, entry)
            intel = enrich(article)
            found = candidates(
                article.title,
                article.text,
                article.lang,
                outlet_of(article.url),
                categorise(article.title, article.text, article.url),
            )
            keys = {fold(c.name): c for c in found}
            lead = fold(f"{article.title} {article.text[:LEAD_CHARS]}")
            body = fold(f"{article.title} {article.text}")
            gold = [fold(v["name"]) for v in record["victims"]]
            out = [v.name for v in intel.victims]
            hits = pair_victims([v["name"] for v in record["victims"]], out, _victim_match)
            used = {hit for hit in hits if hit is not None}
            for victim, hit in zip(record["victims"], hits, strict=True):
                name = victim["name"]
                if hit is not None:
                    losses["found"] += 1
                    continue
                g = fold(name)
                if g in keys:
                    kind = "(b) filtered"
                elif any(_overlaps(g, k) for k in keys) or any(_overlaps(g, fold(o)) for o in out):
                    kind = "(c) bounds"
                elif f" {g} " in f" {lead} ":
                    kind = "(a) candidate: lead"
                elif f" {g} " in f" {body} ":
                    kind = "(a) candidate: body"
                else:
                    kind = "(a) candidate: absent"
                losses[kind] += 1
                lines.append(f"{kind}: {name!r} {key}")
            for i, name in enumerate(out):
                if i in used:
                    continue
                candidate = keys.get(fold(name))
                kind = _extra_kind(name, candidate.features if candidate else set(), gold)
                extras[kind] += 1
                lines.append(f"(d) extra {kind}: {name!r} {key}")
        total = sum(losses.values())
        print(f"[{part}] {len(records)} relevant pages, {total} labelled victims")
        for kind, n in sorted(losses.items()):
            print(f"  {kind:24} {n:4}  {n / max(1, total):.2f}")
        print(f"  extras {sum(extras.values())}: " + ", ".join(f"{k} {n}" for k, n in extras.most_common()))
        if args.list:
            print("\n".join(f"  {line}" for line in lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
