"""Propose same-story candidate pairs from news-dev for a human to read and decide.

Reads ../shared/corpus/news-dev.jsonl.gz (cyber outlets only), cuts each rendered page down to
its article part (text after the last heading that repeats the page title; menus, teaser lists,
link-only and image lines dropped), and proposes pairs of pages from DIFFERENT outlets published
at most --days apart that share evidence:

- a CVE id in the title or article part,
- a rare capitalised name (a word that is capitalised in the text, appears in at most --rare
  pages of the corpus and is not an English stop-word),
- or a title+lead word-shingle Jaccard similarity >= --jaccard.

Nothing is decided here: the output is a reading list. Output (stdout, one JSON object per line,
sorted by score then urls — or, with --seed S, by the SHA-256 of "S|url a|url b", a fixed
shuffle — so the same input gives the same list): {"score", "days", "cves",
"names", "jaccard", "a": {outlet, date, title, url}, "b": {...}}. With --show N the first N pairs
are printed for reading instead: both titles and the first --chars characters of each article part.
Third-party text is printed to the terminal only; never commit the output.

--unlabelled leaves out every pair with a page already named in a label file of this folder, but
by records of the split named by --seed (how the dev2 part was drawn, GUIDE.md: its reading list
is the same before and after its labels were added); --not-intel also leaves out every page or
French post named by a label file of bench/data/intel (how dev3 was drawn) and, since dev4, every
page of intel's first-sight draw d (select_train_d.py's d1 and d2, whose labels-check-d*.jsonl
are being written while dev4 is): no page is in both. Since dev5 it also leaves out the 100 pages
of intel's draw e (select_check_e.py's e1 and e2), for every seed but those of the parts drawn
before e (no seed, dev2, dev3, dev4: `DRAWN_BEFORE_E`), whose lists stay what they were when they
were read (e's pages, and so its labels-check-e*.jsonl, are not left out of them); --min-days N
keeps pairs at least N days apart.

Run: python bench/data/stories/candidates.py [--shared ../shared] [--days 3] [--show 50]
     [--unlabelled] [--seed dev2] [--min-days 4] [--not-intel]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parents[3] / "shared"

# Malwarebytes publishes under two feed names: one outlet.
OUTLET = {"Malwarebytes Labs": "Malwarebytes"}
CVE = re.compile(r"\bCVE-\d{4}-\d{4,7}\b", re.I)
WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z]")
LINK_ONLY = re.compile(r"^[\s*|>#-]*(!?\[[^\]]*\]\([^)]*\)[\s|,.·-]*)+$")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
STOP = frozenset(
    """a an and are as at be been but by can could do does for from had has have he her his how i if in
    into is it its may more most new no not of on or our over she so some such than that the their them
    then there these they this those to under up us was we were what when where which while who why will
    with would you your after also about all any before between both each during here just many much
    now only other out said says since still through very via week today yesterday according however
    update updated security cyber hackers hacker attack attacks attackers data flaw flaws bug bugs
    vulnerability vulnerabilities patch patches warns warning report researchers threat threats malware
    ransomware users microsoft google apple windows linux android ios""".split()
)


@dataclass
class Page:
    outlet: str
    day: date
    title: str
    url: str
    article: str
    cves: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    shingles: frozenset[str] = field(default_factory=frozenset)


def article_part(markdown: str, title: str) -> str:
    """The text after the last heading line that repeats the title, without link/image-only lines."""
    lines = markdown.splitlines()
    wanted = re.sub(r"\W+", " ", title).strip().lower()
    start = 0
    for i, line in enumerate(lines):
        if line.lstrip().startswith("#") and wanted and re.sub(r"\W+", " ", line).strip().lower() == wanted:
            start = i + 1
    kept = []
    for line in lines[start:]:
        stripped = line.strip()
        if not stripped or LINK_ONLY.match(stripped) or stripped in {"|", "*", "-"}:
            continue
        kept.append(MD_LINK.sub(r"\1", stripped))
    return "\n".join(kept)


def tokens(text: str) -> list[str]:
    return [w.strip(".'’-") for w in WORD.findall(text)]


def load(shared: Path) -> list[Page]:
    pages: list[Page] = []
    seen: set[str] = set()
    with gzip.open(shared / "corpus" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record.get("feed_group") != "cyber" or not record.get("date") or record["url"] in seen:
                continue
            seen.add(record["url"])
            title = record["title"] or ""
            pages.append(
                Page(
                    OUTLET.get(record["feed_name"], record["feed_name"]),
                    date.fromisoformat(record["date"][:10]),
                    title,
                    record["url"],
                    article_part(record["markdown"] or "", title),
                )
            )
    pages.sort(key=lambda p: (p.day, p.url))
    return pages


def annotate(pages: list[Page], rare: int) -> None:
    """Fill CVEs, rare capitalised names and title+lead shingles of every page."""
    capitalised: list[set[str]] = []
    frequency: Counter[str] = Counter()
    for page in pages:
        lead = page.article[:1500]
        words = tokens(page.title + " " + lead)
        caps = {w for w in words if len(w) > 2 and w[0].isupper() and w.lower() not in STOP}
        capitalised.append(caps)
        frequency.update({w.lower() for w in tokens(page.title + " " + page.article[:3000])})
        page.cves = frozenset(c.upper() for c in CVE.findall(page.title + " " + page.article[:3000]))
        content = [w.lower() for w in words if w.lower() not in STOP]
        page.shingles = frozenset(content[:80]) | frozenset(
            " ".join(pair) for pair in itertools.pairwise(content[:80])
        )
    for page, caps in zip(pages, capitalised, strict=True):
        page.names = frozenset(w for w in caps if frequency[w.lower()] <= rare)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def candidates(pages: list[Page], days: int, threshold: float) -> Iterator[dict[str, object]]:
    by_day: dict[date, list[Page]] = defaultdict(list)
    for page in pages:
        by_day[page.day].append(page)
    ordered = sorted(by_day)
    for i, day in enumerate(ordered):
        window = [p for d in ordered[i : i + days + 1] if (d - day).days <= days for p in by_day[d]]
        for a in by_day[day]:
            for b in window:
                if b.outlet == a.outlet or (b.day == day and b.url <= a.url):
                    continue
                cves = sorted(a.cves & b.cves)
                names = sorted(a.names & b.names)
                similarity = jaccard(a.shingles, b.shingles)
                if not cves and len(names) < 2 and similarity < threshold:
                    continue
                score = 3 * len(cves) + len(names) + 10 * similarity - 0.3 * abs((b.day - a.day).days)
                first, second = sorted((a, b), key=lambda p: p.url)
                yield {
                    "score": round(score, 3),
                    "days": abs((b.day - a.day).days),
                    "cves": cves,
                    "names": names,
                    "jaccard": round(similarity, 3),
                    "a": {
                        "outlet": first.outlet,
                        "date": first.day.isoformat(),
                        "title": first.title,
                        "url": first.url,
                    },
                    "b": {
                        "outlet": second.outlet,
                        "date": second.day.isoformat(),
                        "title": second.title,
                        "url": second.url,
                    },
                }


def labelled(but: str | None = None) -> set[str]:
    """Every page named by a label file of this folder (groups, hard negatives, both languages),
    leaving out the records of split `but` (the part being drawn, so that its list can be read
    again once its labels are in the files)."""
    found: set[str] = set()
    for path in sorted(HERE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if but is not None and record.get("split") == but:
                    continue
                found.update(
                    u.rstrip("/") for u in record.get("urls", [record.get("a"), record.get("b")]) if u
                )
    return found


def intel_draw_d(shared: Path) -> set[str]:
    """The 200 pages of intel's first-sight samples d1 and d2 (bench/data/intel/select_train_d.py,
    the same draw before and after any label is added), without a trailing slash."""
    select = _load_intel_script("select_train_d")
    titles = select._C.load_titles(shared / "corpus" / "news-dev.jsonl.gz")
    named = select.named_urls()
    rows = [row for sample in ("d1", "d2") for row in select.select_d(titles, named, sample)]
    return {str(row[0]).rstrip("/") for row in rows}


# Seeds of the story parts whose reading lists were drawn and read before intel's draw e existed.
DRAWN_BEFORE_E = frozenset({None, "dev2", "dev3", "dev4"})


def _load_intel_script(name: str) -> Any:
    """A selection script of bench/data/intel, loaded by path (bench/data is no package)."""
    spec = importlib.util.spec_from_file_location(f"intel_{name}", HERE.parent / "intel" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def intel_draw_e(shared: Path) -> set[str]:
    """The 100 pages of intel's first-sight samples e1 and e2 (bench/data/intel/select_check_e.py,
    the same draw before and after any label is added), without a trailing slash."""
    select = _load_intel_script("select_check_e")
    titles = select._C.load_titles(shared / "corpus" / "news-dev.jsonl.gz")
    named = select.named_urls()
    rows = [row for sample in ("e1", "e2") for row in select.select_e(titles, named, sample)]
    return {str(row[0]).rstrip("/") for row in rows}


def intel_labelled(shared: Path, seed: str | None = None) -> set[str]:
    """Every page (its `url`) or French post (`posts-deleted:<permalink>`, from the post's file
    name in `id`) named by a label file of bench/data/intel (labels-check-d*.jsonl included), and
    the pages of intel's draw d (`intel_draw_d`), without a trailing slash. For a `seed` (with or
    without its colon) of a part drawn after intel's draw e, e's 100 pages too; for the parts
    drawn before it (`DRAWN_BEFORE_E`), e's pages are never left out — neither as drawn nor as
    named by e's label files — so that their reading lists stay the ones that were read."""
    found: set[str] = intel_draw_d(shared)
    ids: set[str] = set()
    for path in sorted((HERE.parent / "intel").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("url"):
                    found.add(str(record["url"]).rstrip("/"))
                if record.get("id"):
                    ids.add(str(record["id"]))
    posts = shared / "format" / "posts-deleted.jsonl"
    if ids and posts.exists():
        with posts.open(encoding="utf-8") as stream:
            for post in map(json.loads, filter(str.strip, stream)):
                if post.get("file") in ids and post.get("permalink"):
                    found.add(("posts-deleted:" + post["permalink"]).rstrip("/"))
    draw_e = intel_draw_e(shared)
    part = seed.rstrip(":") if seed else None
    # e's label files name e's pages only (e excludes every page labelled before it).
    return found - draw_e if part in DRAWN_BEFORE_E else found | draw_e


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--rare", type=int, default=8, help="max pages a name may appear in")
    parser.add_argument("--jaccard", type=float, default=0.12)
    parser.add_argument("--show", type=int, default=0, help="print N pairs for reading")
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument("--unlabelled", action="store_true", help="only pairs of pages no label file names")
    parser.add_argument("--seed", help="order pairs by a hash of this seed and their urls")
    parser.add_argument("--min-days", type=int, default=0, help="only pairs at least N days apart")
    parser.add_argument("--not-intel", action="store_true", help="leave out pages intel labels name")
    args = parser.parse_args()
    pages = load(args.shared)
    annotate(pages, args.rare)
    found = sorted(
        candidates(pages, args.days, args.jaccard),
        key=lambda c: (-float(c["score"]), str(c["a"]), str(c["b"])),  # type: ignore[arg-type]
    )
    found = [c for c in found if int(c["days"]) >= args.min_days]  # type: ignore[call-overload]
    if args.unlabelled:
        named = labelled(args.seed) | (intel_labelled(args.shared, args.seed) if args.not_intel else set())
        found = [c for c in found if not {c[s]["url"].rstrip("/") for s in "ab"} & named]  # type: ignore[index]
    if args.seed:
        found.sort(
            key=lambda c: hashlib.sha256(
                f"{args.seed}|{c['a']['url']}|{c['b']['url']}".encode()  # type: ignore[index]
            ).hexdigest()
        )
    if not args.show:
        for candidate in found:
            print(json.dumps(candidate, ensure_ascii=False))
        print(f"{len(found)} candidate pairs over {len(pages)} pages", file=sys.stderr)
        return
    text = {p.url: p.article for p in pages}
    for candidate in found[: args.show]:
        print("=" * 100)
        print(json.dumps({k: candidate[k] for k in ("score", "days", "cves", "names", "jaccard")}))
        for side in ("a", "b"):
            info = candidate[side]
            assert isinstance(info, dict)
            print(f"--- {info['outlet']} {info['date']} {info['url']}\n# {info['title']}")
            print(text[info["url"]][: args.chars])
    print(f"{len(found)} candidate pairs; showed {min(args.show, len(found))}", file=sys.stderr)


if __name__ == "__main__":
    main()
