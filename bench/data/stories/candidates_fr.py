"""Reading list for the French/English `dev2` part: French posts not yet labelled, their English
source page and the English pages near it, for a human to read and decide.

Takes the French posts of ../shared/format/posts-deleted.jsonl whose `source_url` is a dated page of
news-dev, keeps those whose post and source page are in no label file of bench/data/stories, and
orders them by sha256(SEED + permalink) — a fixed, reproducible draw. For each post it lists the
pages of news-dev (any outlet, the source's own included), unlabelled too, published at most
--days from the source page that share evidence with it (candidates.py's reading of the article
part): a CVE id, a name that is capitalised in both and appears in at most --rare pages of the
corpus, or a title+lead Jaccard >= --jaccard; at most --per pages per post, best first.

Nothing is decided here. Output, one JSON object per post in draw order: {"post", "heading",
"source": {outlet, date, title, url}, "near": [{score, days, cves, names, jaccard, outlet, date,
title, url}]}. With --show N the first N posts are printed for reading: the French post's heading
and first --chars characters, then each page's title and article part. Third-party text is
printed to the terminal only; never commit the output.

--seed S draws another order (sha256(S + permalink); `dev2:` by default, `dev3:` for dev3, `dev4:`
for dev4) and leaves out the labels of split S (without its colon), so that a part's list can be
read again once its labels are in the files; --not-intel also leaves out the pages and posts named
by a label file of bench/data/intel and the pages of intel's draw d (candidates.intel_labelled;
how dev3 and dev4 were drawn) and, for seeds of parts drawn after intel's draw e (`dev5:` on), the
100 pages of draw e (select_check_e.py's e1 and e2); the lists of `dev2:`, `dev3:` and `dev4:` stay
the ones read.

Run: python bench/data/stories/candidates_fr.py [--shared ../shared] [--show 10] [--skip 0]
     [--seed dev3: --not-intel]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from candidates import DEFAULT_SHARED, HERE, Page, annotate, intel_labelled, jaccard, load

SEED = "dev2:"
POST = "posts-deleted:"


def labelled(but: str | None = None) -> set[str]:
    """Every page or post named by a label file, without a trailing slash (but by the records of
    split `but`)."""
    found: set[str] = set()
    for name in ("groups", "hard-negatives", "groups-fr-en", "hard-negatives-fr-en"):
        with (HERE / f"{name}.jsonl").open(encoding="utf-8") as stream:
            for record in map(json.loads, filter(str.strip, stream)):
                if but is not None and record.get("split") == but:
                    continue
                found |= set(record["urls"] if "urls" in record else (record["a"], record["b"]))
    return {u.rstrip("/") for u in found}


def drop_boilerplate(pages: list[Page], share: float = 0.05) -> None:
    """Remove from each page's article part the lines found in more than `share` of its outlet's
    pages (menus, bylines, banners): a page's evidence is its own text."""
    lines: dict[str, Counter[str]] = defaultdict(Counter)
    count: Counter[str] = Counter()
    for page in pages:
        count[page.outlet] += 1
        lines[page.outlet].update(set(page.article.splitlines()))
    for page in pages:
        limit = max(2.0, share * count[page.outlet])
        kept = [line for line in page.article.splitlines() if lines[page.outlet][line] <= limit]
        page.article = "\n".join(kept)


def near(
    source: Page, pages: list[Page], days: int, threshold: float, taken: set[str]
) -> list[dict[str, Any]]:
    """Pages within `days` of `source`, not in `taken`, that share evidence with it; best first."""
    found = []
    for page in pages:
        gap = abs((page.day - source.day).days)
        if page is source or gap > days or page.url.rstrip("/") in taken:
            continue
        cves = sorted(source.cves & page.cves)
        names = sorted(source.names & page.names)
        similarity = jaccard(source.shingles, page.shingles)
        if not cves and not names and similarity < threshold:
            continue
        score = 3 * len(cves) + len(names) + 10 * similarity - 0.3 * gap
        found.append(
            {
                "score": round(score, 3),
                "days": gap,
                "cves": cves,
                "names": names,
                "jaccard": round(similarity, 3),
                "outlet": page.outlet,
                "date": page.day.isoformat(),
                "title": page.title,
                "url": page.url,
            }
        )
    return sorted(found, key=lambda c: (-float(c["score"]), str(c["url"])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--rare", type=int, default=150, help="max pages a shared name may appear in")
    parser.add_argument("--jaccard", type=float, default=0.08)
    parser.add_argument("--per", type=int, default=8, help="pages listed per post")
    parser.add_argument("--show", type=int, default=0, help="print N posts for reading")
    parser.add_argument("--skip", type=int, default=0, help="posts of the draw to skip first")
    parser.add_argument("--chars", type=int, default=1200)
    parser.add_argument("--seed", default=SEED, help="draw order; dev2: by default")
    parser.add_argument("--not-intel", action="store_true", help="leave out pages intel labels name")
    args = parser.parse_args()
    pages = load(args.shared)
    drop_boilerplate(pages)
    annotate(pages, args.rare)
    by_url = {p.url: p for p in pages}
    # dev2 was drawn with every label in; later parts leave their own split out (reproducible).
    taken = labelled(None if args.seed == SEED else args.seed.rstrip(":"))
    if args.not_intel:
        taken |= intel_labelled(args.shared, args.seed)
    with (args.shared / "format" / "posts-deleted.jsonl").open(encoding="utf-8") as stream:
        posts = [p for p in map(json.loads, stream) if p.get("permalink") and p.get("source_url") in by_url]
    posts = [
        p
        for p in posts
        if (POST + p["permalink"]).rstrip("/") not in taken and p["source_url"].rstrip("/") not in taken
    ]
    posts.sort(key=lambda p: hashlib.sha256((args.seed + p["permalink"]).encode()).hexdigest())
    shown = 0
    for number, post in enumerate(posts):
        source = by_url[post["source_url"]]
        listed = near(source, pages, args.days, args.jaccard, taken)[: args.per]
        if not args.show:
            row = {
                "n": number,
                "post": POST + post["permalink"],
                "heading": post.get("heading") or "",
                "source": {"outlet": source.outlet, "date": source.day.isoformat(), "title": source.title},
                "near": listed,
            }
            print(json.dumps(row, ensure_ascii=False))
            continue
        if number < args.skip or shown >= args.show:
            continue
        shown += 1
        print("=" * 100)
        print(f"[{number}] {POST}{post['permalink']} ({post['date']})\n## {post.get('heading')}")
        print(str(post.get("body_markdown") or "")[: args.chars])
        print(f"--- SOURCE {source.outlet} {source.day} {source.url}\n# {source.title}")
        print(source.article[: args.chars])
        for candidate in listed:
            page = by_url[candidate["url"]]
            info = {k: candidate[k] for k in ("score", "days", "cves", "names", "jaccard")}
            print(f"--- {page.outlet} {page.day} {page.url} {json.dumps(info)}\n# {page.title}")
            print(page.article[: args.chars // 2])
    print(f"{len(posts)} unlabelled French posts with a news-dev source page", file=sys.stderr)


if __name__ == "__main__":
    main()
