"""Reproducible choice of the pages of the train samples ``f1`` and ``f2`` (labels-train-f*.jsonl).

``python bench/data/intel/select_train_f.py f1 [corpus]`` (or ``f2``) prints
``url<TAB>feed_name<TAB>sample``, sorted by outlet then url: 70 pages of
``../shared/corpus/news-dev.jsonl.gz`` about incidents, labelled by reading for training the victim
model (victims are rare in the other labelled pages). Their records say ``"split": "train"``.

The draw is select_train_c.py's (outlet weights 1 / sqrt(1 + pages already labelled), parity split:
``f1`` takes pages whose sha256(url) ends in an even hex digit, ``f2`` odd ones; pages drawn with
``random.Random(f"train-{sample}:{feed}")``), with three differences:
- every label file and second reading that exists when f is drawn is excluded (EXCLUDE, listed by
  name, check-e1/e2 included), and every record of every story part then present (dev5 included);
- only pages whose *title* names an incident are eligible: INCIDENT_WORDS, a written list of the
  field's words in English, French, Dutch and German (hack, breach, ransomware, cyberattaque,
  datalek, Cyberangriff, ...), matched from a word boundary (no veilleur code chooses);
- the non-security outlets get their share of the corpus' incident-titled pages, and what one group
  cannot fill (too few eligible pages) goes to the other, so the draw has TOTAL pages.

No wall clock: the same corpus and the same EXCLUDE files give the same lines.
"""

from __future__ import annotations

import importlib.util
import math
import random
import re
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
STORIES: Path = _C.STORIES
TOTAL = 70
PARITY = {"f1": 0, "f2": 1}
# Every file that held labels when f was drawn. The f files themselves are never excluded: adding
# their labels must not change the draw that made them; files written later are not read either.
EXCLUDE = (
    HERE / "labels.jsonl",
    HERE / "labels-second.jsonl",
    HERE / "labels-blogs.jsonl",
    HERE / "labels-fr.jsonl",
    HERE / "labels-fr-inputs.jsonl",
    HERE / "labels-train-a.jsonl",
    HERE / "labels-train-b.jsonl",
    HERE / "labels-train-c1.jsonl",
    HERE / "labels-train-c2.jsonl",
    HERE / "labels-check-d1.jsonl",
    HERE / "labels-check-d2.jsonl",
    HERE / "labels-check-e1.jsonl",
    HERE / "labels-check-e2.jsonl",
    HERE / "second-reading-train.jsonl",
    HERE / "second-reading-c.jsonl",
    HERE / "second-reading-d.jsonl",
    HERE / "second-reading-e1.jsonl",
    HERE / "second-reading-e2.jsonl",
    STORIES / "groups.jsonl",
    STORIES / "groups-fr-en.jsonl",
    STORIES / "hard-negatives.jsonl",
    STORIES / "hard-negatives-fr-en.jsonl",
)
# Story parts that existed when f was drawn; parts added later leave f's pages out themselves.
STORY_SPLITS_BEFORE_F = frozenset({"tune", "aside", "dev", "dev2", "dev3", "dev4", "dev5"})
# Words of a title naming an incident (EN, FR, NL, DE), from a word boundary; "attack" only as
# "attack(s) on"/"attacked" (not "attack surface"), "leak" only with data or as a verb.
INCIDENT_WORDS = re.compile(
    r"\b("
    # English
    r"hack(?:s|ed|ers?)?|breach(?:es|ed)?|ransomware|cyber[- ]?attack(?:s|ed|ers?)?"
    r"|attack(?:s)? on|attacked|data leaks?|leak(?:s|ed)|stolen|steals?|extort\w*|compromised"
    r"|ddos\w*"
    # French
    r"|piratage|piraté(?:e|s|es)?|cyber[- ]?attaques?|attaques? contre|rançongiciels?|rançon"
    r"|fuites? de données"
    # Dutch
    r"|cyberaanval(?:len)?|aanval(?:len)? op|datalek(?:ken)?|gehackt|gelekt|losgeld"
    # German
    r"|cyberangriff\w*|hackerangriff\w*|angriff auf|datenleck\w*|datendiebstahl|erpress\w*"
    r")\b",
    re.IGNORECASE,
)


def named_urls() -> set[str]:
    """Every url the EXCLUDE files name (fields url, urls, a, b); missing files name none. Of the
    story files, only the records of STORY_SPLITS_BEFORE_F count."""
    return _C.named_urls(EXCLUDE, STORIES, STORY_SPLITS_BEFORE_F)


def incident(title: str) -> bool:
    """Whether a title names an incident (INCIDENT_WORDS)."""
    return INCIDENT_WORDS.search(title) is not None


def select_f(pages: dict[str, tuple[str, str]], named: set[str], sample: str) -> list[tuple[str, str, str]]:
    """Return (url, feed, sample) of the TOTAL chosen pages of ``sample`` (f1 or f2), sorted by
    outlet then url; pages are drawn with ``train-{sample}:{feed}``."""
    bit = PARITY[sample]
    named_titles = {pages[u][1].strip().lower() for u in named if u in pages}
    labelled: dict[str, int] = {}
    eligible: dict[str, list[str]] = {}
    for url, (feed, title) in pages.items():
        if url in named:
            labelled[feed] = labelled.get(feed, 0) + 1
        elif _C.parity(url) == bit and title.strip().lower() not in named_titles and incident(title):
            eligible.setdefault(feed, []).append(url)
    feeds = sorted({feed for feed, _t in pages.values()})
    room = {f: len(eligible.get(f, [])) for f in feeds}
    incidents = [f for f, t in pages.values() if incident(t)]
    n_non = round(TOTAL * sum(f in NON_SECURITY for f in incidents) / max(len(incidents), 1))
    groups = ([f for f in feeds if f in NON_SECURITY], [f for f in feeds if f not in NON_SECURITY])
    # a group gets at most what its outlets hold; the other group takes the rest
    n_non = min(n_non, sum(room[f] for f in groups[0]))
    n_non = max(n_non, TOTAL - sum(room[f] for f in groups[1]))
    quota: dict[str, int] = {}
    for group, n in zip(groups, (n_non, TOTAL - n_non), strict=True):
        weights = {f: 1 / math.sqrt(1 + labelled.get(f, 0)) for f in group}
        quota.update(_C.share(weights, n, {f: room[f] for f in group}))
    rows: list[tuple[str, str, str]] = []
    for feed, n in sorted(quota.items()):
        chosen = random.Random(f"train-{sample}:{feed}").sample(sorted(eligible.get(feed, [])), n)
        rows.extend((u, feed, sample) for u in chosen)
    return sorted(rows, key=lambda r: (r[1], r[0]))


def main(argv: list[str]) -> None:
    sample = argv[1] if len(argv) > 1 else "f1"
    if sample not in PARITY:
        raise SystemExit(f"sample must be one of {sorted(PARITY)}")
    corpus = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    for url, feed, name in select_f(_C.load_titles(corpus), named_urls(), sample):
        print(f"{url}\t{feed}\t{name}")


if __name__ == "__main__":
    main(sys.argv)
