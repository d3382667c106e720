"""The same-story development set (bench/data/stories/, GUIDE.md) as a day-ordered stream of batch
records, and the pair scoring of a clustering of it.

A stream holds every labelled page (news-dev pages of `groups.jsonl` and `hard-negatives.jsonl`,
French posts of `groups-fr-en.jsonl` named `posts-deleted:<permalink>`) and, as distractors, the
other dated pages of news-dev published within `SPREAD` days of a labelled page: the real daily
volume of the same period. Pairs with an unlabelled page are never scored (GUIDE.md).

Parts (`split`): `tune` and `aside` share one stream, as they always did; `dev` (hard negatives of
the kinds that were joined by mistake, GUIDE.md), `dev2` (a second development part drawn
without the method's help, GUIDE.md), `dev3` (a third, drawn the same way, concentrated on hard
negatives), `dev4` (a first-sight check, drawn as dev3 was) and `dev5` (a second first-sight check,
labelled blind while intel's draw e was) each have their own: their labelled pages and distractors
of their days, so that adding them changes no figure of the other parts. `dev4` and `dev5` are
scored as a whole or as two halves drawn by the parity of the sha256 of each record's id (a
negative's id: its two pages, space-separated): `dev4a`, read while developing, and `dev4b`, kept
aside and scored once (`half`); `dev5a` and `dev5b` likewise; both halves of a part are clustered
in its one stream.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "stories"
POST = "posts-deleted:"
SPREAD = 0  # distractor pages: published on the day of a labelled page
OUTLET = {"Malwarebytes Labs": "Malwarebytes"}


def _lines(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def labels() -> dict[str, list[dict[str, Any]]]:
    return {
        "groups": _lines("groups.jsonl"),
        "negatives": _lines("hard-negatives.jsonl"),
        "groups_fr": _lines("groups-fr-en.jsonl"),
        "negatives_fr": _lines("hard-negatives-fr-en.jsonl"),
    }


HALVES = {"dev4a": "dev4", "dev4b": "dev4", "dev5a": "dev5", "dev5b": "dev5"}  # half -> its part


def half(record: dict[str, Any]) -> str:
    """`dev4a` or `dev4b` for a `dev4` record, `dev5a` or `dev5b` for a `dev5` one (its `split`
    otherwise): the parity of the sha256 of its `id`, or of its pages `a b` for a hard negative,
    which has no id."""
    if record["split"] not in HALVES.values():
        return str(record["split"])
    key = record.get("id") or f"{record['a']} {record['b']}"
    even = int(hashlib.sha256(str(key).encode()).hexdigest(), 16) % 2 == 0
    return f"{record['split']}{'a' if even else 'b'}"


def in_part(record: dict[str, Any], part: str) -> bool:
    """Is `record` of `part` (a labelled split, or one of its halves)?"""
    return record["split"] == part or (part in HALVES and half(record) == part)


def _labelled(sets: dict[str, list[dict[str, Any]]], parts: Iterable[str] | None = None) -> set[str]:
    """Pages named by the records of `parts` (all parts when None)."""
    wanted = None if parts is None else set(parts)
    keep = [r for key in sets for r in sets[key] if wanted is None or any(in_part(r, p) for p in wanted)]
    return {u for r in keep for u in (r["urls"] if "urls" in r else (r["a"], r["b"]))}


STREAMS = (
    ("tune", "aside"),
    ("dev",),
    ("dev2",),
    ("dev3",),
    ("dev4", "dev4a", "dev4b"),
    ("dev5", "dev5a", "dev5b"),
)  # parts scored on one stream
MAX_SPREAD = 120  # days: how far the dev stream may look for distractors around its pages


def stream(shared: Path, distractors: int = 2000, parts: Iterable[str] = STREAMS[0]) -> list[dict[str, Any]]:
    """Batch records (`id`, `url`, `source`, `day`, `title` — the feed's headline — and
    `markdown`), oldest day first, input order kept within a day: the labelled pages of `parts`
    and `distractors` other pages of their days (a fixed sample, by a hash of the URL), widened
    day by day around them (up to `MAX_SPREAD`) when those days hold too few. Pages labelled in
    `tune`, `aside`, `dev` or `parts` are never distractors. Raises ValueError when fewer pages
    qualify."""
    from datetime import date, timedelta

    sets = labels()
    labelled = _labelled(sets, parts)
    # Pages of a part added later (dev2 to dev5) may stay distractors of the streams before it: adding a
    # part changes no figure of the parts that were measured without it.
    order = [part for together in STREAMS for part in together]
    last = max([order.index("dev")] + [order.index(part) for part in parts if part in order])
    anywhere = _labelled(sets, order[: last + 1])
    pages: dict[str, dict[str, Any]] = {}
    others: list[dict[str, Any]] = []
    with gzip.open(shared / "corpus" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            page = json.loads(line)
            if not page.get("date") or not page.get("markdown"):
                continue
            record = {
                "id": page["url"],
                "url": page["url"],
                "source": OUTLET.get(page["feed_name"], page["feed_name"]),
                "day": page["date"][:10],
                "title": page.get("title") or "",  # the feed's headline, as a feed source gives it
                "markdown": page["markdown"],
            }
            if page["url"] in labelled:
                pages[page["url"]] = record
            elif page["url"] not in anywhere:
                others.append(record)
    permalinks = {u[len(POST) :].rstrip("/"): u for u in labelled if u.startswith(POST)}
    with (shared / "format" / "posts-deleted.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            post = json.loads(line)
            key = permalinks.get(str(post.get("permalink", "")).rstrip("/"))
            if key and key not in pages:
                pages[key] = {
                    "id": key,
                    "url": key,
                    "source": "veilleur (fr)",
                    "day": post["date"][:10],
                    "title": post.get("heading") or "",
                    "markdown": post["body_markdown"],
                }
    days = {date.fromisoformat(p["day"]) for p in pages.values()}
    for spread in range(SPREAD, MAX_SPREAD + 1):
        near = {d + timedelta(days=k) for d in days for k in range(-spread, spread + 1)}
        qualify = [p for p in others if date.fromisoformat(p["day"]) in near]
        if len(qualify) >= distractors:
            break
    if len(qualify) < distractors:
        raise ValueError(f"only {len(qualify)} distractor pages, {distractors} wanted")
    qualify.sort(key=lambda p: hashlib.sha256(p["url"].encode()).hexdigest())
    everything = list(pages.values()) + qualify[:distractors]
    return sorted(everything, key=lambda p: p["day"])


def described(records: list[dict[str, Any]], batch: int = 64) -> list[Any]:
    """The clusterer's Features of stream `records` (dicts of `stream`), in their order, by what the
    pipeline runs on a capture: batch document, `extract_article`, `enrich`, then
    `cluster.features.features_for` with the feed's headline, `batch` records at a time (the batch
    embeds its texts together). The current code's; bench/stories.py drives older commits' code
    for its baseline by its own path."""
    from veilleur.batch import batch_document
    from veilleur.cluster.features import Input, features_for
    from veilleur.enrich import enrich
    from veilleur.extract import extract_article

    out: list[Any] = []
    for offset in range(0, len(records), batch):
        inputs = []
        for record in records[offset : offset + batch]:
            document, entry, _ = batch_document(record)
            article = extract_article(document, entry)
            inputs.append(
                Input(
                    record["id"],
                    date.fromisoformat(record["day"]),
                    article.title,
                    article.text,
                    record["source"],
                    enrich(article),
                    record["title"],
                )
            )
        out += features_for(inputs)
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _pairs(
    groups: Iterable[dict[str, Any]], story: dict[str, str]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(same pairs, different pairs across groups) among the pages present in `story`."""
    members = [[u for u in g["urls"] if u in story] for g in groups]
    same = [pair for urls in members for pair in itertools.combinations(urls, 2)]
    different = [
        (a, b)
        for one, two in itertools.combinations(members, 2)
        for a in one
        for b in two
        if a != b and not (set(one) & set(two))
    ]
    return same, different


