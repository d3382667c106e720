"""Relevance, promotion and kind of event on every labelled page but aside's, outlet by outlet.

A rule written while reading one outlet's pages may not hold on another's: the figure a change is
checked against is each outlet scored as a group of its own (leave-one-outlet-out: the rules are
fitted on no page, so an outlet's score is its held-out score; the learned parts — the topic model
of relevance — were trained on the feeds' weak labels, not on these pages), and the mean over the
outlets, each outlet weighing the same whatever its count of pages, next to the figure over all pages.

Development parts (`--parts`, default `tune,train,blogs-tune,fr,train-c,check-d1`): `tune` of
labels.jsonl, `train` (labels-train-a/-b.jsonl), `blogs-tune` (labels-blogs.jsonl), the French pages
(labels-fr*.jsonl: one outlet, `fr-posts`), `train-c` (labels-train-c*.jsonl, samples c1/c2:
labelled after the rules of its session were written and scored unread then; read, like the other
development parts, from the session after: its figure is no longer a first-sight one) and
`check-d1` (labels-check-d1.jsonl, sample d1 of the first-sight draw d, read the same way from the
session after its scoring). Held-out checks, scored but never read (`--check`, default
`blogs-check,check-d2`): `blogs-check` (labels-blogs.jsonl) and `check-d2` (labels-check-d2.jsonl,
sample d2: a guard that a change made on d1's errors does not fall on pages nobody read; never a
development part); absent files are an empty part, reported as such. The `aside` part is never loaded.

Each page goes through the pipeline's extraction (batch document, `extract_article`); the extracted
articles are cached outside the repository (`--cache`; third-party text: never commit it). Figures
as bench/intel.py counts them: relevance accuracy (published = relevance score ≥ the default
threshold and not promotional), promotional pages published, category accuracy on relevant pages.
Each development part's figures are printed too. `--confusion` prints the development parts' (label →
found) category pairs with the outlets where each occurs, `--misses` their errors (never the checks').

Run: python bench/held_outlets.py [--shared ../shared] [--cache /tmp/veilleur-held-outlets.jsonl]
     [--parts tune,train,blogs-tune,fr,train-c,check-d1] [--check blogs-check,check-d2]
     [--confusion] [--misses]
     [--src DIR]  (another checkout's src/, e.g. `git worktree add --detach /tmp/base REF` → /tmp/base/src)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
LABELS = HERE / "data" / "intel"


def records_of(part: str) -> list[dict[str, Any]]:
    """The labelled records of one part, each with its `part`; never aside."""
    from intel import load_labels

    if part == "aside":
        raise ValueError("the aside part is scored only by bench/intel.py, once a change is done")
    if part == "train-c":
        found = [
            json.loads(line)
            for path in sorted(LABELS.glob("labels-train-c*.jsonl"))
            for line in path.open(encoding="utf-8")
            if line.strip()
        ]
    elif part == "train":
        # Samples c1/c2 are the part `train-c`, scored apart (d1/d2 are `check-d1`/`check-d2`).
        found = [r for r in load_labels(part, 0) if not str(r.get("sample", "")).startswith(("c", "d"))]
    else:
        found = load_labels(part, 0)
    return [{**r, "part": part} for r in found]


def key(record: dict[str, Any]) -> str:
    return str(record.get("url") or record.get("id"))


def group(record: dict[str, Any]) -> str:
    from outlets import outlet

    return "fr-posts" if "url" not in record else outlet(record["url"])


def articles(shared: Path, records: list[dict[str, Any]], cache: Path) -> dict[str, dict[str, str]]:
    """Label key → extracted {title, text, url, lang}: cached rows, the missing ones extracted."""
    found: dict[str, dict[str, str]] = {}
    if cache.is_file():
        # (a row cached before the byline was extracted is extracted again)
        rows = [json.loads(line) for line in cache.open(encoding="utf-8") if line.strip()]
        found = {row["key"]: row for row in rows if "byline" in row}
    missing = [r for r in records if key(r) not in found]
    if not missing:
        return found
    from intel import load_pages

    from veilleur.batch import batch_document
    from veilleur.extract import extract_article

    pages = load_pages(shared, missing)
    with cache.open("a", encoding="utf-8") as out:
        for record in missing:
            page = pages.get(key(record))
            if page is None:
                continue
            document, entry, _ = batch_document(page)
            if document is None:
                continue
            article = extract_article(document, entry)
            row = {"key": key(record), "title": article.title, "text": article.text, "url": article.url,
                   "lang": article.lang or "", "byline": getattr(article, "byline", "")}  # fmt: skip
            found[row["key"]] = row
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return found


def predict(article: dict[str, str]) -> tuple[bool, bool, str]:
    """(published, promotional, category) as `enrich` decides them."""
    from veilleur.config import DEFAULT_MIN_RELEVANCE
    from veilleur.enrich import HEADLINE_CHARS
    from veilleur.enrich.category import categorise
    from veilleur.enrich.promotional import promotional_reason
    from veilleur.enrich.relevance import relevance_score

    title, text, url, lang = (
        article["title"][:HEADLINE_CHARS],
        article["text"],
        article["url"],
        article["lang"],
    )
    byline = article.get("byline", "")
    # (without a byline, as a checkout before bylines were read (`--src`) is called)
    promotion = promotional_reason(title, text, url, lang or "en", *([byline] if byline else []))
    score = relevance_score(title, text, url, lang)
    return (
        score >= DEFAULT_MIN_RELEVANCE and not promotion,
        bool(promotion),
        str(categorise(title, text, url)),
    )


def accepted(record: dict[str, Any]) -> set[str]:
    from intel_score import category_label

    ok = {category_label(record["category"])}
    if "attack type unknown" in (record.get("notes") or ""):
        ok |= {"information-leak", "other"}  # GUIDE.md §4: either, for a bare attack
    return ok


class Tally:
    """Counts of one group of pages."""

    def __init__(self) -> None:
        self.pages = self.relevance_ok = self.promo = self.promo_published = 0
        self.relevant = self.category_ok = 0

    def add(self, record: dict[str, Any], published: bool, category: str) -> None:
        self.pages += 1
        self.relevance_ok += published == record["relevant"]
        if record["promotional"]:
            self.promo += 1
            self.promo_published += published
        if record["relevant"]:
            self.relevant += 1
            self.category_ok += category in accepted(record)

    def line(self) -> str:
        category = f"{self.category_ok / self.relevant:.3f}" if self.relevant else "-"
        return (
            f"{self.pages} pages, relevance {self.relevance_ok / max(self.pages, 1):.3f}, promotional "
            f"published {self.promo_published} of {self.promo}, category {category} (of {self.relevant})"
        )


def report(name: str, rows: list[tuple[dict[str, Any], bool, bool, str]], per_outlet: bool) -> None:
    whole, outlets = Tally(), defaultdict(Tally)
    for record, published, _, category in rows:
        whole.add(record, published, category)
        outlets[group(record)].add(record, published, category)
    print(f"{name}: {whole.line()}")
    scored = [t for t in outlets.values() if t.pages]
    relevance = sum(t.relevance_ok / t.pages for t in scored) / max(len(scored), 1)
    with_cat = [t for t in scored if t.relevant]
    category = sum(t.category_ok / t.relevant for t in with_cat) / max(len(with_cat), 1)
    print(f"{name}: mean over {len(scored)} outlets: relevance {relevance:.3f}, category {category:.3f}")
    if per_outlet:
        for outlet, tally in sorted(outlets.items(), key=lambda item: (-item[1].pages, item[0])):
            print(f"  {outlet}: {tally.line()}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/veilleur-held-outlets.jsonl"))
    parser.add_argument(
        "--parts", default="tune,train,blogs-tune,fr,train-c,check-d1", help="development parts, read"
    )
    parser.add_argument("--check", default="blogs-check,check-d2", help="held-out parts, never read")
    parser.add_argument("--outlets", action="store_true", help="print each outlet's figures")
    parser.add_argument("--confusion", action="store_true", help="the development parts' category confusions")
    parser.add_argument("--misses", action="store_true", help="the development parts' errors")
    parser.add_argument(
        "--src",
        type=Path,
        help="score the code of another checkout's src/ (e.g. a `git worktree` of a baseline)",
    )
    args = parser.parse_args()
    parts = [p for p in args.parts.split(",") if p]
    checks = [p for p in args.check.split(",") if p]
    from intel import HELD_OUT

    if held := sorted(HELD_OUT.intersection(parts)):
        parser.error(f"{', '.join(held)}: held-out checks (--check), never development parts")
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    if args.src:
        # (before anything imports veilleur: every import of it below is inside a function)
        sys.path[:] = [p for p in sys.path if p != str(ROOT / "src")]
        sys.path.insert(0, str(args.src.resolve()))
    records = [r for part in parts + checks for r in records_of(part)]
    texts = articles(args.shared, records, args.cache)
    start = time.process_time()
    rows = [(r, *predict(texts[key(r)])) for r in records if key(r) in texts]
    seconds = time.process_time() - start
    development = [row for row in rows if row[0]["part"] in parts]
    report("development (" + ",".join(parts) + ")", development, args.outlets)
    for part in parts:
        whole = Tally()
        for record, published, _, category in development:
            if record["part"] == part:
                whole.add(record, published, category)
        print(f"  {part}: {whole.line()}")
    for part in checks:
        checked = [row for row in rows if row[0]["part"] == part]
        if checked:
            report(f"check {part}", checked, False)
        else:
            print(f"check {part}: no labelled page (its label files are absent)")
    print(f"CPU {1000 * seconds / max(len(rows), 1):.2f} ms/page for relevance + promotion + category")
    if args.confusion:
        pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
        for record, _, _, category in development:
            if record["relevant"] and category not in accepted(record):
                pairs[(record["category"], category)].append(group(record))
        for (label, found), where in sorted(pairs.items(), key=lambda item: -len(item[1])):
            print(f"confusion {label} → {found}: {len(where)} ({', '.join(sorted(Counter(where)))})")
    if args.misses:
        for record, published, promotional, category in development:
            head = f"{texts[key(record)]['title'][:90]!r} [{group(record)}]"
            if published != record["relevant"]:
                why = "promotional" if promotional else "score"
                print(
                    f"relevance {record['relevant']}→{published} ({why}, promo {record['promotional']}): "
                    f"{head}"
                )
            if record["relevant"] and category not in accepted(record):
                print(f"category {record['category']}→{category}: {head}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
