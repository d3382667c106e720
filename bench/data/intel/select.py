"""Choose the pages of the intel development set, reproducibly.

Reads ``../shared/corpus/news-dev.jsonl.gz`` (path relative to the project root, or the first
argument) and prints one line per chosen page: ``url<TAB>feed_name<TAB>split``, sorted by
outlet then url. The same corpus always gives the same lines (seeded, no wall clock).

Sampling: stratified by outlet. Security outlets get a floor of 10 pages each and share the rest
of their 358 pages in proportion to their volume (largest remainder); the four non-security
feeds get fixed quotas so that relevance has negatives. Within each outlet, pages are drawn
uniformly at random (distinct urls), then a seeded shuffle marks round(40 %) of them
``aside`` (scored only when a change is finished) and the rest ``tune``.

With ``--fr [posts-deleted.jsonl]`` it prints instead the file names of the 30 French posts
labelled in labels-fr.jsonl: posts with status ``ok``, drawn per source domain (FR_QUOTAS).
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

SEED = 20261129
CYBER_TOTAL = 358
CYBER_FLOOR = 10
NON_SECURITY = {
    "SAP Blogs": 20,
    "TorrentFreak": 16,
    "Deeplinks": 16,
    "IT Service Management News": 10,
}
ASIDE_SHARE = 0.4
FR_QUOTAS = {
    "cvemon.intruder.io": 6,
    "www.bleepingcomputer.com": 9,
    "thehackernews.com": 8,
    "other": 7,
}
DEFAULT_POSTS = Path(__file__).resolve().parents[3].parent / "shared" / "format" / "posts-deleted.jsonl"
MIN_CHARS = 500
DEFAULT_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "news-dev.jsonl.gz"


def load(path: Path) -> dict[str, list[str]]:
    """Map outlet -> sorted distinct urls of pages with >= MIN_CHARS of markdown (any file order)."""
    by_feed: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            # a page without url cannot be labelled by id; one without text cannot be read
            if not rec.get("url") or len(rec.get("markdown") or "") < MIN_CHARS:
                continue
            by_feed.setdefault(rec["feed_name"], set()).add(rec["url"])
    return {feed: sorted(urls) for feed, urls in by_feed.items()}


def quotas(by_feed: dict[str, list[str]]) -> dict[str, int]:
    """Pages per outlet: fixed for non-security feeds, floor + proportional share for the rest."""
    cyber = {f: len(u) for f, u in by_feed.items() if f not in NON_SECURITY}
    spare = CYBER_TOTAL - CYBER_FLOOR * len(cyber)
    total = sum(cyber.values())
    exact = {f: spare * n / total for f, n in cyber.items()}
    out = {f: CYBER_FLOOR + int(x) for f, x in exact.items()}
    left = CYBER_TOTAL - sum(out.values())
    for f in sorted(exact, key=lambda f: (-(exact[f] - int(exact[f])), f))[:left]:
        out[f] += 1
    for f, n in NON_SECURITY.items():
        if f in by_feed:
            out[f] = n
    return {f: min(n, len(by_feed[f])) for f, n in out.items()}


def select(by_feed: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """Return (url, feed, split) for every chosen page, sorted by feed then url."""
    rows: list[tuple[str, str, str]] = []
    for feed, n in sorted(quotas(by_feed).items()):
        rng = random.Random(f"{SEED}:{feed}")
        chosen = rng.sample(by_feed[feed], n)
        order = list(chosen)
        rng.shuffle(order)
        aside = set(order[: round(n * ASIDE_SHARE)])
        rows.extend((u, feed, "aside" if u in aside else "tune") for u in chosen)
    return sorted(rows, key=lambda r: (r[1], r[0]))


def select_fr(path: Path) -> list[str]:
    """File names of the French posts to label, sorted; same file -> same names."""
    by_domain: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("status") != "ok" or not rec.get("body_markdown"):
                continue
            domain = rec.get("source_domain") or "other"
            key = domain if domain in FR_QUOTAS else "other"
            by_domain.setdefault(key, []).append(rec["file"])
    chosen: list[str] = []
    for key, n in sorted(FR_QUOTAS.items()):
        files = sorted(by_domain.get(key, []))
        chosen.extend(random.Random(f"{SEED}:fr:{key}").sample(files, min(n, len(files))))
    return sorted(chosen)


def main(argv: list[str]) -> None:
    if len(argv) > 1 and argv[1] == "--fr":
        for name in select_fr(Path(argv[2]) if len(argv) > 2 else DEFAULT_POSTS):
            print(name)
        return
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    for url, feed, split in select(load(path)):
        print(f"{url}\t{feed}\t{split}")


if __name__ == "__main__":
    main(sys.argv)
