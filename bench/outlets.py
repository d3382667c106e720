"""Relevance, promotion and category measured on outlets held out (the `tune` + `train` labels).

Rules and models tuned on some outlets do not carry to others: a figure measured on the outlets a
change was developed on says little. This bench splits the labelled pages of the `tune` part
(bench/data/intel/labels.jsonl) and the `train` part (labels-train-*.jsonl) by outlet — the
site of the page's address, its last two host labels ("go.theregister.com" → "theregister") —
into two halves: the outlets sorted by page count (then name) are dealt in snake order
(A, B, B, A, A, B, …), so each half has big and small outlets. Develop by reading half A's errors
(`--misses A`); measure half B only when a change is finished. The `aside` part is never read.

Each page goes through what the pipeline runs on a markdown capture (batch document,
`extract_article`); the extracted articles are cached in a scratch file outside the repository
(`--cache`, third-party text: never commit it). Figures per half, as bench/intel.py counts them:
relevance accuracy (published = relevance score ≥ the default threshold and not promotional),
promotional pages published, category accuracy on the relevant pages; `--confusion` lists each
half's wrong categories as (label → found) pairs, most frequent first.

`--models` measures, instead, small statistical classifiers trained on one half's labels and
scored on the other half's outlets (both ways), next to the rules on the same pages: a logistic
regression (scikit-learn, the `train` extra) over the distinct words and word pairs of the article
(headline words marked apart, the body's first 3,000 characters; no address, no outlet), and the
same over the multilingual sentence embedding of the headline and lead that stories use
(cluster/embed.py). Relevance, promotional (probability > 0.5), category on the relevant pages.

Run: python bench/outlets.py [--shared ../shared] [--cache /tmp/veilleur-outlets.jsonl]
     [--misses A|B] [--half A|B] [--halves] [--models] [--confusion]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = HERE / "data" / "intel"


def outlet(url: str) -> str:
    """The page's site: the label before the top-level domain ("go.theregister.com" → "theregister";
    securityaffairs.co and securityaffairs.com are one outlet)."""
    host = (urlsplit(url).hostname or "").casefold()
    labels = host.split(".")
    return labels[-2] if len(labels) > 1 else host


def labelled() -> list[dict[str, Any]]:
    """The tune and train labels (never the aside part)."""
    records = [
        r
        for line in (LABELS / "labels.jsonl").open(encoding="utf-8")
        if (r := json.loads(line))["split"] == "tune"
    ]
    for path in sorted(LABELS.glob("labels-train-*.jsonl")):  # samples a, b, c1, c2 when present
        records += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return records


def halves(records: Iterable[dict[str, Any]]) -> dict[str, str]:
    """outlet → "A" or "B": outlets by page count (desc, then name) dealt A, B, B, A, A, B, …"""
    counts = Counter(outlet(r["url"]) for r in records)
    ordered = sorted(counts, key=lambda o: (-counts[o], o))
    return {o: "AB"[(i % 4) in (1, 2)] for i, o in enumerate(ordered)}


def build_cache(shared: Path, records: list[dict[str, Any]], cache: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from veilleur.batch import batch_document
    from veilleur.extract import extract_article

    urls = {r["url"] for r in records}
    with (
        gzip.open(shared / "corpus" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as stream,
        cache.open("w", encoding="utf-8") as out,
    ):
        for line in stream:
            page = json.loads(line)
            if page.get("url") not in urls:
                continue
            document, entry, _ = batch_document(page)
            if document is None:
                continue
            article = extract_article(document, entry)
            row = {"url": page["url"], "title": article.title, "text": article.text, "lang": article.lang}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def load_articles(shared: Path, cache: Path, records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    if not cache.is_file():
        build_cache(shared, records, cache)
    return {row["url"]: row for line in cache.open(encoding="utf-8") if (row := json.loads(line))}


def predict(article: dict[str, Any]) -> tuple[bool, bool, str]:
    """(published, promotional, category) as `enrich` decides them."""
    from veilleur.config import DEFAULT_MIN_RELEVANCE
    from veilleur.enrich.category import categorise
    from veilleur.enrich.promotional import promotional_reason
    from veilleur.enrich.relevance import relevance_score

    title, text, url = article["title"], article["text"], article["url"]
    promotion = promotional_reason(title, text, url, article.get("lang") or "en")
    score = relevance_score(title, text, url, article.get("lang") or "")
    published = score >= DEFAULT_MIN_RELEVANCE and not promotion
    return published, bool(promotion), categorise(title, text, url)


def _words(article: dict[str, Any]) -> set[str]:
    """Distinct words and word pairs of the headline (marked "t:") and of the body's start."""
    import re

    word = re.compile(r"[^\W\d_][\w'’-]*")
    title = [w.casefold() for w in word.findall(article["title"])]
    body = [w.casefold() for w in word.findall(article["text"][:3000])]
    pairs = [f"{a}_{b}" for a, b in pairwise(body)]
    heads = [f"t:{a}_{b}" for a, b in pairwise(title)]
    return {f"t:{w}" for w in title} | set(heads) | set(body) | set(pairs)