def score(story: dict[str, str], part: str) -> dict[str, float]:
    """Pairwise figures of a clustering (page id → story id) on one part (`tune`, `aside`, `dev`,
    `dev2`, `dev3`, `dev4`, `dev4a`, `dev4b`)."""
    sets = labels()
    groups = [g for g in sets["groups"] if in_part(g, part)]
    negatives = [(n["a"], n["b"]) for n in sets["negatives"] if in_part(n, part)]
    negatives = [(a, b) for a, b in negatives if a in story and b in story]
    same, across = _pairs(groups, story)
    tp = sum(story[a] == story[b] for a, b in same)
    fp_across = sum(story[a] == story[b] for a, b in across)
    fp_negatives = sum(story[a] == story[b] for a, b in negatives)
    precision, recall, f1 = _prf(tp, fp_across + fp_negatives, len(same) - tp)
    out = {
        "pairs": len(same),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "negatives": len(negatives),
        "negatives_apart": 1 - fp_negatives / len(negatives) if negatives else 0.0,
    }
    # Across languages: a French post and an English page of one group, against the French/English
    # hard negatives and French posts paired with English pages of other groups.
    groups_fr = [g for g in sets["groups_fr"] if in_part(g, part)]
    members = [[u for u in g["urls"] if u in story] for g in groups_fr]
    cross = [
        (a, b) for urls in members for a in urls if a.startswith(POST) for b in urls if not b.startswith(POST)
    ]
    negatives_fr = [(n["a"], n["b"]) for n in sets["negatives_fr"] if in_part(n, part)]
    negatives_fr = [(a, b) for a, b in negatives_fr if a in story and b in story]
    joined_fr = sum(story[a] == story[b] for a, b in cross)
    apart_fr = sum(story[a] != story[b] for a, b in negatives_fr)
    out.update(
        cross_pairs=len(cross),
        cross_recall=joined_fr / len(cross) if cross else 0.0,
        cross_negatives=len(negatives_fr),
        cross_negatives_apart=apart_fr / len(negatives_fr) if negatives_fr else 0.0,
    )
    return out


