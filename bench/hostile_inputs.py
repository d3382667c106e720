"""CPU cost of documents built to stall a run, against the same document without the hostile part.

The tests check how each guard works (the crowded tag never reaches a parser, the long run never
reaches ioc-finder); this prints what it costs: CPU seconds of this process for a feed with a tag
of 60,000 attributes (refused), a page and a feed fragment with 100,000 attributes on one tag, and
a text with a 60 kB whitespace-free run of dotted numbers around two indicators, a Markdown page
with a line of 40,000 unclosed `[` (extraction's link patterns), a corpus record of one paragraph
of 20,000 links copied by bench/scale.py (against the same words without links), each as a ratio
to the same call on the document without the hostile part, measured in the same run (the
cases took from 20 s to minutes before their guards).

Run: python bench/hostile_inputs.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from veilleur.batch import batch_document
from veilleur.collect.feeds import FeedError, parse_feed
from veilleur.enrich.iocs import find_indicators
from veilleur.extract import extract_article
from veilleur.extract.html import extract_html, fragment_text
from veilleur.models import Source, SourceKind

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import copy_record

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
SOURCE = Source(name="s", kind=SourceKind.FEED, url="https://news.example/feed", tag="s")
WORDS = "Le rançongiciel a chiffré les serveurs de la mairie fictive de Valbrune lundi. " * 20


def _feed(attributes: str) -> None:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item{attributes}><title>Un titre</title><link>https://news.example/a</link>"
        f"<pubDate>{format_datetime(NOW)}</pubDate></item></channel></rss>"
    ).encode()
    with contextlib.suppress(FeedError):  # the crowded one is refused: measured is how fast
        parse_feed(body, "application/rss+xml", SOURCE, SOURCE.url, NOW)


def _page(attributes: str) -> None:
    page = (
        f"<html><head><title>T</title></head><body><article {attributes}><h1>T</h1><p>{WORDS}</p>"
        "</article></body></html>"
    )
    extract_html(page, "https://news.example/a")
    fragment_text(f"<p {attributes}>{WORDS}</p>")


def _iocs(junk: str) -> None:
    find_indicators(f"Le serveur evil-c2[.]ru a été vu. {junk} Puis 45.77.12[.]9 a servi de relais.")


def _marks(junk: str) -> None:
    document, entry, error = batch_document({"markdown": f"# Valbrune\n\n{WORDS}\n\n{junk}\n", "title": "T"})
    assert document is not None, error
    extract_article(document, entry)


def _copy(links: str) -> None:
    copy_record({"markdown": f"{WORDS} {links}", "title": "T"}, 3)


CASES: list[tuple[str, Callable[[str], None], str, str]] = [
    ("feed, 60,000 attributes on an item", _feed, "".join(f' a{i}="x"' for i in range(60_000)), ""),
    ("page, 100,000 attributes on a tag", _page, " ".join(f'a{i}="x"' for i in range(100_000)), 'class="a"'),
    ("IOCs, a 60 kB dotted run", _iocs, "1.1.1." * 10_000, "1.1.1."),
    ("Markdown, a line of 40,000 unclosed '['", _marks, "[" * 40_000, "["),
    (
        "scale copy, a paragraph of 20,000 links",
        _copy,
        " ".join(f"word [link](https://example.test/{n}) text" for n in range(20_000)),
        " ".join("word link text" for _ in range(20_000)),
    ),
]


def cpu(call: Callable[[str], None], argument: str, repeat: int) -> float:
    """Least CPU seconds of `repeat` calls."""
    spent = []
    for _ in range(repeat):
        start = time.process_time()
        call(argument)
        spent.append(time.process_time() - start)
    return min(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for name, call, hostile, plain in CASES:
        call(plain)  # imports, models and patterns loaded before measuring
        base = cpu(call, plain, args.repeat)
        spent = cpu(call, hostile, args.repeat)
        ratio = spent / max(base, 1e-6)
        print(f"{name} ({len(hostile):,} characters): {spent:.3f} s CPU, {ratio:.1f}× without them")


if __name__ == "__main__":
    main()
