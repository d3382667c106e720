"""What a story knows: the union of its articles' intel, and what a new article adds to it."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from pydantic import BaseModel

from veilleur.models import Intel

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


def _unique(items: Iterable[T], key: Callable[[T], Hashable] | None = None) -> list[T]:
    seen: set[Hashable] = set()
    out = []
    for item in items:
        marker = key(item) if key is not None else item
        if marker not in seen:
            seen.add(marker)
            out.append(item)
    return out


def _merge_facts(items: Iterable[M | None]) -> M | None:
    """The stated facts of several articles as one (vulnerability, attack, law enforcement):
    every listed fact once; for a single value, the first article that states it — except that
    a flag any article states as true is true ("exploited" reported by a later article)."""
    present = [item for item in items if item is not None]
    if len(present) <= 1:
        return present[0] if present else None
    merged: dict[str, object] = {}
    for name in type(present[0]).model_fields:
        values = [getattr(item, name) for item in present]
        if isinstance(values[0], list):
            merged[name] = _unique((fact for value in values for fact in value), key=repr)
        elif any(value is True for value in values):
            merged[name] = True
        else:
            merged[name] = next((value for value in values if value is not None), None)
    return type(present[0]).model_validate(merged)


def merge_intel(records: list[Intel]) -> Intel:
    """One record for a story: every CVE, victim, actor, impact, IOC and stated fact any article
    reported; the first article's category unless most articles say otherwise."""
    if not records:
        raise ValueError("a story has at least one article")
    categories = [record.category for record in records]
    category = max(dict.fromkeys(categories), key=categories.count)
    if categories.count(records[0].category) == categories.count(category):
        category = records[0].category
    return Intel(
        relevant=any(record.relevant for record in records),
        relevance_score=max(record.relevance_score for record in records),
        category=category,
        cves=_unique((c for r in records for c in r.cves), key=lambda c: c.id),
        victims=_unique((v for r in records for v in r.victims), key=lambda v: v.name.casefold()),
        sectors=_unique(s for r in records for s in r.sectors),
        countries=_unique(c for r in records for c in r.countries),
        threat_actors=_unique((a for r in records for a in r.threat_actors), key=lambda a: a.canonical),
        malware=_unique((m for r in records for m in r.malware), key=lambda m: m.canonical),
        iocs=_unique((i for r in records for i in r.iocs), key=lambda i: (i.kind, i.value)),
        impacts=_unique((i for r in records for i in r.impacts), key=lambda i: (i.kind, i.amount)),
        response=_unique((i for r in records for i in r.response), key=lambda i: i.kind),
        vulnerability=_merge_facts(r.vulnerability for r in records),
        attack=_merge_facts(r.attack for r in records),
        law_enforcement=_merge_facts(r.law_enforcement for r in records),
        priority=max(record.priority for record in records),
        priority_reasons=_unique(reason for r in records for reason in r.priority_reasons),
        watchlist=_unique(w for r in records for w in r.watchlist),
    )


def new_facts(new: Intel, known: Intel) -> list[str]:
    """The facts `new` reports that `known` does not: what makes a briefing worth rewriting.
    A retelling that only rephrases adds a source, not a fact."""
    facts = [f"CVE {c}" for c in sorted(set(new.cve_ids) - set(known.cve_ids))]
    victims = {v.name.casefold() for v in known.victims}
    facts += [f"victime {v.name}" for v in new.victims if v.name.casefold() not in victims]
    actors = {a.canonical for a in known.threat_actors} | {m.canonical for m in known.malware}
    facts += [
        f"acteur {a.canonical}" for a in [*new.threat_actors, *new.malware] if a.canonical not in actors
    ]
    impacts = {(i.kind, i.amount) for i in known.impacts}
    facts += [f"impact {i.kind}" for i in new.impacts if (i.kind, i.amount) not in impacts]
    iocs = {(i.kind, i.value) for i in known.iocs}
    facts += [f"IOC {i.value}" for i in new.iocs if (i.kind, i.value) not in iocs]
    facts += [f"pays {c}" for c in new.countries if c not in known.countries]
    return facts
