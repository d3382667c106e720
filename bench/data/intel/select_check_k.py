"""Reproducible choice of the pages of the first-sight samples ``k1`` and ``k2`` (labels-check-k*.jsonl).

``python bench/data/intel/select_check_k.py k1 [corpus]`` (or ``k2``) prints
``url<TAB>feed_name<TAB>sample``, sorted by outlet then url: 50 pages of
``../shared/corpus/news-dev.jsonl.gz`` labelled by reading, blind (before veilleur runs on them).

Drawn as g, h, i and j were (select_check_g.py: in proportion to the corpus, parity of sha256(url),
no page whose title repeats a labelled page's), because j1 became a development part and j2, the
last guard never tuned on, was scored at every change of a session: k measures at first sight again.
Besides j's exclusions, every file that holds labels when k is drawn is left out — the j samples and
their second readings, and every story part — so no page is both in k and anywhere else. The pages
are drawn with ``random.Random(f"check-{sample}")``.

No wall clock: the same corpus and the same EXCLUDE files give the same lines.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select_check_j.py by path: bench/data is no package
_SPEC = importlib.util.spec_from_file_location("intel_select_j", HERE / "select_check_j.py")
assert _SPEC is not None and _SPEC.loader is not None
_J = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_J)
_G = _J._G
_C = _G._C
DEFAULT_CORPUS: Path = _C.DEFAULT_CORPUS
TOTAL: int = _G.TOTAL
PARITY = {"k1": 0, "k2": 1}
# Files that held labels when k was drawn, listed by name; the k files themselves are never excluded.
EXCLUDE = (
    *_J.EXCLUDE,
    *(HERE / f"labels-check-{s}.jsonl" for s in ("j1", "j2")),
    *(HERE / f"second-reading-{s}.jsonl" for s in ("j1", "j2")),
)
# Story parts that existed when k was drawn (dev4a/dev4b and dev5a/dev5b are halves of dev4 and dev5).
STORY_SPLITS_BEFORE_K = frozenset({"tune", "aside", "dev", "dev2", "dev3", "dev4", "dev5"})


def named_urls() -> set[str]:
    """Every url the EXCLUDE files name (fields url, urls, a, b); missing files name none. Of the
    story files, only the records of STORY_SPLITS_BEFORE_K count."""
    urls: set[str] = _C.named_urls(EXCLUDE, _C.STORIES, STORY_SPLITS_BEFORE_K)
    return urls


def select_k(pages: dict[str, tuple[str, str]], named: set[str], sample: str) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the TOTAL pages of ``sample`` (k1 or k2), drawn as g was
    (select_check_g.draw), sorted by outlet then url."""
    drawn: list[tuple[str, str, str]] = _G.draw(pages, named, sample, PARITY[sample])
    return drawn


def main(argv: list[str]) -> None:
    sample = argv[1] if len(argv) > 1 else "k1"
    if sample not in PARITY:
        raise SystemExit(f"sample must be one of {sorted(PARITY)}")
    corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    for url, feed, name in select_k(_C.load_titles(corpus), named_urls(), sample):
        print(f"{url}\t{feed}\t{name}")


if __name__ == "__main__":
    main(sys.argv)
