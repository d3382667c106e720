"""Reproducible choice of the pages of the first-sight samples ``e1`` and ``e2`` (labels-check-e*.jsonl).

``python bench/data/intel/select_check_e.py e1 [corpus]`` (or ``e2``) prints
``url<TAB>feed_name<TAB>sample``, sorted by outlet then url: 50 pages of
``../shared/corpus/news-dev.jsonl.gz`` labelled by reading, blind (before veilleur runs on them), to
measure recognition at first sight on pages nobody tuned on. Their records say ``"split": "check"``;
the files are named outside the ``labels-train-*`` glob the training tools read, and the scorer's
``check-e1``/``check-e2`` parts are held out (scored only, errors never listed).

The draw is select_train_c.py's (same eligibility, outlet weights and parity split: ``e1`` takes
pages whose sha256(url) ends in an even hex digit, ``e2`` odd ones), with two differences:
- every label file that exists when e is drawn is excluded — d1/d2 and their second reading, and every
  story part (dev4 included) — so no page is both in e and anywhere else;
- pages are drawn with ``random.Random(f"train-{sample}:{feed}")`` (``train-e1:…``), so e never
  repeats c's or d's choice.

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
TOTAL = 50
PARITY = {"e1": 0, "e2": 1}
# Files that held labels when e was drawn. The e files themselves are never excluded: adding their
# labels must not change the draw that made them.
EXCLUDE = (
    *_C.EXCLUDE,
    HERE / "labels-train-c1.jsonl",
    HERE / "labels-train-c2.jsonl",
    HERE / "second-reading-c.jsonl",
    HERE / "labels-check-d1.jsonl",
    HERE / "labels-check-d2.jsonl",
    HERE / "second-reading-d.jsonl",
)
# Story parts that existed when e was drawn; parts added later leave e's pages out themselves.
STORY_SPLITS_BEFORE_E = frozenset({"tune", "aside", "dev", "dev2", "dev3", "dev4"})


def named_urls() -> set[str]:
    """Every url the EXCLUDE files name (fields url, urls, a, b); missing files name none. Of the
    story files, only the records of STORY_SPLITS_BEFORE_E count."""
    return _C.named_urls(EXCLUDE, _C.STORIES, STORY_SPLITS_BEFORE_E)


def select_e(pages: dict[str, tuple[str, str]], named: set[str], sample: str) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the chosen pages of ``sample`` (e1 or e2), sorted."""
    return _C.select_c(pages, named, sample, TOTAL, PARITY)


def main(argv: list[str]) -> None:
    sample = argv[1] if len(argv) > 1 else "e1"
    if sample not in PARITY:
        raise SystemExit(f"sample must be one of {sorted(PARITY)}")
    corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    for url, feed, name in select_e(_C.load_titles(corpus), named_urls(), sample):
        print(f"{url}\t{feed}\t{name}")


if __name__ == "__main__":
    main(sys.argv)
