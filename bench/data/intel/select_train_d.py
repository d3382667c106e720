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
    """Every url the EXCLUDE files name (fields url, urls, a, b); missing files name none. Of the
    STORIES files, only the records of STORY_SPLITS_BEFORE_D count."""
    return _C.named_urls(EXCLUDE, STORIES, STORY_SPLITS_BEFORE_D)


def select_d(pages: dict[str, tuple[str, str]], named: set[str], sample: str) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the chosen pages of ``sample`` (d1 or d2), sorted: select_c's
    draw with d's size and parities (its seed ``train-d1:…`` differs from c's by the sample)."""
    return _C.select_c(pages, named, sample, TOTAL, PARITY)


def main(argv: list[str]) -> None:
    sample = argv[1] if len(argv) > 1 else "d1"
    if sample not in PARITY:
        raise SystemExit(f"sample must be one of {sorted(PARITY)}")
    corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    for url, feed, name in select_d(_C.load_titles(corpus), named_urls(), sample):
        print(f"{url}\t{feed}\t{name}")


if __name__ == "__main__":
    main(sys.argv)
