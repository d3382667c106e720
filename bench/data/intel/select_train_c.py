"""Reproducible choice of the pages of the train samples ``c1`` and ``c2`` (labels-train-c*.jsonl).

``python bench/data/intel/select_train_c.py c1 [corpus]`` (or ``c2``) prints
``url<TAB>feed_name<TAB>sample``, sorted by outlet then url: 120 pages of
``../shared/corpus/news-dev.jsonl.gz`` labelled by reading for training recognition models.

- Eligible: pages load_titles() of select.py keeps (url, >= 500 characters) that no file of
  EXCLUDE names (every intel and stories label file that existed before these samples; by url,
  and by the same lower-cased title, since an article can be stored under two urls).
- The two labellers never overlap: sample ``c1`` takes pages whose sha256(url) hex digest ends in
  an even hex digit (0, 2, ..., e), ``c2`` those ending in an odd one.
- Outlets with the fewest labelled pages are favoured, and relevant/non-relevant stay mixed like
  the corpus: the four non-security feeds of select.NON_SECURITY get their share of the corpus'
  pages (rounded) and the security outlets the rest; inside each group an outlet's weight is
  1 / sqrt(1 + pages of it already labelled), and pages are shared by largest remainder (never
  more than an outlet has eligible).
- Within an outlet, pages are drawn uniformly with ``random.Random(f"train-{sample}:{feed}")``.

No wall clock: the same corpus and the same EXCLUDE files give the same lines.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select.py by path: its name is also a standard-library module's
_SPEC = importlib.util.spec_from_file_location("intel_select", HERE / "select.py")
assert _SPEC is not None and _SPEC.loader is not None
_SELECT = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_SELECT)
DEFAULT_CORPUS: Path = _SELECT.DEFAULT_CORPUS
NON_SECURITY: dict[str, int] = _SELECT.NON_SECURITY
load_titles = _SELECT.load_titles
STORIES = HERE.parent / "stories"
TOTAL = 120
EXCLUDE = (
    HERE / "labels.jsonl",
    HERE / "labels-train-a.jsonl",
    HERE / "labels-train-b.jsonl",
    HERE / "labels-second.jsonl",
    HERE / "second-reading-train.jsonl",
    HERE / "labels-blogs.jsonl",
    HERE / "labels-fr.jsonl",
    HERE / "labels-fr-inputs.jsonl",
    STORIES / "groups.jsonl",
    STORIES / "groups-fr-en.jsonl",
    STORIES / "hard-negatives.jsonl",
    STORIES / "hard-negatives-fr-en.jsonl",
)
PARITY = {"c1": 0, "c2": 1}
# The story parts that existed when c1 and c2 were drawn. Parts labelled later (dev3, …) are appended
# to the same files and leave the c pages out themselves; reading them would change the outlets'
# weights and so the draw this script must reproduce.
STORY_SPLITS_BEFORE_C = frozenset({"tune", "aside", "dev", "dev2"})


def named_urls(
    exclude: tuple[Path, ...] | None = None,
    stories: Path | None = None,
    splits: frozenset[str] = STORY_SPLITS_BEFORE_C,
) -> set[str]:
    """Every url the `exclude` files (EXCLUDE) name (fields url, urls, a, b); missing files name
    none. Of the files under `stories` (STORIES), only the records of `splits` count."""
    exclude = EXCLUDE if exclude is None else exclude
    stories = STORIES if stories is None else stories
    urls: set[str] = set()
    for path in exclude:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if path.parent == stories and rec.get("split") not in splits:
                continue
            urls.update(u for u in rec.get("urls") or [] if isinstance(u, str))
            urls.update(rec[k] for k in ("url", "a", "b") if isinstance(rec.get(k), str))
    return urls


def parity(url: str) -> int:
    """0 when sha256(url)'s last hex digit is even, 1 when odd."""
    return int(hashlib.sha256(url.encode("utf-8")).hexdigest()[-1], 16) % 2


def share(weights: dict[str, float], total: int, room: dict[str, int]) -> dict[str, int]:
    """Split ``total`` pages by weight (largest remainder), capped by each outlet's ``room``."""
    out = {f: 0 for f in weights}
    left = total
    active = {f for f in weights if room[f] > 0}
    while left > 0 and active:
        norm = sum(weights[f] for f in active)
        exact = {f: left * weights[f] / norm for f in active}
        give = {f: min(int(x), room[f] - out[f]) for f, x in exact.items()}
        if sum(give.values()) == 0:
            # only remainders left: one page each to the largest remainders
            for f in sorted(active, key=lambda f: (-(exact[f] - int(exact[f])), f))[:left]:
                give[f] = 1
        for f, n in give.items():
            out[f] += n
            left -= n
        active = {f for f in active if out[f] < room[f]}
    return out


def select_c(
    pages: dict[str, tuple[str, str]],
    named: set[str],
    sample: str,
    total: int = TOTAL,
    parities: dict[str, int] | None = None,
) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the `total` chosen pages of ``sample`` (a key of `parities`,
    PARITY's c1 or c2 by default), sorted; pages are drawn with ``train-{sample}:{feed}``."""
    bit = (PARITY if parities is None else parities)[sample]
    named_titles = {pages[u][1].strip().lower() for u in named if u in pages}
    labelled: dict[str, int] = {}
    eligible: dict[str, list[str]] = {}
    for url, (feed, title) in pages.items():
        if url in named:
            labelled[feed] = labelled.get(feed, 0) + 1
        elif parity(url) == bit and title.strip().lower() not in named_titles:
            eligible.setdefault(feed, []).append(url)
    feeds = sorted({feed for feed, _t in pages.values()})
    non_security = [f for f in feeds if f in NON_SECURITY]
    n_non = round(total * sum(1 for f, _t in pages.values() if f in NON_SECURITY) / len(pages))
    quota: dict[str, int] = {}
    for group, n in ((non_security, n_non), ([f for f in feeds if f not in NON_SECURITY], total - n_non)):
        weights = {f: 1 / math.sqrt(1 + labelled.get(f, 0)) for f in group}
        quota.update(share(weights, n, {f: len(eligible.get(f, [])) for f in group}))
    rows: list[tuple[str, str, str]] = []
    for feed, n in sorted(quota.items()):
        chosen = random.Random(f"train-{sample}:{feed}").sample(sorted(eligible.get(feed, [])), n)
        rows.extend((u, feed, sample) for u in chosen)
    return sorted(rows, key=lambda r: (r[1], r[0]))


def main(argv: list[str]) -> None:
    sample = argv[1] if len(argv) > 1 else "c1"
    if sample not in PARITY:
        raise SystemExit(f"sample must be one of {sorted(PARITY)}")
    corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    for url, feed, name in select_c(load_titles(corpus), named_urls(), sample):
        print(f"{url}\t{feed}\t{name}")


if __name__ == "__main__":
    main(sys.argv)
