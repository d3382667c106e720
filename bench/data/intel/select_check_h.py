"""Reproducible choice of the pages of the first-sight samples ``h1`` and ``h2`` (labels-check-h*.jsonl).

``python bench/data/intel/select_check_h.py h1 [corpus]`` (or ``h2``) prints
``url<TAB>feed_name<TAB>sample``, sorted by outlet then url: 50 pages of
``../shared/corpus/news-dev.jsonl.gz`` labelled by reading, blind (before veilleur runs on them).

Drawn as g was (select_check_g.py: in proportion to the corpus, parity of sha256(url), no page whose
title repeats a labelled page's), because g1 became a development part and was tuned on: h measures
at first sight again. Besides g's exclusions, every file that holds labels when h is drawn is left
out — the g samples and their second readings, and every story part (dev4 and dev5 included) — so
no page is both in h and anywhere else. The pages are drawn with ``random.Random(f"check-{sample}")``.

No wall clock: the same corpus and the same EXCLUDE files give the same lines.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select_check_g.py by path: bench/data is no package
_SPEC = importlib.util.spec_from_file_location("intel_select_g", HERE / "select_check_g.py")
assert _SPEC is not None and _SPEC.loader is not None
_G = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_G)
_C = _G._C
DEFAULT_CORPUS: Path = _C.DEFAULT_CORPUS
TOTAL: int = _G.TOTAL
PARITY = {"h1": 0, "h2": 1}
# Files that held labels when h was drawn, listed by name; the h files themselves are never excluded.
EXCLUDE = (
    *_G.EXCLUDE,
    *(HERE / f"labels-check-{s}.jsonl" for s in ("g1", "g2")),
    *(HERE / f"second-reading-{s}.jsonl" for s in ("g1", "g2")),
)
# Story parts that existed when h was drawn.
STORY_SPLITS_BEFORE_H = frozenset({"tune", "aside", "dev", "dev2", "dev3", "dev4", "dev5"})


def named_urls() -> set[str]:
    """Every url the EXCLUDE files name (fields url, urls, a, b); missing files name none. Of the
    story files, only the records of STORY_SPLITS_BEFORE_H count."""
    urls: set[str] = _C.named_urls(EXCLUDE, _C.STORIES, STORY_SPLITS_BEFORE_H)
    return urls


def select_h(pages: dict[str, tuple[str, str]], named: set[str], sample: str) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the TOTAL pages of ``sample`` (h1 or h2), drawn as g was
    (select_check_g.draw), sorted by outlet then url."""
    drawn: list[tuple[str, str, str]] = _G.draw(pages, named, sample, PARITY[sample])
    return drawn


def main(argv: list[str]) -> None:
    sample = argv[1] if len(argv) > 1 else "h1"
    if sample not in PARITY:
        raise SystemExit(f"sample must be one of {sorted(PARITY)}")
    corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    for url, feed, name in select_h(_C.load_titles(corpus), named_urls(), sample):
        print(f"{url}\t{feed}\t{name}")


if __name__ == "__main__":
    main(sys.argv)
