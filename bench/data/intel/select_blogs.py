"""Reproducible choice of the blog-outlet pages of ``labels-blogs.jsonl`` and of their split.

``python bench/data/intel/select_blogs.py [corpus]`` prints ``url<TAB>feed<TAB>kind<TAB>split``
(kind ``attack`` when the title has an incident word, ``any`` otherwise). Per feed, pages already in
a label file of this folder (or whose title nearly repeats a labelled page's) are left out; the rest
are sorted by date and cut into equal date bins; one ``attack`` page is drawn per bin of the first
series and one page of any title per bin of the second, so the choice spreads over the corpus'
dates. The split (``blogs-tune`` or ``blogs-check``) is one seeded draw per chosen page, taken
before any page is read.
"""

from __future__ import annotations

import difflib
import gzip
import itertools
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2].parent / "shared" / "corpus" / "news-dev.jsonl.gz"
SEED = 20261130
FEEDS = ("Malwarebytes", "Malwarebytes Labs", "Graham Cluley", "Krebs on Security")
PER_FEED = (16, 8)  # attack-title pages, pages of any title
LABEL_FILES = (
    "labels.jsonl", "labels-train-a.jsonl", "labels-train-b.jsonl", "labels-second.jsonl",
    "second-reading-train.jsonl", "labels-fr.jsonl",
)  # fmt: skip
ATTACK = re.compile(
    r"breach|hack|ransom|attack|leak|stol|steal|fine[ds]?\b|extort|compromis|scam|phish|"
    r"arrest|charged|sentenc|week in security|last week|exposed|malware|data of|victim|"
    r"disrupt|outage|crypto|fraud",
    re.IGNORECASE,
)


def _labelled() -> set[str]:
    urls: set[str] = set()
    for name in LABEL_FILES:
        path = HERE / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    urls.add(json.loads(line).get("url") or "")
    return urls


def _near(title: str, titles: list[str]) -> bool:
    low = title.lower()
    for other in titles:
        # the quick ratios are upper bounds of ratio(): same answer, far fewer full comparisons
        matcher = difflib.SequenceMatcher(None, low, other)
        if matcher.real_quick_ratio() > 0.85 and matcher.quick_ratio() > 0.85 and matcher.ratio() > 0.85:
            return True
    return False


def _draw(pool: list[dict[str, str]], count: int, rng: random.Random) -> list[dict[str, str]]:
    """One page per date bin, ``count`` bins over ``pool`` (sorted by date)."""
    if len(pool) <= count:
        return list(pool)
    edges = [round(i * len(pool) / count) for i in range(count + 1)]
    return [rng.choice(pool[a:b]) for a, b in itertools.pairwise(edges)]


def select(corpus: Path) -> list[tuple[str, str, str, str]]:
    """Rows ``(url, feed, kind, split)`` in corpus order of feed then date."""
    labelled = _labelled()
    pages: dict[str, list[dict[str, str]]] = {feed: [] for feed in FEEDS}
    done_titles: list[str] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as stream:
        for line in stream:
            page = json.loads(line)
            if page["url"] in labelled:
                done_titles.append(str(page.get("title") or "").lower())
            elif page["feed_name"] in pages:
                pages[page["feed_name"]].append(page)
    rng = random.Random(SEED)
    rows: list[tuple[str, str, str, str]] = []
    for feed in FEEDS:
        pool = sorted(pages[feed], key=lambda p: (p["date"], p["url"]))
        pool = [p for p in pool if not _near(str(p.get("title") or ""), done_titles)]
        attack = [p for p in pool if ATTACK.search(str(p.get("title") or ""))]
        chosen = _draw(attack, PER_FEED[0], rng)
        taken = {p["url"] for p in chosen}
        rest = [p for p in pool if p["url"] not in taken]
        chosen += _draw(rest, PER_FEED[1], rng)
        for page in sorted(chosen, key=lambda p: (p["date"], p["url"])):
            kind = "attack" if page["url"] in taken else "any"
            split = "blogs-tune" if rng.random() < 0.5 else "blogs-check"
            rows.append((page["url"], feed, kind, split))
    return rows


if __name__ == "__main__":
    for row in select(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS):
        print("\t".join(row))
