"""Reproducible choice of the pages of the first-sight samples ``g1`` and ``g2`` (labels-check-g*.jsonl).

``python bench/data/intel/select_check_g.py g1 [corpus]`` (or ``g2``) prints
``url<TAB>feed_name<TAB>sample``, sorted by outlet then url: 50 pages of
``../shared/corpus/news-dev.jsonl.gz`` labelled by reading, blind (before veilleur runs on them), to
measure recognition at first sight on pages nobody tuned on. Their records say ``"split": "check"``;
the files are named outside the ``labels-train-*`` glob the training tools read, and the scorer's
``check-g1``/``check-g2`` parts are held out (scored only, errors never listed) until the session
after the one that labelled them, when ``g1`` becomes a development part and ``g2`` stays a guard.

Unlike the c, d and e draws, which favour the outlets least labelled, g is drawn **in proportion
to the corpus**: each outlet weighs what it weighs in the daily input (The Hacker News, The Register
and Security Affairs most), so its figures read like a day of real work. Eligibility and parity as
select_train_c.py (``g1`` takes pages whose sha256(url) ends in an even hex digit, ``g2`` odd ones;
no page whose title repeats a labelled page's), and:
- every label file that exists when g is drawn is excluded — every labels-*.jsonl and second reading
  up to the f samples, and every story part (dev5 included) — so no page is both in g and anywhere else;
- the pages are drawn uniformly among the eligible ones with ``random.Random(f"check-{sample}")``.

No wall clock: the same corpus and the same EXCLUDE files give the same lines.
"""

from __future__ import annotations

import importlib.util
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
TOTAL = 50
PARITY = {"g1": 0, "g2": 1}
# Files that held labels when g was drawn, listed by name. The g files themselves are never
# excluded: adding their labels must not change the draw that made them.
EXCLUDE = (
    *_C.EXCLUDE,
    *(HERE / f"labels-train-{s}.jsonl" for s in ("c1", "c2", "f1", "f2")),
    *(HERE / f"labels-check-{s}.jsonl" for s in ("d1", "d2", "e1", "e2")),
    *(HERE / f"second-reading-{s}.jsonl" for s in ("c", "d", "e1", "e2", "f")),
)
# Story parts that existed when g was drawn; parts added later leave g's pages out themselves.
STORY_SPLITS_BEFORE_G = frozenset({"tune", "aside", "dev", "dev2", "dev3", "dev4", "dev5"})


def named_urls() -> set[str]:
    """Every url the EXCLUDE files name (fields url, urls, a, b); missing files name none. Of the
    story files, only the records of STORY_SPLITS_BEFORE_G count."""
    urls: set[str] = _C.named_urls(EXCLUDE, _C.STORIES, STORY_SPLITS_BEFORE_G)
    return urls


def draw(
    pages: dict[str, tuple[str, str]], named: set[str], sample: str, bit: int
) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of TOTAL pages whose sha256(url) parity is ``bit``, drawn uniformly
    with ``random.Random(f"check-{sample}")`` among the pages no label names (by url or title), sorted
    by outlet then url. Shared by the later first-sight draws (select_check_h.py)."""
    named_titles = {pages[u][1].strip().lower() for u in named if u in pages}
    eligible = sorted(
        url
        for url, (_feed, title) in pages.items()
        if url not in named and _C.parity(url) == bit and title.strip().lower() not in named_titles
    )
    chosen = random.Random(f"check-{sample}").sample(eligible, TOTAL)
    return sorted(((u, pages[u][0], sample) for u in chosen), key=lambda r: (r[1], r[0]))


def select_g(pages: dict[str, tuple[str, str]], named: set[str], sample: str) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the TOTAL pages of ``sample`` (g1 or g2), drawn uniformly among
    the eligible pages, sorted by outlet then url."""
    return draw(pages, named, sample, PARITY[sample])


def main(argv: list[str]) -> None:
    sample = argv[1] if len(argv) > 1 else "g1"
    if sample not in PARITY:
        raise SystemExit(f"sample must be one of {sorted(PARITY)}")
    corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    for url, feed, name in select_g(_C.load_titles(corpus), named_urls(), sample):
        print(f"{url}\t{feed}\t{name}")


if __name__ == "__main__":
    main(sys.argv)