def models(
    records: list[dict[str, Any]], articles: dict[str, dict[str, Any]], half_of: dict[str, str]
) -> None:
    """Classifiers trained on one half, scored on the other half's outlets, next to the rules."""
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    from veilleur.cluster.embed import embed
    from veilleur.cluster.features import lead_of

    records = [r for r in records if r["url"] in articles]
    pages = [articles[r["url"]] for r in records]
    half = np.array([half_of[outlet(r["url"])] for r in records])
    relevant = np.array([r["relevant"] for r in records])
    promotional = np.array([r["promotional"] for r in records])
    category = np.array([r["category"] or "" for r in records])
    rules = [predict(a) for a in pages]
    vectors = embed([lead_of(a["title"], a["text"]) for a in pages])
    words = [_words(a) for a in pages]
    for train, test in (("A", "B"), ("B", "A")):
        fit, score = np.where(half == train)[0], np.where(half == test)[0]
        ruled = np.array([rules[i][0] for i in score])
        rule_cat = np.array([rules[i][2] for i in score[relevant[score]]])
        promos, rule_promos = int(promotional[score].sum()), int(np.sum(ruled & promotional[score]))
        print(
            f"trained on {train}, scored on {test}: rules relevance {np.mean(ruled == relevant[score]):.3f}, "
            f"promotional published {rule_promos}/{promos}, "
            f"category {np.mean(rule_cat == category[score[relevant[score]]]):.3f} (exact label)"
        )
        for name in ("words", "embedding"):

            def features(rows: Any, fitted: Any = None, name: str = name) -> Any:
                if name == "embedding":
                    return vectors[rows], None
                vectorizer = fitted or CountVectorizer(analyzer=lambda d: d, min_df=2, binary=True)
                docs = [words[i] for i in rows]
                return (vectorizer.transform(docs) if fitted else vectorizer.fit_transform(docs)), vectorizer

            def fitted_model(rows: Any, labels: Any) -> Any:
                x, vectorizer = features(rows)
                model = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(x, labels[rows])
                return model, vectorizer

            model, vec = fitted_model(fit, relevant)
            rel = model.predict(features(score, vec)[0])
            model, vec = fitted_model(fit, promotional)
            promo = model.predict(features(score, vec)[0])
            published = rel & ~promo
            caught, wrong = int(np.sum(promo & promotional[score])), int(np.sum(promo & ~promotional[score]))
            inside = score[relevant[score]]
            model, vec = fitted_model(fit[relevant[fit]], category)
            cat = model.predict(features(inside, vec)[0])
            print(
                f"  {name:9}: relevance {np.mean(published == relevant[score]):.3f}, promotional published "
                f"{int(np.sum(published & promotional[score]))}/{promos} (flagged "
                f"{caught}, wrongly {wrong}), "
                f"category {np.mean(cat == category[inside]):.3f}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/veilleur-outlets.jsonl"))
    parser.add_argument("--misses", choices=("A", "B"), help="print this half's errors")
    parser.add_argument("--halves", action="store_true", help="print the outlets of each half and stop")
    parser.add_argument("--half", choices=("A", "B"), help="score this half only")
    parser.add_argument("--models", action="store_true", help="score classifiers trained on the other half")
    parser.add_argument("--confusion", action="store_true", help="print each half's category confusions")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    from importlib.util import find_spec

    if (
        args.models and find_spec("sklearn") is None
    ):  # the `train` extra: without it, a traceback deep in the run
        sys.exit(
            "bench/outlets.py --models needs scikit-learn, of the train extra: pip install -e '.[train]'"
        )
    sys.path.insert(0, str(ROOT / "src"))
    records = labelled()
    half_of = halves(records)
    if args.halves:
        counts = Counter(outlet(r["url"]) for r in records)
        for half in "AB":
            names = [
                f"{o} ({counts[o]})" for o in sorted(half_of, key=lambda o: -counts[o]) if half_of[o] == half
            ]
            print(half, sum(counts[o] for o in half_of if half_of[o] == half), ", ".join(names))
        return 0
    articles = load_articles(args.shared, args.cache, records)
    if args.models:
        models(records, articles, half_of)
        return 0
    figures: dict[str, Counter[str]] = {"A": Counter(), "B": Counter()}
    misses: list[str] = []
    confusion: dict[str, Counter[tuple[str, str]]] = {"A": Counter(), "B": Counter()}
    start = time.process_time()
    for label in records:
        article = articles.get(label["url"])
        if article is None:
            continue
        half = half_of[outlet(label["url"])]
        if args.half and half != args.half:
            continue
        published, promotional, category = predict(article)
        f = figures[half]
        f["pages"] += 1
        f["relevance_ok"] += published == label["relevant"]
        if label["promotional"]:
            f["promo"] += 1
            f["promo_published"] += published
        if label["promotional"] != promotional:
            f["promo_wrong"] += 1
        if label["relevant"]:
            f["cat_total"] += 1
            accepted = {label["category"]}
            if "attack type unknown" in (label.get("notes") or ""):
                accepted |= {"information-leak", "other"}  # GUIDE.md §4: either, for a bare attack
            f["cat_ok"] += category in accepted
            if category not in accepted:
                confusion[half][(label["category"], category)] += 1
        if half == args.misses:
            head = f"{article['title'][:80]!r} {label['url']}"
            if published != label["relevant"]:
                why = "promotional" if promotional else "score"
                misses.append(
                    f"relevance {label['relevant']}→{published} ({why}; "
                    f"label promo {label['promotional']}): {head}"
                )
            elif promotional != label["promotional"]:
                misses.append(f"promotional {label['promotional']}→{promotional}: {head}")
            if label["relevant"] and category != label["category"]:
                misses.append(f"category {label['category']}→{category}: {head}")
    seconds = time.process_time() - start
    for half, f in figures.items():
        if not f["pages"]:
            continue
        print(
            f"half {half}: {f['pages']} pages; relevance {f['relevance_ok'] / f['pages']:.3f}; "
            f"promotional published {f['promo_published']}/{f['promo']} (promotional flag wrong on "
            f"{f['promo_wrong']}); category {f['cat_ok'] / f['cat_total']:.3f} (of {f['cat_total']})"
        )
    pages = sum(f["pages"] for f in figures.values())
    print(f"CPU {1000 * seconds / max(pages, 1):.2f} ms/page for relevance + promotion + category")
    if args.confusion:
        for half, pairs in confusion.items():
            for (expected, found), n in pairs.most_common():
                print(f"confusion {half}: {expected} → {found}: {n}")
    for line in sorted(misses):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
