"""Scoring of veilleur's intel on the labelled pages of bench/data/intel (see GUIDE.md there).

`score(records, pages)` runs exactly what the pipeline runs on a markdown capture — the batch
document, `extract_article`, then `enrich` — and compares the Intel records with the labels. It only
reads attributes that every version of `Intel` has (or falls back when a newer one is missing), so
the same scorer measures today's code and an older commit imported from another `PYTHONPATH`.

Matching rules (GUIDE.md §14): names are folded (case, accents, a leading "the", punctuation; for
victims also spaces and a trailing "Inc."/"Ltd", GUIDE.md §1);
actors and malware also match through the MISP-galaxy synonyms of the predicted name; the code's
sector and impact names are mapped to the labels'; its category names are read as today's
(`category_label`: a baseline's `data_breach` is the labels' `information-leak`).
"""

from __future__ import annotations

import importlib.util
import re
import resource
import time
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

CODE_TO_LABEL = {
    "systems_shut_down": "systems_down",
    "services_disrupted": "service_disrupted",
    "services_restored": "service_restored",
    "financial-services": "finance",  # sectors: the labels' names of STIX's
    "hospitality-leisure": "hospitality",
}


@lru_cache(maxsize=1)
def _vocabularies() -> ModuleType:
    """This tree's models/vocabularies.py (stdlib and pydantic only), whatever veilleur
    PYTHONPATH imports: the names of today, for a baseline's code too."""
    path = Path(__file__).resolve().parent.parent / "src" / "veilleur" / "models" / "vocabularies.py"
    spec = importlib.util.spec_from_file_location("vocabularies_of_today", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def category_label(found: object) -> str:
    """The labels' name (today's value) of a category any commit's code gives: models'
    `former_category`, the one place former names are mapped."""
    name: str = _vocabularies().former_category(str(getattr(found, "value", found)))
    return name


def fold(name: str) -> str:
    """Case, accents, a leading article and punctuation do not make a different name."""
    # A typographic apostrophe is an apostrophe ("l’Oréal"); ASCII folding would drop it.
    text = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode().casefold()
    # An article is a whole word ("The Gentlemen", "l'Oréal"), not a name's first letters ("LastPass").
    text = re.sub(r"^(?:(?:the|le|la|les)\s+|l'\s*)", "", text.strip())
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


class Counts:
    """True positives, predictions and gold items, for precision / recall / F1."""

    def __init__(self) -> None:
        self.tp = self.predicted = self.gold = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp, self.predicted, self.gold = self.tp + tp, self.predicted + predicted, self.gold + gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _named_keys(named: Any) -> set[str]:
    return {fold(n) for n in [named.name, named.canonical, *named.aliases] if n}


def _match_named(
    gold: list[str], predicted: list[Any], misses: list[str] | None = None, what: str = ""
) -> tuple[int, int, int]:
    """(tp, predicted, gold): a prediction matches a gold name it or one of its synonyms spells.
    Gold names missed and predictions left over are appended to `misses` ("actor missed 'X'")."""
    keys = [_named_keys(n) for n in predicted]
    used: set[int] = set()
    tp = 0
    for name in gold:
        for index, found in enumerate(keys):
            if index not in used and fold(name) in found:
                used.add(index)
                tp += 1
                break
        else:
            if misses is not None:
                misses.append(f"{what} missed {name!r}")
    if misses is not None:
        misses += [f"{what} extra {n.name!r}" for i, n in enumerate(predicted) if i not in used]
    # Two predictions that match one gold name are one extra prediction, not a second hit.
    return tp, len(predicted), len(gold)


# GUIDE.md §1: victims are named "no 'Inc.' unless part of the usual name"; a legal form after the
# name does not make another victim.
_LEGAL_FORM = re.compile(r"\s(?:inc|incorporated|ltd|llc|plc|gmbh)$")


def victim_key(name: str) -> str:
    """A victim's name as the scorer compares it: folded, without a trailing legal form, and with
    no spaces — the same firm written "RecordsCheck" and "Records Check", "SevenRooms" and "Seven
    Rooms", "Safe{Wallet}" and "Safe Wallet" is one victim (symmetric: both sides fold alike)."""
    return _LEGAL_FORM.sub("", fold(name)).replace(" ", "")


def _victim_match(gold: str, predicted: str) -> bool:
    g = victim_key(gold)
    return bool(g) and g == victim_key(predicted)


def pair_victims(gold: list[str], found: list[str], same: Any) -> list[int | None]:
    """Each labelled victim's found name (its index in `found`), each found name used once, the
    first unused one `same(gold name, found name)` accepts; None for a victim not found. The
    indices no victim took are the extras."""
    used: set[int] = set()
    hits: list[int | None] = []
    for name in gold:
        hit = next((i for i, o in enumerate(found) if i not in used and same(name, o)), None)
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return hits


def _fact(facts: Any, name: str) -> Any:
    return getattr(facts, name, None) if facts is not None else None


def _initialled(words: list[str]) -> set[tuple[str, ...]]:
    """The name's words with one run of two or more written as its initials ("IOS XE Wireless LAN
    Controller" → "IOS XE WLC", "Virtual Traffic Manager" → "vTM")."""
    return {
        (*words[:i], "".join(w[0] for w in words[i:j]), *words[j:])
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
    }


def same_product(gold: str, found: str) -> bool:
    """A product fact names the labelled product: one name holds the other ("Identity Services Engine
    (ISE)" for "Identity Services Engine"), or one is the other with a run of words written as their
    initials, the way outlets shorten a product ("IOS XE WLC" for "IOS XE Wireless LAN Controller")."""
    g, f = fold(gold), fold(found)
    if g in f or f in g:
        return True
    g_words, f_words = tuple(g.split()), tuple(f.split())
    return f_words in _initialled(list(g_words)) or g_words in _initialled(list(f_words))


def _same_version(gold: str, found: str) -> bool:
    return fold(gold).replace(" ", "") == fold(found).replace(" ", "")


def score(records: list[dict[str, Any]], pages: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Figures for one part of the labels. `pages` maps a label's key (url or id) to a batch record
    (`markdown`/`text`, `title`, `url`)."""
    try:
        from veilleur.batch import batch_document
    except ImportError:  # the baseline's code, before batches became a library
        from veilleur.cli import batch_document  # type: ignore[attr-defined,no-redef]
    from veilleur.enrich import enrich
    from veilleur.extract import extract_article

    articles = []
    for label in records:
        page = pages.get(label.get("url") or label.get("id", ""))
        if page is None:
            continue
        document, entry, _ = batch_document(page)
        if document is None:
            continue
        articles.append((label, extract_article(document, entry)))
    import veilleur.enrich as enrich_stage

    if hasattr(enrich_stage, "warm_up"):
        enrich_stage.warm_up()  # every model loads once per process, before the clock
    if articles:
        enrich(articles[0][1])
    # CPU seconds of this process (every thread's): the cost on one core, whatever else the machine
    # runs meanwhile; the bench pins its workers to one CPU (bench/intel.py).
    start = time.process_time()
    results = [(label, enrich(article)) for label, article in articles]
    seconds = time.process_time() - start

    out: dict[str, Any] = {"pages": len(results)}
    relevance_ok = promo_published = promo_total = 0
    cat_ok = cat_total = 0
    victims, actors, malware, cves = Counts(), Counts(), Counts(), Counts()
    sector_ok = sector_total = health_found = health_total = 0
    # A found victim's country against the label's: right, wrong (another country: worse than
    # none, the briefing places it there) or none.
    country_ok = country_wrong = country_total = 0
    facts_ok = {"product": 0, "fixed_version": 0, "cvss": 0, "exploited": 0}
    facts_stated = dict.fromkeys(facts_ok, 0)
    misses: list[str] = []
    for label, intel in results:
        promotional = bool(getattr(intel, "promotional", False))
        published = intel.relevant and not promotional
        relevance_ok += published == label["relevant"]
        if label["promotional"]:
            promo_total += 1
            promo_published += published
        key = label.get("url") or label.get("id")
        if published != label["relevant"]:
            misses.append(f"relevance {label['relevant']}→{published}: {key}")
        if label["relevant"]:
            cat_total += 1
            # (a label file written before the rename names it the former way too)
            accepted = {category_label(label["category"])}
            if "attack type unknown" in (label.get("notes") or ""):
                accepted |= {"information-leak", "other"}  # GUIDE.md §4: either, for a bare attack
            found = category_label(intel.category)
            cat_ok += found in accepted
            if found not in accepted:
                misses.append(f"category {label['category']}→{found}: {key}")
        # Victims: one gold name matches at most one prediction.
        predicted_victims = list(intel.victims)
        used: set[int] = set()
        tp = 0
        for gold in label["victims"]:
            hit = next(
                (
                    i
                    for i, v in enumerate(predicted_victims)
                    if i not in used and _victim_match(gold["name"], v.name)
                ),
                None,
            )
            if gold["sector"] == "healthcare":
                health_total += 1
            if hit is None:
                misses.append(f"victim missed {gold['name']!r}: {key}")
                continue
            used.add(hit)
            tp += 1
            found_sectors = [CODE_TO_LABEL.get(s, s) for s in predicted_victims[hit].sectors]
            sector_total += 1
            sector_ok += bool(found_sectors) and found_sectors[0] == gold["sector"]
            if not found_sectors or found_sectors[0] != gold["sector"]:
                misses.append(f"victim sector {gold['name']!r} {gold['sector']}→{found_sectors[:1]}: {key}")
            # (a label without a country says the article gives none: a country stated is wrong)
            gold_country = [gold["country"]] if gold.get("country") else []
            found_countries = list(predicted_victims[hit].countries)[:1]
            country_total += 1
            country_ok += found_countries == gold_country
            country_wrong += bool(found_countries) and found_countries != gold_country
            if found_countries != gold_country:
                misses.append(f"victim country {gold['name']!r} {gold_country}→{found_countries}: {key}")
            if gold["sector"] == "healthcare" and "healthcare" in found_sectors:
                health_found += 1
        for i, v in enumerate(predicted_victims):
            if i not in used:
                misses.append(f"victim extra {v.name!r}: {key}")
        victims.add(tp, len(predicted_victims), len(label["victims"]))
        named_misses: list[str] = []
        actors.add(*_match_named(label["threat_actors"], intel.threat_actors, named_misses, "actor"))
        malware.add(*_match_named(label["malware"], intel.malware, named_misses, "malware"))
        misses += [f"{m}: {key}" for m in named_misses]
        gold_cves = {c.upper() for c in label["cves"]}
        found_cves = {c.upper() for c in intel.cve_ids}
        cves.add(len(gold_cves & found_cves), len(found_cves), len(gold_cves))
        misses += [f"cve missed {c}: {key}" for c in sorted(gold_cves - found_cves)]
        misses += [f"cve extra {c}: {key}" for c in sorted(found_cves - gold_cves)]
        vuln = label.get("vuln")
        facts = getattr(intel, "vulnerability", None)
        if vuln and facts is not None:
            for name in facts_ok:
                value = _fact(facts, name)
                if value is None or value == "":
                    continue
                facts_stated[name] += 1
                gold_value = vuln.get(name)
                if name == "product":
                    ok = gold_value is not None and same_product(gold_value, str(value))
                elif name == "fixed_version":
                    ok = gold_value is not None and _same_version(gold_value, str(value))
                elif name == "cvss":
                    ok = gold_value is not None and abs(float(value) - float(gold_value)) < 0.05
                else:
                    ok = gold_value is not None and bool(value) == bool(gold_value)
                facts_ok[name] += ok
                if not ok:
                    misses.append(f"fact {name} {gold_value!r}→{value!r}: {key}")
    n = max(1, len(results))
    out.update(
        relevance=relevance_ok / n,
        promotional_published=promo_published,
        promotional_total=promo_total,
        category=cat_ok / max(1, cat_total),
        victims=victims.prf(),
        victim_sector=sector_ok / max(1, sector_total),
        victim_country=(country_ok, country_wrong, country_total),
        healthcare_victims=health_found / max(1, health_total),
        healthcare_total=health_total,
        actors=actors.prf(),
        malware=malware.prf(),
        cves=cves.prf(),
        facts={name: (facts_ok[name], facts_stated[name]) for name in facts_ok},
        speed=len(results) / seconds if seconds else 0.0,
        peak_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        misses=misses,
        # What each figure counted: with none (a `--limit` of pages naming no victim), the table
        # says "— (none)" rather than a 0.00 that reads as a failure.
        counted={
            "category": cat_total,
            "victim_sector": sector_total,
            **{name: c.predicted + c.gold for name, c in (("victims", victims), ("actors", actors))},
            **{name: c.predicted + c.gold for name, c in (("malware", malware), ("cves", cves))},
        },
    )
    return out


def facts_precision(facts: dict[str, tuple[int, int]]) -> tuple[float, int]:
    ok = sum(v[0] for v in facts.values())
    stated = sum(v[1] for v in facts.values())
    return (ok / stated if stated else 0.0), stated


def rows(figures: Iterable[dict[str, Any]]) -> list[list[str]]:
    """One table row per figure, one cell per system/part given."""
    columns = list(figures)

    def counted(c: dict[str, Any], name: str) -> bool:
        return c.get("counted", {}).get(name, 1) > 0  # a record of an earlier bench counted all

    def prf(name: str) -> list[str]:
        return [
            f"{c[name][0]:.2f} / {c[name][1]:.2f} / **{c[name][2]:.2f}**" if counted(c, name) else "— (none)"
            for c in columns
        ]

    def share(name: str) -> list[str]:
        return [f"{c[name]:.3f}" if counted(c, name) else "— (none)" for c in columns]

    return [
        ["pages", *[str(c["pages"]) for c in columns]],
        ["relevance accuracy (≥ 0.95)", *[f"{c['relevance']:.3f}" for c in columns]],
        [
            "promotional pages published (0)",
            *[f"{c['promotional_published']} of {c['promotional_total']}" for c in columns],
        ],
        ["category accuracy (relevant pages) (≥ 0.85)", *share("category")],
        ["victims P / R / F1 (F1 ≥ 0.80)", *prf("victims")],
        ["victim sector accuracy (found victims) (≥ 0.85)", *share("victim_sector")],
        [
            "healthcare victims found (≥ 0.95)",
            *[
                f"{c['healthcare_victims']:.3f} (of {c['healthcare_total']})"
                if c["healthcare_total"]
                else "— (none)"
                for c in columns
            ],
        ],
        [
            "victim country right / wrong (found victims)",
            *[
                "{} / {} (of {})".format(*c["victim_country"]) if c.get("victim_country") else "— (none)"
                for c in columns
            ],
        ],
        ["actors P / R / F1 (F1 ≥ 0.85)", *prf("actors")],
        ["malware P / R / F1 (F1 ≥ 0.80)", *prf("malware")],
        ["CVE P / R / F1 (F1 ≥ 0.99)", *prf("cves")],
        [
            "vuln facts precision (stated) (≥ 0.90)",
            *[
                "{:.3f} ({})".format(*facts_precision(c["facts"]))
                if facts_precision(c["facts"])[1]
                else "— (none)"
                for c in columns
            ],
        ],
        ["enrich speed (articles/s, one core: CPU time) (≥ 30)", *[f"{c['speed']:.1f}" for c in columns]],
        ["peak memory (MiB, whole process) (≤ 600)", *[f"{c['peak_mib']:.0f}" for c in columns]],
    ]
