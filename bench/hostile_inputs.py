"""CPU cost of documents built to stall a run, against the same document without the hostile part.

The tests check how each guard works (the crowded tag never reaches a parser, the long run never
reaches ioc-finder); this prints what it costs: CPU seconds of this process for a feed with a tag
of 60,000 attributes (refused), a page and a feed fragment with 100,000 attributes on one tag, and
a text with a 60 kB whitespace-free run of dotted numbers around two indicators, a Markdown page
with a line of 40,000 unclosed `[` (extraction's link patterns), a corpus record of one paragraph
of 20,000 links copied by bench/scale.py (against the same words without links), an article with a
headline of 200,000 digits, a text with 20,000 characters of '1,1,…' between the impact and ransom
rules' trigger words (against as many characters of words), a 200,000-character line of
capitalised words (enrichment; against the same words in short lines), a text repeating a claim
of LockBit 4,300 times and one naming 10,000 distinct gangs (enrichment; against as many
characters of ordinary sentences), an advisory whose one sentence lists 11,000 CVE ids (enrichment
and the record's JSON, as stored; against as many characters of ordinary sentences), the facts
backend on a story of 400 reports whose merged record holds each one's claimant, agency and
affected version (against the same text naming none), a 32,000-letter run before an acronym's
definition (enrichment; against as many letters in words), a tracker's page listing 5,000 claimed
victims one a line (enrichment; against as many characters of ordinary sentences), each as a
ratio to the same call on the document without the hostile part, measured in the same run (the
cases took from 20 s to minutes before their guards).

Run: python bench/hostile_inputs.py [--repeat 3] [--only WORDS]
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from veilleur.batch import batch_document
from veilleur.brief.facts import FactsBackend
from veilleur.collect.feeds import FeedError, parse_feed
from veilleur.enrich import enrich
from veilleur.enrich.facts import attack_facts
from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.iocs import find_indicators
from veilleur.extract import extract_article
from veilleur.extract.html import extract_html, fragment_text
from veilleur.models import (
    Article,
    AttackFacts,
    BriefRequest,
    Category,
    Fact,
    Intel,
    LawEnforcementFacts,
    Source,
    SourceKind,
    VulnerabilityFacts,
)

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


def _article(title: str, text: str = WORDS, lang: str = "fr") -> None:
    url = "https://news.example/a"
    enrich(Article(url=url, canonical_url=url, title=title, text=text, lang=lang))


def _headline(title: str) -> None:
    _article(title or "Rançongiciel à la mairie de Valbrune")


TRIGGERS = (
    "The LockBit ransomware group claimed the attack and demanded a ransom paid in bitcoins; the flaw was "
    "fixed in version 4.2.1, versions prior to 4.2 and earlier, devices and servers "
)


def _numbers(run: str) -> None:
    text = f"{TRIGGERS}{run} {TRIGGERS}"
    find_impacts(text)
    attack_facts("Ransomware attack on Quillpage", text)


def _line(body: str) -> None:
    _article("Ransomware attack on Quillpage Corp", f"Quillpage Corp was hit by ransomware.\n{body}", "en")


def _names(repeats: str) -> None:
    _article(
        "Ransomware attack on Acme", f"Ransomware attack on the fictional Acme hospital.\n{repeats}", "en"
    )


def _cves(text: str) -> None:
    url = "https://news.example/a"
    article = Article(url=url, canonical_url=url, title="Quillpage patches flaws", text=text, lang="en")
    enrich(article).model_dump_json()  # the record as stored: every id with its sentence


def _story(text: str) -> None:
    """The facts backend on a story whose merged record holds a claimant, an agency and an affected
    version per report (as many as the text names), against the story's text."""
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.LAW_ENFORCEMENT,
        attack=AttackFacts(claimed_by=[Fact(value=v, sentence="s") for v in re.findall(r"Zork\d+", text)]),
        law_enforcement=LawEnforcementFacts(
            arrests=[Fact(value="arrested", sentence="s")],
            agencies=[Fact(value=v, sentence="s") for v in re.findall(r"Valpol\d+", text)],
        ),
        vulnerability=VulnerabilityFacts(
            product="Quillbox",
            affected_versions=[Fact(value=v, sentence="s") for v in re.findall(r"before 4\.\d+\.1", text)],
        ),
    )
    url = "https://news.example/a"
    article = Article(url=url, canonical_url=url, title="Europol arrests Zork gang", text=text, lang="en")
    FactsBackend().brief(BriefRequest(article=article, intel=intel, outlet="X", url=url))


REPORT = (
    "The Zork{i} gang claimed the attack on the fictional Quillpage; Valpol{i} and Europol arrested two "
    "men. Versions before 4.{i}.1 are hit. "
) + "The investigation of the fictional case goes on, the prosecutors said on Monday. " * 40


def _acronym(run: str) -> None:
    text = f"AAP was hit by ransomware on Monday.\n{run}.\nAmerican Associated Pharmacies (AAP) said so."
    _article("Ransomware attack hits AAP", text, "en")


_NO_FACTS = str.maketrans("ZV4", "GW5")  # the same text naming no claimant, agency nor version
PROSE = "The council said its servers were restored on Monday after the outage. "


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
    ("enrichment, a headline of 200,000 digits", _headline, ("1234567890" * 20_000), ""),
    ("impacts and ransom, 20,000 characters of '1,'", _numbers, "1," * 10_000, "one " * 5_000),
    (
        "enrichment, a line of 200,000 characters of capitalised words",
        _line,
        ("Alpha Beta Gamma Delta Epsilon " * 6452)[:200_000],
        "\n".join(["Alpha Beta Gamma Delta Epsilon"] * 6452)[:200_000],
    ),
    (
        "enrichment, a claim of LockBit repeated 4,300 times",
        _names,
        "LockBit claimed the attack on Acme Corp and Beta Inc and Gamma Ltd, " * 4_300,
        (PROSE * 4_100)[:292_400],
    ),
    (
        "enrichment and its record, a sentence listing 11,000 CVE ids",
        _cves,
        "Patched: " + ", ".join(f"CVE-2024-{1000 + i}" for i in range(11_000)) + " are exploited.",
        (PROSE * 2_200)[:158_000],
    ),
    (
        "briefing of a story of 400 reports, each stating its facts",
        _story,
        "\n\n".join(REPORT.format(i=i) for i in range(400)),
        "\n\n".join(REPORT.format(i=i) for i in range(400)).translate(_NO_FACTS),
    ),
    (
        "enrichment, a 32,000-letter run before an acronym's definition",
        _acronym,
        "Q" * 32_000,
        "Q " * 16_000,
    ),
    (
        "enrichment, a tracker's list of 5,000 claimed victims",
        _names,
        "".join(f"Zorkon ransomware gang claims Quill{i} Hospital (Germany)\n" for i in range(5_000)),
        (PROSE * 4_100)[:283_890],
    ),
    (
        "enrichment, 10,000 distinct gang names",
        _names,
        " ".join(f"the Zork{i} ransomware gang" for i in range(10_000)),
        (PROSE * 4_100)[:288_889],
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
    parser.add_argument("--only", default="", help="only the cases whose name holds these words")
    args = parser.parse_args()
    for name, call, hostile, plain in CASES:
        if args.only not in name:
            continue
        call(plain)  # imports, models and patterns loaded before measuring
        base = cpu(call, plain, args.repeat)
        spent = cpu(call, hostile, args.repeat)
        ratio = spent / max(base, 1e-6)
        print(f"{name} ({len(hostile):,} characters): {spent:.3f} s CPU, {ratio:.1f}× without them")


if __name__ == "__main__":
    main()
