"""Measure a learned kind of event against the rules, holding out whole outlets (not shipped).

The question: does a statistical model, trained on our labels, decide the kind of event better than
the guide's overlap rules (enrich/category.py) on outlets it never saw? Pages: every labelled page
that is neither `aside` (bench/data/intel/labels.jsonl) nor `blogs-check` (labels-blogs.jsonl) —
the `tune` part, the `train` split (labels-train-*.jsonl), `blogs-tune` and the French pages
(labels-fr.jsonl) — those labelled relevant (a category is given only to them). Each page goes
through the pipeline's own extraction (batch document, `extract_article`); the extracted articles
are cached in a scratch file outside the repository (`--cache`, third-party text: never commit it).

Model: scikit-learn's multinomial logistic regression (L2, lbfgs; the `train` extra) over `features`
below: the rules' kind (`--without-rule` leaves it out), each kind's vocabulary in headline / lead /
the text's start, which kind the headline names first, a few headline shapes; `--title-words` adds
the headline's words. No outlet is a feature. The model overrides the rules only when it prefers
another kind by `margin` in probability (margin 0 with `--without-rule`: the model alone).

Evaluation: leave-one-outlet-out — for each outlet (the site of the address, as bench/outlets.py
names it; the French posts are one group) the model is fitted on every other outlet's pages and
scored on this one's. Printed per C and margin: accuracy on the held-out outlets per part, and the
pages fixed and broken against the rules. The rules were developed on `tune` and `train` (their
figure there is flattered); `blogs-tune` and the French posts are the fairer comparison.
Deterministic (sorted pages, lbfgs).

Run: python bench/learned_category.py [--shared ../shared] [--cache /tmp/veilleur-category.jsonl]
     [--without-rule] [--title-words] [--errors --c 0.3 --margin 0.2]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

# Characters of the text whose vocabulary is counted: the article's start tells its subject, and a
# long page's comments and teasers would otherwise weigh as much as its lead.
BODY_CHARS = 3000
# A kind's count in the body saturates: repetition says little more than presence.
MAX_COUNT = 6


def features(title: str, text: str, rule: str) -> dict[str, float]:
    """Feature name → value for one page: `rule` is the rules' kind for it."""
    from veilleur.enrich.category import (
        _PATTERNS,
        CATEGORIES,
        _at,
        _lead,
    )
    from veilleur.enrich.category_rules import names_attack, police_in_lead
    from veilleur.enrich.category_shapes import REPORT
    from veilleur.enrich.relevance import SHORT_TEXT_WORDS
    from veilleur.enrich.roundups import is_roundup

    lead = _lead(text)
    body = text[:BODY_CHARS]
    out: dict[str, float] = {f"rule={rule}": 1.0, "bias": 1.0}
    first: list[tuple[int, str]] = []
    for kind in CATEGORIES:
        if kind not in _PATTERNS:
            continue
        at = _at(kind, title)
        if at >= 0:
            out[f"title:{kind}"] = 1.0
            first.append((at, kind))
        if _at(kind, lead) >= 0:
            out[f"lead:{kind}"] = 1.0
        count = _PATTERNS[kind].count(body, MAX_COUNT)
        if count:
            out[f"body:{kind}"] = math.log1p(count)
    if first:
        out[f"first:{min(first)[1]}"] = 1.0
    out["title_kinds"] = float(len(first))
    if is_roundup(title):
        out["roundup"] = 1.0
    if len(text.split()) < SHORT_TEXT_WORDS:
        out["short"] = 1.0
    if names_attack(title):
        out["attack"] = 1.0
    if REPORT.search(title):
        out["report"] = 1.0
    if police_in_lead(lead):
        out["police_lead"] = 1.0
    return out


def probabilities(values: dict[str, float], weights: dict[str, dict[str, float]]) -> dict[str, float]:
    """Softmax over the kinds of the linear scores."""
    scores = {k: sum(w.get(f, 0.0) * v for f, v in values.items()) for k, w in weights.items()}
    top = max(scores.values())
    exp = {k: math.exp(s - top) for k, s in scores.items()}
    total = sum(exp.values())
    return {k: e / total for k, e in exp.items()}


HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
LABELS = HERE / "data" / "intel"
C_VALUES = (0.03, 0.1, 0.3, 1.0)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def training_records() -> list[dict[str, Any]]:
    """(part, record) of every labelled page allowed for training; never aside nor blogs-check."""
    from intel import load_labels

    out = []
    for part in ("tune", "train", "blogs-tune", "fr"):
        for record in load_labels(part, 0):
            if part == "train" and str(record.get("sample", "")).startswith("c"):
                continue  # samples c1/c2: the held-out check `train-c` (bench/held_outlets.py)
            out.append({**record, "part": part})
    return out


def key(record: dict[str, Any]) -> str:
    return str(record.get("url") or record.get("id"))


def group(record: dict[str, Any]) -> str:
    from outlets import outlet

    return "fr-posts" if record["part"] == "fr" else outlet(record["url"])


