"""Reproducible choice of the pages of the check samples ``d1`` and ``d2`` (labels-check-d*.jsonl).

``python bench/data/intel/select_train_d.py d1 [corpus]`` (or ``d2``) prints
``url<TAB>feed_name<TAB>sample``, sorted by outlet then url: 100 pages of
``../shared/corpus/news-dev.jsonl.gz`` labelled by reading. They are drawn after every rule and
model of the c samples' session, to measure recognition at first sight on pages nobody tuned on:
their records say ``"split": "check"`` and no training or tuning tool may read them (the files are
named outside the ``labels-train-*`` glob those tools read).

The draw is select_train_c.py's (same eligibility, outlet weights and parity split: ``d1`` takes
pages whose sha256(url) ends in an even hex digit, ``d2`` odd ones), with two differences:
- every label file that exists when d is drawn is excluded, c1/c2, their second reading and every
  story part (dev3 included) among them, so no page is both in d and anywhere else;
- outlets are weighted by the pages already labelled *including c*, and pages are drawn with
  ``random.Random(f"train-{sample}:{feed}")`` (``train-d1:…``), so d never repeats c's choice.

No wall clock: the same corpus and the same EXCLUDE files give the same lines.
"""

from __future__ import annotations

import importlib.util
import json
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select_train_c.py by path: bench/data is no package
_SPEC = importlib.util.spec_from_file_location("intel_select_c", HERE / "select_train_c.py")
assert _SPEC is not None and _SPEC.loader is not None
_C = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_C)
DEFAULT_CORPUS: Path = _C.DEFAULT_CORPUS
NON_SECURITY: dict[str, int] = _C.NON_SECURITY
TOTAL = 100
PARITY = {"d1": 0, "d2": 1}
# Files that held labels when d was drawn. The d files themselves are never excluded: adding their
# labels must not change the draw that made them.
EXCLUDE = (
    *_C.EXCLUDE,
    HERE / "labels-train-c1.jsonl",
    HERE / "labels-train-c2.jsonl",
    HERE / "second-reading-c.jsonl",
)
STORIES = _C.STORIES
# Story parts that existed when d was drawn; parts added later leave d's pages out themselves.
STORY_SPLITS_BEFORE_D = frozenset({"tune", "aside", "dev", "dev2", "dev3"})


def named_urls() -> set[str]:
    """Every url the EXCLUDE files name (fields url, urls, a, b); missing files name none."""
    urls: set[str] = set()
    for path in EXCLUDE:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if path.parent == STORIES and rec.get("split") not in STORY_SPLITS_BEFORE_D:
                continue
            urls.update(u for u in rec.get("urls") or [] if isinstance(u, str))
            urls.update(rec[k] for k in ("url", "a", "b") if isinstance(rec.get(k), str))
    return urls


def select_d(pages: dict[str, tuple[str, str]], named: set[str], sample: str) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the chosen pages of ``sample`` (d1 or d2), sorted."""
    named_titles = {pages[u][1].strip().lower() for u in named if u in pages}
    labelled: dict[str, int] = {}
    eligible: dict[str, list[str]] = {}
    for url, (feed, title) in pages.items():
        if url in named:
            labelled[feed] = labelled.get(feed, 0) + 1
        elif _C.parity(url) == PARITY[sample] and title.strip().lower() not in named_titles:
            eligible.setdefault(feed, []).append(url)
    feeds = sorted({feed for feed, _t in pages.values()})
    non_security = [f for f in feeds if f in NON_SECURITY]
    n_non = round(TOTAL * sum(1 for f, _t in pages.values() if f in NON_SECURITY) / len(pages))
    quota: dict[str, int] = {}
    for group, n in ((non_security, n_non), ([f for f in feeds if f not in NON_SECURITY], TOTAL - n_non)):
        weights = {f: 1 / math.sqrt(1 + labelled.get(f, 0)) for f in group}
        quota.update(_C.share(weights, n, {f: len(eligible.get(f, [])) for f in group}))
    rows: list[tuple[str, str, str]] = []
    for feed, n in sorted(quota.items()):
        chosen = random.Random(f"train-{sample}:{feed}").sample(sorted(eligible.get(feed, [])), n)
        rows.extend((u, feed, sample) for u in chosen)
    return sorted(rows, key=lambda r: (r[1], r[0]))


def main(argv: list[str]) -> None:
    sample = argv[1] if len(argv) > 1 else "d1"
    if sample not in PARITY:
        raise SystemExit(f"sample must be one of {sorted(PARITY)}")
    corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    for url, feed, name in select_d(_C.load_titles(corpus), named_urls(), sample):
        print(f"{url}\t{feed}\t{name}")


if __name__ == "__main__":
    main(sys.argv)
