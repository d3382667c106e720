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

With ``--train [corpus]`` it prints the pages of the ``train`` split (labelled for training
recognition models, never scored): ``url<TAB>feed_name<TAB>sample``, sorted by sample, outlet,
url. Only pages not in labels.jsonl are eligible, and the two samples are disjoint:

- sample ``a`` — TRAIN_A pages stratified by outlet like the development set (the same quota rule
  scaled: floor TRAIN_FLOOR per security outlet, TRAIN_NON_SECURITY for the four other feeds);
- sample ``b`` — TRAIN_B pages drawn uniformly among the remaining pages whose title contains an
  attack word (ATTACK_WORDS: breach, hack, ransomware, cyberattack, attaque, piratage, fuite,
  aanval, Angriff, ...), so that training sees many named victims.
"""

from __future__ import annotations

import gzip
import json
import random
import re
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
TRAIN_A = 200
TRAIN_B = 150
TRAIN_FLOOR = 5
TRAIN_NON_SECURITY = {
    "SAP Blogs": 10,
    "TorrentFreak": 8,
    "Deeplinks": 8,
    "IT Service Management News": 5,
}
# Attack words of EN/FR/NL/DE titles; French "piraté" only with its accent, because the English
# "pirate"/"piracy" of copyright news is not an attack.
ATTACK_WORDS = re.compile(
    r"\b(breach\w*|hack(?:s|ed|ers?|ing)?|ransomware|cyber[- ]?attack\w*|attack(?:s|ed|ers?)?"
    r"|(?:cyber)?attaques?|piratage|piraté\w*|fuites?|(?:cyber)?aanval(?:len)?|gehackt"
    r"|(?:cyber)?angriff\w*|datenleck\w*|datalek\w*|leak(?:s|ed)?|extort\w*|stolen|compromis\w*)\b",
    re.IGNORECASE,
)
LABELS = Path(__file__).resolve().parent / "labels.jsonl"
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


def quotas(
    by_feed: dict[str, list[str]],
    total_cyber: int = CYBER_TOTAL,
    floor: int = CYBER_FLOOR,
    fixed: dict[str, int] = NON_SECURITY,
) -> dict[str, int]:
    """Pages per outlet: fixed for non-security feeds, floor + proportional share for the rest."""
    cyber = {f: len(u) for f, u in by_feed.items() if f not in fixed}
    spare = total_cyber - floor * len(cyber)
    total = sum(cyber.values())
    exact = {f: spare * n / total for f, n in cyber.items()}
    out = {f: floor + int(x) for f, x in exact.items()}
    left = total_cyber - sum(out.values())
    for f in sorted(exact, key=lambda f: (-(exact[f] - int(exact[f])), f))[:left]:
        out[f] += 1
    for f, n in fixed.items():
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


def load_titles(path: Path) -> dict[str, tuple[str, str]]:
    """Map url -> (outlet, title) of the pages load() keeps (first record of a url wins)."""
    pages: dict[str, tuple[str, str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if not rec.get("url") or len(rec.get("markdown") or "") < MIN_CHARS:
                continue
            pages.setdefault(rec["url"], (rec["feed_name"], rec.get("title") or ""))
    return pages


def select_train(pages: dict[str, tuple[str, str]], labelled: set[str]) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the train pages: samples a then b, disjoint, none labelled."""
    by_feed: dict[str, list[str]] = {}
    for url, (feed, _title) in pages.items():
        if url not in labelled:
            by_feed.setdefault(feed, []).append(url)
    by_feed = {feed: sorted(urls) for feed, urls in by_feed.items()}
    fixed_total = sum(n for f, n in TRAIN_NON_SECURITY.items() if f in by_feed)
    rows: list[tuple[str, str, str]] = []
    for feed, n in sorted(quotas(by_feed, TRAIN_A - fixed_total, TRAIN_FLOOR, TRAIN_NON_SECURITY).items()):
        chosen = random.Random(f"{SEED}:train-a:{feed}").sample(by_feed[feed], n)
        rows.extend((u, feed, "a") for u in chosen)
    taken = {u for u, _f, _s in rows}
    attack = sorted(
        u
        for u, (_f, title) in pages.items()
        if u not in labelled and u not in taken and ATTACK_WORDS.search(title)
    )
    chosen_b = random.Random(f"{SEED}:train-b").sample(attack, min(TRAIN_B, len(attack)))
    rows.extend((u, pages[u][0], "b") for u in chosen_b)
    return sorted(rows, key=lambda r: (r[2], r[1], r[0]))


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
    if len(argv) > 1 and argv[1] == "--train":
        corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
        labelled = {json.loads(line)["url"] for line in LABELS.open(encoding="utf-8")}
        for url, feed, sample in select_train(load_titles(corpus), labelled):
            print(f"{url}\t{feed}\t{sample}")
        return
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    for url, feed, split in select(load(path)):
        print(f"{url}\t{feed}\t{split}")


if __name__ == "__main__":
    main(sys.argv)
