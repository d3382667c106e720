"""Intel quality and speed, next to simple baselines measured in the same run.

1. Relevance on ../shared/corpus/news-dev.jsonl.gz, with `feed_group` as a weak label: articles
   of security feeds should be relevant, those of non-security and digital-rights feeds not. The
   label is noisy: security feeds also carry sponsor posts, podcasts, opinion pieces, squid posts,
   "newsletter round N" pages and non-security tech news; digital-rights feeds sometimes cover
   surveillance or breaches. Baseline: "relevant if the page contains one of eight security words".
2. Entity-level precision/recall/F1 for threat actors, malware and CVE ids on the dev splits of
   ../shared/corpus/ner (tag mapping below). An entity is (sentence, type, text, case-folded).
   Baseline: exact, case-sensitive lookup of the MISP galaxies' names, no context rules.
     APTNER  APT → actor, MAL → malware, VULID → cve (CVE ids only)
     DNRTI   HackOrg → actor, SamFile → malware (sample names)
     CyNER   Malware → malware, Vulnerability → cve (CVE ids only); no actor tag
3. The seed input: victim, country, sector, category, impacts.
4. Articles per second of `enrich` (extraction excluded), galaxies loaded once beforehand.

Run: python bench/intel.py [--shared ../shared] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from veilleur.cli import batch_document
from veilleur.collect.files import read_file
from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich import enrich
from veilleur.enrich.actors import _galaxy_matches, _index, threat_mentions
from veilleur.enrich.cves import unique_cves
from veilleur.enrich.relevance import relevance_score
from veilleur.extract import extract_article
from veilleur.models import Entry

HERE = Path(__file__).resolve().parent
BASELINE_WORDS = re.compile(r"security|attack|vulnerab|malware|hacker|breach|ransomware|phishing", re.I)
CORPORA = {
    "APTNER": ("aptner/APTNERdev.txt", {"APT": "actor", "MAL": "malware", "VULID": "cve"}),
    "DNRTI": ("dnrti/valid.txt", {"HackOrg": "actor", "SamFile": "malware"}),
    "CyNER": ("cyner/valid.txt", {"Malware": "malware", "Vulnerability": "cve"}),
}
Entity = tuple[int, str, str]


def relevance(corpus: Path, limit: int) -> list[str]:
    rows = {
        "veilleur": {"sec": [0, 0], "other": [0, 0]},
        "keyword baseline": {"sec": [0, 0], "other": [0, 0]},
    }
    with gzip.open(corpus, "rt", encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            if limit and number >= limit:
                break
            record = json.loads(line)
            document, entry, _ = batch_document(record)
            article = extract_article(document, entry)
            group = "sec" if record["feed_group"] == "cyber" else "other"
            # The feed's title is known even when the page gave no article (many Security Affairs
            # records are link lists without their article): it is judged with whatever text there is.
            title = record.get("title") or ""
            ours = relevance_score(title, article.text) >= DEFAULT_MIN_RELEVANCE
            base = bool(BASELINE_WORDS.search(f"{title} {record.get('markdown') or ''}"))
            for name, predicted in (("veilleur", ours), ("keyword baseline", base)):
                correct = predicted if group == "sec" else not predicted
                rows[name][group][0] += int(correct)
                rows[name][group][1] += 1
    out = ["| relevance | security feeds | other feeds |", "|---|---|---|"]
    for name, groups in rows.items():
        cells = [f"{ok / max(1, n):.3f} ({ok}/{n})" for ok, n in (groups["sec"], groups["other"])]
        out.append(f"| {name} | {cells[0]} | {cells[1]} |")
    return out


def sentences(path: Path, mapping: dict[str, str]) -> Iterator[tuple[str, set[Entity]]]:
    """(text, gold entities) per sentence of a BIO/BIOES token-per-line file."""
    tokens: list[str] = []
    gold: set[Entity] = set()
    current: list[str] = []
    kind = ""
    index = 0

    def close() -> None:
        nonlocal current, kind
        if current and kind:
            text = " ".join(current)
            if kind != "cve" or re.fullmatch(r"CVE-\d{4}-\d{4,7}", text, re.I):
                gold.add((index, kind, text.casefold()))
        current, kind = [], ""

    for raw in [*path.read_text(encoding="utf-8", errors="replace").splitlines(), ""]:
        parts = raw.split()
        if not parts:
            close()
            if tokens:
                yield " ".join(tokens), gold
            tokens, gold, index = [], set(), index + 1
            continue
        token, tag = parts[0], parts[-1]
        tokens.append(token)
        prefix, _, label = tag.partition("-")
        mapped = mapping.get(label, "")
        if prefix in {"B", "S"} or not mapped or mapped != kind:
            close()
        if mapped:
            current.append(token)
            kind = mapped
        if prefix in {"E", "S"}:
            close()
        if token == "." and prefix == "O":
            close()
            yield " ".join(tokens), gold
            tokens, gold, index = [], set(), index + 1


def baseline_threats(text: str) -> set[tuple[str, str]]:
    """Every galaxy name written with a capital: the dictionary and nothing else."""
    return {
        (entry.kind, written.casefold())
        for _, _, written, entry in _galaxy_matches(text, _index())
        if written[0].isupper()
    }


def ours_threats(text: str) -> set[tuple[str, str]]:
    found = {(m.kind, m.written.casefold()) for m in threat_mentions(text)}
    return found | {("cve", c.casefold()) for c in unique_cves(text)}


def prf(gold: set[Entity], predicted: set[Entity]) -> str:
    tp = len(gold & predicted)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.2f} / {r:.2f} / **{f:.2f}**"


def ner(folder: Path) -> list[str]:
    out = ["| corpus · type (gold) | veilleur P / R / F1 | baseline P / R / F1 |", "|---|---|---|"]
    systems: dict[str, Callable[[str], set[tuple[str, str]]]] = {
        "ours": ours_threats,
        "base": baseline_threats,
    }
    for corpus, (name, mapping) in CORPORA.items():
        path = folder / name
        if not path.is_file():
            continue
        gold: set[Entity] = set()
        predicted: dict[str, set[Entity]] = {"ours": set(), "base": set()}
        for index, (text, entities) in enumerate(sentences(path, mapping)):
            gold |= {(index, kind, value) for _, kind, value in entities}
            for system, extract in systems.items():
                found = extract(text)
                if system == "base":
                    found |= {("cve", c.casefold()) for c in re.findall(r"CVE-\d{4}-\d{4,7}", text)}
                predicted[system] |= {
                    (index, kind, value) for kind, value in found if kind in mapping.values()
                }
        for kind in sorted(set(mapping.values())):
            g = {e for e in gold if e[1] == kind}
            cells = [prf(g, {e for e in predicted[s] if e[1] == kind}) for s in ("ours", "base")]
            out.append(f"| {corpus} · {kind} ({len(g)}) | {cells[0]} | {cells[1]} |")
    return out


def seed(shared: Path) -> list[str]:
    path = shared / "seeds" / "000_2c8f3f87bf6db0f0.txt"
    document = read_file(path)
    article = extract_article(document, Entry(url=document.url, canonical_url=document.url, source="seed"))
    intel = enrich(article)
    victims = ", ".join(f"{v.name} ({'/'.join(v.sectors)}, {'/'.join(v.countries)})" for v in intel.victims)
    return [
        f"seed: victims = {victims}; category = {intel.category}; countries = {intel.countries}; "
        f"impacts = {[i.kind for i in intel.impacts]}"
    ]


def speed(corpus: Path, count: int) -> list[str]:
    articles = []
    with gzip.open(corpus, "rt", encoding="utf-8") as stream:
        for line in stream:
            document, entry, _ = batch_document(json.loads(line))
            article = extract_article(document, entry)
            if article.usable:
                articles.append(article)
            if len(articles) >= count:
                break
    enrich(articles[0])  # galaxies, gazetteer and IOC grammars load once per process, before the clock
    start = time.perf_counter()
    for article in articles:
        enrich(article)
    seconds = time.perf_counter() - start
    return [f"speed: {len(articles) / seconds:.1f} articles/s for enrich() on {len(articles)} articles"]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="news-dev records for relevance (0 = all)")
    args = parser.parse_args()
    corpus = args.shared / "corpus" / "news-dev.jsonl.gz"
    if not corpus.is_file():
        print(f"skipped: {corpus} not found", file=sys.stderr)
        return 0
    for line in [*seed(args.shared), *speed(corpus, 300), "", *ner(args.shared / "corpus" / "ner"), ""]:
        print(line, flush=True)
    for line in relevance(corpus, args.limit):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
