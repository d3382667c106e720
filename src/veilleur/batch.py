"""Pages through the stages without a store. JSON-lines batches: records in (`html`, `markdown` or
`text`, with `url`, `title`, `published`…), one JSON line out per record — the article, its Intel
record, or its story; used by `veilleur extract|intel|stories --jsonl` and by the benchmarks in
`bench/`. One page: the post the pipeline would publish for it (`page_post`, `veilleur post`)."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import IO, Any
from urllib.parse import urlsplit

from veilleur.config import Settings
from veilleur.models import Article, BriefRequest, ClusterInput, Document, Entry, Intel


def open_in(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def open_out(path: str) -> IO[str]:
    if path == "-":
        return sys.stdout
    if path.endswith(".gz"):
        return gzip.open(path, "wt", encoding="utf-8")
    return open(path, "w", encoding="utf-8")


def read_jsonl(path: str) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """(line number, record or None, error) for each non-empty line; bad lines do not stop."""
    stream = open_in(path)
    try:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, None, f"invalid JSON: {exc}"
                continue
            if not isinstance(record, dict):
                yield number, None, "invalid input: a JSON object is expected"
                continue
            yield number, record, ""
    finally:
        if stream is not sys.stdin:
            stream.close()


def batch_document(record: dict[str, Any]) -> tuple[Document | None, Entry, str]:
    """Document and entry of one batch record (`html`, `markdown` or `text`), or an error."""

    from veilleur.collect.dates import parse_date

    url = str(record.get("url") or f"urn:veilleur:{record.get('id', '')}")
    # Aware (a date alone is its midnight UTC) or None: dated and undated lines sort together.
    published = parse_date(str(record["published"])) if record.get("published") else None
    entry = Entry(
        url=url, canonical_url=url, source="batch", title=str(record.get("title") or ""), published=published
    )
    for field, content_type in (("html", "text/html"), ("markdown", "text/markdown"), ("text", "text/plain")):
        value = record.get(field)
        if isinstance(value, str):
            return (
                Document(url=url, final_url=url, status=200, content_type=content_type, text=value),
                entry,
                "",
            )
    return None, entry, "invalid input: one of html, markdown or text is required"


def article_json(article: Article) -> dict[str, Any]:
    return {
        "url": article.url,
        "canonical_url": article.canonical_url,
        "title": article.title,
        "text": article.text,
        "lang": article.lang,
        "published": article.published.isoformat() if article.published else None,
        "usable": article.usable,
        "reason": article.reason,
        "method": article.method,
    }


def intel_json(record: Intel) -> dict[str, Any]:
    data = record.model_dump()
    data["iocs"] = [{"kind": i.kind, "value": i.value, "defanged": i.defanged} for i in record.iocs]
    return data


def run_batch(in_path: str, out_path: str, settings: Settings, with_intel: bool) -> int:
    """Extract (and with `with_intel`, enrich) each record of `in_path`; one JSON line per record
    in `out_path` (a bad record is a line saying why, never a stop). Returns the lines written."""
    from veilleur.enrich import enrich
    from veilleur.extract import extract_article

    sink = open_out(out_path)
    count = 0
    try:
        for number, record, error in read_jsonl(in_path):
            if record is None:
                row: dict[str, Any] = {"line": number, "usable": False, "reason": error}
            else:
                document, entry, error = batch_document(record)
                row = {key: value for key, value in record.items() if key not in {"html", "markdown", "text"}}
                if document is None:
                    row.update(usable=False, reason=error)
                else:
                    article = extract_article(document, entry, settings.limits.min_words)
                    row.update(
                        {k: v for k, v in article_json(article).items() if k not in {"url", "canonical_url"}}
                    )
                    if with_intel:
                        found = enrich(article, settings.limits.min_relevance, settings.watchlist)
                        row["intel"] = intel_json(found)
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    finally:
        if sink is not sys.stdout:
            sink.close()
    return count


def assign_batch(in_path: str, out_path: str, settings: Settings) -> tuple[int, int]:
    """Story ids for a batch of articles, without a store: records as for `run_batch`, taken in
    order of `published`, then input order; each output line adds `story_id`, `joined` (the
    article it matched), `score`, `signals` and `near_duplicate`. Returns (articles, stories)."""
    from veilleur.cluster.features import features_for
    from veilleur.cluster.stories import Clusterer
    from veilleur.enrich import enrich
    from veilleur.extract import extract_article

    items: list[tuple[datetime, int, dict[str, Any], Article | None]] = []
    for number, record, _error in read_jsonl(in_path):
        if record is None:
            continue
        document, entry, _ = batch_document(record)
        article = extract_article(document, entry, settings.limits.min_words) if document else None
        moment = (
            entry.published or (article.published if article else None) or datetime(1970, 1, 1, tzinfo=UTC)
        )
        items.append((moment, number, record, article))
    items.sort(key=lambda item: (item[0], item[1]))
    # The pipeline's own path: extraction above, enrichment, then features of the article only.
    inputs = [
        ClusterInput(
            str(record.get("id", number)),
            moment.date(),
            article.title if article else "",
            article.text if article else "",
            str(record.get("source") or record.get("feed_name") or ""),
            enrich(article, settings.limits.min_relevance, settings.watchlist) if article else None,
            headline=str(record.get("title") or ""),
        )
        for moment, number, record, article in items
    ]
    clusterer = Clusterer()
    stories_seen: set[str] = set()
    sink = open_out(out_path)
    try:
        for (_moment, _number, record, _article), features in zip(items, features_for(inputs), strict=True):
            row = {key: value for key, value in record.items() if key not in {"html", "markdown", "text"}}
            decision = clusterer.add(features)
            stories_seen.add(decision.story_id)
            row.update(
                story_id=decision.story_id,
                joined=decision.joined,
                score=decision.score,
                signals=decision.signals,
                near_duplicate=decision.near_duplicate,
            )
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if sink is not sys.stdout:
            sink.close()
    return len(items), len(stories_seen)


class NoPost(ValueError):
    """Why one page gives no post: its fetch failed, it holds no article, it is not about
    cybersecurity, or no briefing could be written. The message is the reason, for the user."""


def page_post(
    document: Document | None, entry: Entry, settings: Settings, day: date, tag: str, style: str | None = None
) -> tuple[str, str]:
    """The Jekyll post of one page alone, through the pipeline's own steps (extraction,
    enrichment with the settings' watchlist, the briefing writer, the post renderer): (the post's
    Markdown text, which backend wrote its briefing). `document` None: its fetch failed. Raises
    NoPost with the reason when there is no post."""
    from veilleur.brief.writer import Writer
    from veilleur.enrich import enrich
    from veilleur.extract import content_hash, extract_article
    from veilleur.publish.jekyll import render_post

    article = extract_article(document, entry, settings.limits.min_words)
    if not article.usable:
        raise NoPost(article.reason)
    intel = enrich(article, settings.limits.min_relevance, settings.watchlist)
    if not intel.relevant:
        raise NoPost(f"not about cybersecurity (score {intel.relevance_score})")
    outlet = urlsplit(entry.url).hostname or "la source"
    request = BriefRequest(article=article, intel=intel, outlet=outlet, url=entry.url)
    outcome = Writer(settings.brief).write(request, content_hash(article.text))
    if outcome.briefing is None:
        raise NoPost(outcome.error)
    briefing = outcome.briefing
    rendered = render_post(briefing, article.title, day, tag, [entry.url], style or settings.publish.style)
    return rendered.text, outcome.written_by or briefing.backend