def articles(shared: Path, records: list[dict[str, Any]], cache: Path) -> dict[str, dict[str, str]]:
    """Label key → extracted {title, text, url, lang}, from the cache or by extraction."""
    if cache.is_file():
        rows = [json.loads(line) for line in cache.open(encoding="utf-8") if line.strip()]
        found = {row["key"]: row for row in rows}
        if all(key(r) in found for r in records):
            return found
    from intel import load_pages

    from veilleur.batch import batch_document
    from veilleur.extract import extract_article

    pages = load_pages(shared, records)
    found = {}
    with cache.open("w", encoding="utf-8") as out:
        for record in records:
            page = pages.get(key(record))
            if page is None:
                continue
            document, entry, _ = batch_document(page)
            if document is None:
                continue
            article = extract_article(document, entry)
            row = {"key": key(record), "title": article.title, "text": article.text, "url": article.url,
                   "lang": article.lang or ""}  # fmt: skip
            found[row["key"]] = row
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return found


def accepted(record: dict[str, Any]) -> set[str]:
    from intel_score import category_label

    ok = {category_label(record["category"])}
    if "attack type unknown" in (record.get("notes") or ""):
        ok |= {"information-leak", "other"}  # GUIDE.md §4: either, for a bare attack
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/veilleur-category.jsonl"))
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--margin", type=float, default=0.2)
    parser.add_argument(
        "--without-rule", action="store_true", help="leave the rules' kind out of the features"
    )
    parser.add_argument(
        "--title-words", action="store_true", help="add the headline's words as features (trial)"
    )
    parser.add_argument("--errors", action="store_true", help="print the held-out pages fixed and broken")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    from importlib.util import find_spec

    if find_spec("sklearn") is None:  # the `train` extra: without it, a traceback deep in the run
        sys.exit(
            "bench/learned_category.py needs scikit-learn, of the train extra: pip install -e '.[train]'"
        )

    import numpy as np
    from intel_score import category_label
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from veilleur.enrich.category import rule_category

    records = [r for r in training_records() if r["relevant"]]
    texts = articles(args.shared, training_records(), args.cache)
    records = sorted((r for r in records if key(r) in texts), key=key)
    rules, rows = [], []
    for record in records:
        page = texts[key(record)]
        rule = str(rule_category(page["title"], page["text"], page["url"]))
        rules.append(rule)
        row = features(page["title"], page["text"], rule)
        if args.title_words:
            import re

            row |= {f"w:{w}": 1.0 for w in re.findall(r"[a-zà-ÿ]{3,}", page["title"].casefold())}
        if args.without_rule:
            row = {f: v for f, v in row.items() if not f.startswith("rule=")}
        rows.append(row)
    gold = [category_label(r["category"]) for r in records]
    groups = [group(r) for r in records]
    print(
        f"{len(records)} relevant pages, {len(set(groups))} outlets; "
        f"parts {Counter(r['part'] for r in records)}"
    )

    def fit(index: list[int], c: float) -> dict[str, dict[str, float]]:
        vectoriser = DictVectorizer(sort=True)
        x = vectoriser.fit_transform([rows[i] for i in index])
        model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)
        model.fit(x, [gold[i] for i in index])
        names = vectoriser.get_feature_names_out()
        return {
            str(kind): {
                str(n): round(float(w), 4) for n, w in zip(names, coef, strict=True) if abs(w) >= 1e-4
            }
            for kind, coef in zip(model.classes_, model.coef_, strict=True)
        }

    def decide(i: int, weights: dict[str, dict[str, float]], margin: float) -> str:
        probs = probabilities(rows[i], weights)
        best = max(probs, key=lambda k: probs[k])
        return best if best != rules[i] and probs[best] - probs.get(rules[i], 0.0) >= margin else rules[i]

    ok_rules = np.array([rules[i] in accepted(r) for i, r in enumerate(records)])
    parts = sorted({r["part"] for r in records})
    print("rules alone (no learning): " + ", ".join(
        f"{p} {np.mean([ok_rules[i] for i, r in enumerate(records) if r['part'] == p]):.3f}" for p in parts
    ) + f", all {ok_rules.mean():.3f}")  # fmt: skip
    for c in C_VALUES:
        held: dict[float, list[str]] = {m: [""] * len(records) for m in MARGINS}
        for outlet in sorted(set(groups)):
            test = [i for i, g in enumerate(groups) if g == outlet]
            train = [i for i, g in enumerate(groups) if g != outlet]
            weights = fit(train, c)
            for m in MARGINS:
                for i in test:
                    held[m][i] = decide(i, weights, m)
        for m in MARGINS:
            ok = np.array([held[m][i] in accepted(r) for i, r in enumerate(records)])
            fixed, broken = int(np.sum(ok & ~ok_rules)), int(np.sum(~ok & ok_rules))
            per = ", ".join(
                f"{p} {np.mean([ok[i] for i, r in enumerate(records) if r['part'] == p]):.3f}" for p in parts
            )
            print(
                f"C {c:<5} margin {m:.1f}: held-out outlets {per}, all {ok.mean():.3f} "
                f"(fixes {fixed}, breaks {broken})"
            )
            if args.errors and c == args.c and m == args.margin:
                for i, r in enumerate(records):
                    if ok[i] != ok_rules[i]:
                        what = "fixed" if ok[i] else "broke"
                        print(
                            f"  {what} {gold[i]}: rules {rules[i]} → {held[m][i]}: "
                            f"{texts[key(r)]['title'][:90]!r}"
                        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
