"""Reproducible choice of the pages of the first-sight samples ``j1`` and ``j2`` (labels-check-j*.jsonl).

``python bench/data/intel/select_check_j.py j1 [corpus]`` (or ``j2``) prints
``url<TAB>feed_name<TAB>sample``, sorted by outlet then url: 50 pages of
``../shared/corpus/news-dev.jsonl.gz`` labelled by reading, blind (before veilleur runs on them).

Drawn as g, h and i were (select_check_g.py: in proportion to the corpus, parity of sha256(url), no
page whose title repeats a labelled page's), because i1 became a development part and i2, the last
guard never tuned on, was scored at every change of a session: j measures at first sight again.
Besides i's exclusions, every file that holds labels when j is drawn is left out — the i samples and
their second readings, and every story part — so no page is both in j and anywhere else. The pages
are drawn with ``random.Random(f"check-{sample}")``.

No wall clock: the same corpus and the same EXCLUDE files give the same lines.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select_check_i.py by path: bench/data is no package
_SPEC = importlib.util.spec_from_file_location("intel_select_i", HERE / "select_check_i.py")
assert _SPEC is not None and _SPEC.loader is not None
_I = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_I)
_G = _I._G
_C = _G._C
DEFAULT_CORPUS: Path = _C.DEFAULT_CORPUS
TOTAL: int = _G.TOTAL
PARITY = {"j1": 0, "j2": 1}
# Files that held labels when j was drawn, listed by name; the j files themselves are never excluded.
EXCLUDE = (
    *_I.EXCLUDE,
    *(HERE / f"labels-check-{s}.jsonl" for s in ("i1", "i2")),
    *(HERE / f"second-reading-{s}.jsonl" for s in ("i1", "i2")),
)
# Story parts that existed when j was drawn (dev4a/dev4b and dev5a/dev5b are halves of dev4 and dev5).
STORY_SPLITS_BEFORE_J = frozenset({"tune", "aside", "dev", "dev2", "dev3", "dev4", "dev5"})


def named_urls() -> set[str]:
    """Every url the EXCLUDE files name (fields url, urls, a, b); missing files name none. Of the
    story files, only the records of STORY_SPLITS_BEFORE_J count."""
    urls: set[str] = _C.named_urls(EXCLUDE, _C.STORIES, STORY_SPLITS_BEFORE_J)
    return urls


def select_j(pages: dict[str, tuple[str, str]], named: set[str], sample: str) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the TOTAL pages of ``sample`` (j1 or j2), drawn as g was
    (select_check_g.draw), sorted by outlet then url."""
    drawn: list[tuple[str, str, str]] = _G.draw(pages, named, sample, PARITY[sample])
    return drawn


def main(argv: list[str]) -> None:
    sample = argv[1] if len(argv) > 1 else "j1"
    if sample not in PARITY:
        raise SystemExit(f"sample must be one of {sorted(PARITY)}")
    corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    for url, feed, name in select_j(_C.load_titles(corpus), named_urls(), sample):
        print(f"{url}\t{feed}\t{name}")


if __name__ == "__main__":
    main(sys.argv)
