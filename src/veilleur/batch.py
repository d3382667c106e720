"""Pages through the stages without a store. JSON-lines batches: records in (`html`, `markdown` or
`text`, with `url`, `title`, `published`…), one JSON line out per record — the article, its Intel
record, or its story; used by `veilleur extract|intel|stories --jsonl` and by the benchmarks in
`bench/`. One page: the post the pipeline would publish for it (`page_post`, `veilleur post`)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from veilleur.config import Settings
from veilleur.jsonl import json_line, open_out, read_jsonl
from veilleur.models import Article, BriefRequest, ClusterInput, Document, Entry, Intel

if TYPE_CHECKING:
    from veilleur.cluster.features import Features


_CONTENT_FIELDS = (("html", "text/html"), ("markdown", "text/markdown"), ("text", "text/plain"))


def record_id(record: dict[str, Any], number: int) -> str:
    """The record's `id` as text (a string or a number), else its line number."""
    value = record.get("id")
    if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value):
        return str(value)
    return str(number)


def batch_document(
    record: dict[str, Any], max_bytes: int | None = None
) -> tuple[Document | None, Entry, str]:
    """Document and entry of one batch record (`html`, `markdown` or `text`: of several, the
    first in that order that holds a word, the others named in the notes), or None and the error:
    no content, content that is no string, a page over `max_bytes` (UTF-8) as the fetcher refuses
    it. A `url`, `title` or `published` of the wrong type, an address that cannot be split or a
    date that reads as none is left out and named in the third value (the document is given)."""

    from veilleur import clock
    from veilleur.collect.dates import parse_date, plausible

    notes = []
    fields = {}
    for name in ("url", "title", "published"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            notes.append(f"{name} must be a string, not {type(value).__name__}: left out")
            value = None
        fields[name] = value or ""
    url = fields["url"]
    try:
        urlsplit(url)
    except ValueError as exc:
        notes.append(f"url {url[:200]!r} cannot be read ({exc}): left out")
        url = ""
    url = url or f"urn:veilleur:{record_id(record, 0)}"
    # Aware (a date alone is its midnight UTC) or None: dated and undated lines sort together.
    published = parse_date(fields["published"]) if fields["published"] else None
    if fields["published"] and published is None:
        notes.append(f"published {fields['published'][:100]!r} reads as no date: left out")
    elif published is not None and not plausible(published, clock.now()):
        # As a feed's: a page dated 2999 or 1970 would stand alone, days away from its event.
        notes.append(f"published {published:%Y-%m-%d} is no plausible date: left out")
        published = None
    entry = Entry(url=url, canonical_url=url, source="batch", title=fields["title"], published=published)
    given = [(name, kind) for name, kind in _CONTENT_FIELDS if record.get(name) is not None]
    chosen = _chosen_content(record, given)
    if chosen is None:
        return None, entry, "invalid input: one of html, markdown or text is required"
    name, content_type = chosen
    ignored = [other for other, _kind in given if other != name]
    if ignored:  # said on the line's output, never a failure: the page is read all the same
        notes.append(f"{name} read, {' and '.join(ignored)} ignored ({CONTENT_PRECEDENCE})")
    value = record[name]
    if not isinstance(value, str):
        return None, entry, f"invalid input: {name} must be a string, not {type(value).__name__}"
    if max_bytes is not None and len(value) > max_bytes // 4 and len(value.encode()) > max_bytes:
        return None, entry, f"invalid input: {name} larger than {max_bytes:,} bytes, refused as a fetch is"
    document = Document(url=url, final_url=url, status=200, content_type=content_type, text=value)
    return document, entry, "; ".join(notes)


# A line may give its page in several forms; one is read. The whole page comes first (its markup
# holds the title, date and byline the others lost), then Markdown (headings and links kept),
# then plain text; a form given blank yields to the next one given.
CONTENT_PRECEDENCE = "html is read before markdown, markdown before text"


def _chosen_content(record: dict[str, Any], given: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The content field read of those `given` (name, content type): the first in precedence
    that holds a word, else the first given (an empty page, or a type error to report)."""
    for name, kind in given:
        value = record[name]
        if isinstance(value, str) and value.strip():
            return name, kind
    return given[0] if given else None


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


@dataclass
class BatchResult:
    """What a batch did: lines written, the numbers of the input lines refused (not JSON, no
    content, a page that failed), and with `assign_batch` the stories made."""

    written: int = 0
    refused: list[int] = field(default_factory=list)
    stories: int = 0


_CONTENT_KEYS = frozenset(name for name, _ in _CONTENT_FIELDS)


def _page_row(
    number: int, record: dict[str, Any] | None, error: str, settings: Settings, with_intel: bool
) -> tuple[dict[str, Any], bool]:
    """The output line of one input line, and whether the line was refused."""
    from veilleur.enrich import enrich
    from veilleur.extract import extract_article

    if record is None:
        return {"line": number, "usable": False, "reason": error}, True
    row = {key: value for key, value in record.items() if key not in _CONTENT_KEYS}
    document, entry, note = batch_document(record, settings.http.max_bytes)
    notes = "; ".join(n for n in (error, note) if n)
    if document is None:
        row.update(line=number, usable=False, reason=notes)
        return row, True
    try:
        article = extract_article(document, entry, settings.limits.min_words)
        row.update({k: v for k, v in article_json(article).items() if k not in {"url", "canonical_url"}})
        if with_intel:
            row["intel"] = intel_json(enrich(article, settings.limits.min_relevance, settings.watchlist))
    except Exception as exc:  # one page's fault is its own line, never the batch's end
        row.update(line=number, usable=False, reason=f"failed: {type(exc).__name__}: {exc}"[:500])
        return row, True
    if notes:
        row.update(line=number, notes=notes)
    return row, False


def run_batch(in_path: str, out_path: str, settings: Settings, with_intel: bool) -> BatchResult:
    """Extract (and with `with_intel`, enrich) each record of `in_path`; one JSON line per record
    in `out_path`. A bad line is a line saying why, with its `line` number, never a stop: not
    JSON, no content, a page over the fetcher's byte limit, a page whose extraction or enrichment
    failed. Repairs (bytes not UTF-8, a field of the wrong type left out) are in `notes`."""
    sink = open_out(out_path)
    result = BatchResult()
    try:
        for number, record, error in read_jsonl(in_path):
            row, refused = _page_row(number, record, error, settings, with_intel)
            if refused:
                result.refused.append(number)
            sink.write(json_line(row))
            result.written += 1
    finally:
        if sink is not sys.stdout:
            sink.close()
    return result


def _unique_id(record: dict[str, Any], number: int, seen: set[str]) -> tuple[str, str]:
    """The record's id and a note: for an id an earlier line already gave, `id#line N` and why
    (two pages under one id must not become one story)."""
    key = record_id(record, number)
    note = ""
    if key in seen:
        key, note = f"{key}#line {number}", f"id {key[:100]!r} already given by an earlier line"
    seen.add(key)
    return key, note


def assign_batch(in_path: str, out_path: str, settings: Settings) -> BatchResult:
    """Story ids for a batch of articles, without a store: records as for `run_batch`, taken in
    order of `published`, then input order; each output line adds `story_id`, `joined` (the
    article it matched), `score`, `signals`, `near_duplicate`, `title` (the line's headline, as a
    post gives it) and `story_title` (its story's first line's: the post's title). A line that
    is no JSON object, or whose page failed, is written last with its `line`, its `reason` and no
    story."""
    from veilleur import clock
    from veilleur.cluster.stories import Clusterer
    from veilleur.collect.dates import plausible
    from veilleur.enrich import enrich
    from veilleur.extract import extract_article

    result = BatchResult()
    failed: list[dict[str, Any]] = []
    seen: set[str] = set()
    items: list[tuple[datetime | None, int, dict[str, Any], ClusterInput]] = []
    for number, record, error in read_jsonl(in_path):
        if record is None:
            failed.append({"line": number, "story_id": None, "reason": error})
            continue
        row = {key: value for key, value in record.items() if key not in _CONTENT_KEYS}
        key, repeated = _unique_id(record, number, seen)
        try:
            document, entry, note = batch_document(record, settings.http.max_bytes)
            if error or note or repeated:
                row.update(line=number, notes="; ".join(n for n in (error, note, repeated) if n))
            if document is None:  # placed all the same (its headline alone), and counted refused
                row["reason"] = row.pop("notes")
                result.refused.append(number)
            article = extract_article(document, entry, settings.limits.min_words) if document else None
            found = enrich(article, settings.limits.min_relevance, settings.watchlist) if article else None
        except Exception as exc:  # one page's fault is its own line, never the batch's end
            failed.append({**row, "line": number, "story_id": None, "reason": f"failed: {exc!r}"[:500]})
            continue
        moment = entry.published or (article.published if article else None)
        if moment is not None and not plausible(moment, clock.now()):
            moment = None  # a page's own date of 2999: as a line's (`batch_document`)
        # The pipeline's own path: extraction above, enrichment, then features of the article only.
        source = record.get("source") or record.get("feed_name") or ""
        cluster_input = ClusterInput(
            key,
            _EPOCH.date(),  # dated below, when every line's date is known
            article.title if article else "",
            article.text if article else "",
            source if isinstance(source, str) else "",
            found,
            headline=entry.title,
        )
        items.append((moment, number, row, cluster_input))
    dated = _dated(items)
    clusterer = Clusterer()
    story_titles: dict[str, str] = {}
    sink = open_out(out_path)
    try:
        for (_moment, number, row, cluster_input), features in zip(dated, _features(dated), strict=True):
            try:
                if features is None:
                    raise ValueError("no features could be made of this article")
                decision = clusterer.add(features)
            except Exception as exc:  # one page's fault is its own line, never the batch's end
                failed.append({**row, "line": number, "story_id": None, "reason": f"failed: {exc!r}"[:500]})
                continue
            # The lines come in date order, so a story's first line is its lead: the article
            # whose headline a run's post takes as its title (`publishing.story_posts`).
            title = post_title(cluster_input)
            row.update(
                story_id=decision.story_id,
                story_title=story_titles.setdefault(decision.story_id, title),
                title=title,
                joined=decision.joined,
                score=decision.score,
                signals=[str(s) for s in decision.signals],
                near_duplicate=decision.near_duplicate,
            )
            sink.write(json_line(row))
            result.written += 1
        for row in sorted(failed, key=lambda row: int(row["line"])):
            result.refused.append(int(row["line"]))
            sink.write(json_line(row))
            result.written += 1
    finally:
        if sink is not sys.stdout:
            sink.close()
    result.refused.sort()
    result.stories = len(story_titles)
    return result


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def post_title(article: ClusterInput) -> str:
    """The title a post gives this article: the feed's (the line's `title`) else the page's, on
    one line, as `publishing.story_posts` takes it. An analyst reading `stories --jsonl` needs
    each story named as its post would be, and each source as it is headlined."""
    return " ".join((article.headline.strip() or article.title.strip()).split())


def _dated(
    items: list[tuple[datetime | None, int, dict[str, Any], ClusterInput]],
) -> list[tuple[datetime, int, dict[str, Any], ClusterInput]]:
    """The items in order of date, then input order, each input given its day. A line with no
    date (none given, or none plausible: `batch_document`) is dated as the dated line before it
    in the input, else the first after it: a run dates an undated item by the day it collected
    it, with the others of that day. Dated 1970 (as before), it joined only undated lines, and
    one outlet's missing date split an event in two stories. A batch with no date at all stays
    at 1970, every line together."""
    last = next((moment for moment, *_ in items if moment is not None), _EPOCH)
    placed = []
    for moment, number, row, cluster_input in items:
        last = moment or last
        cluster_input.day = last.date()
        placed.append((last, number, row, cluster_input))
    return sorted(placed, key=lambda item: (item[0], item[1]))


def _features(items: list[tuple[datetime, int, dict[str, Any], ClusterInput]]) -> list[Features | None]:
    """The features of each item (one embedding pass); when the batch's pass fails, each item's
    own, None for an item that fails alone."""
    from veilleur.cluster.features import features_for

    inputs = [item[3] for item in items]
    try:
        return list(features_for(inputs))
    except Exception:  # some article breaks the batch's pass: find which, keep the others
        pass
    alone: list[Features | None] = []
    for one in inputs:
        try:
            alone.extend(features_for([one]))
        except Exception:
            alone.append(None)
    return alone


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
    request = BriefRequest(article=article, intel=intel, outlet=outlet, url=entry.link)
    outcome = Writer(settings.brief).write(request, content_hash(article.text))
    if outcome.briefing is None:
        raise NoPost(outcome.error)
    briefing = outcome.briefing
    rendered = render_post(briefing, article.title, day, tag, [entry.link], style or settings.publish.style)
    return rendered.text, outcome.written_by or briefing.backend