def misses(story: dict[str, str], part: str, titles: dict[str, str]) -> list[str]:
    """Lines naming a clustering's errors on `part`: hard negatives (and French/English ones)
    joined, with the reason they differ, pages of two groups joined, and groups split, with each
    page's story."""
    sets = labels()
    lines = []
    for key in ("negatives", "negatives_fr"):
        for n in sets[key]:
            a, b = n["a"], n["b"]
            if in_part(n, part) and a in story and b in story and story[a] == story[b]:
                lines += [f"joined ({n['why']}):", f"    {titles.get(a, a)}", f"    {titles.get(b, b)}"]
    groups = [g for key in ("groups", "groups_fr") for g in sets[key] if in_part(g, part)]
    for one, two in itertools.combinations(groups, 2):
        # Pages of two groups in one story: the wrong joins the hard negatives do not list.
        pairs = [(a, b) for a in one["urls"] for b in two["urls"] if a in story and b in story]
        joined = [(a, b) for a, b in pairs if a != b and story[a] == story[b]]
        if joined and not set(one["urls"]) & set(two["urls"]):
            a, b = joined[0]
            lines += [f"joined across groups {one['id']} / {two['id']}:", f"    {titles.get(a, a)}"]
            lines.append(f"    {titles.get(b, b)}")
    for key in ("groups", "groups_fr"):
        for g in sets[key]:
            urls = [u for u in g["urls"] if u in story]
            if in_part(g, part) and len({story[u] for u in urls}) > 1:
                lines.append(f"split {g['id']} ({g['event']}):")
                lines += [f"    [{story[u][-24:]}] {titles.get(u, u)}" for u in urls]
    return lines
