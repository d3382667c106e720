"""Choose more train pages (labels-train-c1/-c2.jsonl), reproducibly, for two labellers at once.

``python bench/data/intel/select_train_c.py --seed train-c2 --parity odd [--n 120] [corpus]``
prints ``url<TAB>feed_name`` of the pages to label, sorted by outlet then url. The same corpus and
label files always give the same lines (seeded, no wall clock).

Eligible pages: those ``select.load`` keeps (a url, >= MIN_CHARS of markdown) that no file of
``bench/data/intel`` or ``bench/data/stories`` names (every http(s) url written in them), and
whose ``sha256(url)`` hex digest ends in an odd (``--parity odd``: 1 3 5 7 9 b d f) or even digit,
so two labellers drawing with the two parities never pick the same page. The ``labels-train-c*``
files themselves are not read, so labelling does not change the draw.

Quotas favour the outlets with the fewest labelled pages so far (distinct urls per ``feed_name``
in the label files, second readings excluded): the four non-security feeds get their share of
the corpus (so that relevance keeps negatives as in the corpus) and the security outlets the rest;
within each group, pages go one at a time to the outlet with the fewest labelled + already given
pages (ties by name), at most CAP per outlet, so no outlet's title-only pages fill the sample.
Within an outlet, pages are drawn uniformly with ``random.Random(f"{seed}:{feed}")``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select.py by path: "select" is also a standard-library module
_SPEC = importlib.util.spec_from_file_location("intel_select", HERE / "select.py")
assert _SPEC is not None and _SPEC.loader is not None
_select = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_select)
DEFAULT_CORPUS: Path = _select.DEFAULT_CORPUS
NON_SECURITY: dict[str, int] = _select.NON_SECURITY
load = _select.load
NAMING_DIRS = (HERE, HERE.parent / "stories")
CAP = 15
URL = re.compile(r"https?://[^\s\"'<>\\]+")
ODD = set("13579bdf")


def named_urls(dirs: tuple[Path, ...] = NAMING_DIRS) -> set[str]:
    """Every url written in the files of ``dirs``, labels-train-c* files left out."""
    urls: set[str] = set()
    for d in dirs:
        for path in sorted(d.iterdir()):
            if path.is_file() and not path.name.startswith("labels-train-c"):
                urls.update(URL.findall(path.read_text(encoding="utf-8")))
    return urls


def labelled_counts(here: Path = HERE) -> dict[str, int]:
    """Distinct labelled urls per outlet in the label files (second readings and c* left out)."""
    by_feed: dict[str, set[str]] = {}
    for path in sorted(here.glob("labels*.jsonl")):
        if path.name.startswith(("labels-second", "labels-train-c")):
            continue
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            if rec.get("feed_name") and rec.get("url"):
                by_feed.setdefault(rec["feed_name"], set()).add(rec["url"])
    return {feed: len(urls) for feed, urls in by_feed.items()}


def parity_ok(url: str, parity: str) -> bool:
    """True when sha256(url)'s last hex digit has the wanted parity ('odd' or 'even')."""
    odd = hashlib.sha256(url.encode("utf-8")).hexdigest()[-1] in ODD
    return odd if parity == "odd" else not odd


def fill(n: int, feeds: dict[str, int], done: dict[str, int], cap: int = CAP) -> dict[str, int]:
    """Give n pages one at a time to the feed with the fewest done + given (ties by name).

    ``feeds`` maps feed -> eligible pages (an upper bound with ``cap``)."""
    given = {f: 0 for f in feeds}
    for _ in range(n):
        open_ = [f for f in sorted(feeds) if given[f] < min(cap, feeds[f])]
        if not open_:
            break
        f = min(open_, key=lambda f: (done.get(f, 0) + given[f], f))
        given[f] += 1
    return {f: k for f, k in given.items() if k}


def choose(
    by_feed: dict[str, list[str]], named: set[str], done: dict[str, int], seed: str, parity: str, n: int
) -> list[tuple[str, str]]:
    """Return (url, feed) of the chosen pages, sorted by feed then url."""
    eligible = {
        feed: sorted(u for u in urls if u not in named and parity_ok(u, parity))
        for feed, urls in by_feed.items()
    }
    total = sum(len(u) for u in by_feed.values())
    non_sec = sum(len(u) for f, u in by_feed.items() if f in NON_SECURITY)
    n_non = round(n * non_sec / total) if total else 0
    counts = {f: len(u) for f, u in eligible.items()}
    quota = fill(n_non, {f: k for f, k in counts.items() if f in NON_SECURITY}, done)
    quota.update(fill(n - n_non, {f: k for f, k in counts.items() if f not in NON_SECURITY}, done))
    rows: list[tuple[str, str]] = []
    for feed, k in sorted(quota.items()):
        rows.extend((u, feed) for u in random.Random(f"{seed}:{feed}").sample(eligible[feed], k))
    return sorted(rows, key=lambda r: (r[1], r[0]))


def main(argv: list[str]) -> None:
    args = argv[1:]
    seed, parity, n, corpus = "train-c", "odd", 120, DEFAULT_CORPUS
    while args:
        a = args.pop(0)
        if a == "--seed":
            seed = args.pop(0)
        elif a == "--parity":
            parity = args.pop(0)
        elif a == "--n":
            n = int(args.pop(0))
        else:
            corpus = Path(a)
    if parity not in ("odd", "even"):
        raise SystemExit("--parity odd|even")
    for url, feed in choose(load(corpus), named_urls(), labelled_counts(), seed, parity, n):
        print(f"{url}\t{feed}")


if __name__ == "__main__":
    main(sys.argv)
