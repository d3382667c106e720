"""The curated French playbook of recommendations, by kind of event."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files

from veilleur.models import Category, Intel, KeyPoint, Sector

MIN_RECOMMENDATIONS = 2
MAX_RECOMMENDATIONS = 4


@lru_cache(maxsize=1)
def _playbook() -> dict[str, list[tuple[KeyPoint, bool, frozenset[str]]]]:
    """Each kind's advice, whether it is for an incident that happened, and the event categories it
    is for (`categories`; empty: all)."""
    raw = tomllib.loads(files("veilleur.brief").joinpath("playbook.toml").read_text("utf-8"))
    return {
        kind: [
            (
                KeyPoint(label=i["label"], text=i["text"]),
                bool(i.get("incident")),
                frozenset(i.get("categories", [])),
            )
            for i in items
        ]
        for kind, items in raw.items()
    }


def advice_texts() -> tuple[str, ...]:
    """Every piece of advice the playbook can give, as written: our own words, which the guard's
    repetition check does not count (brief/guard/repetition.py)."""
    return tuple(dict.fromkeys(point.text for items in _playbook().values() for point, _, _ in items))


def no_incident(intel: Intel) -> bool:
    """Does the record state no incident at all: no victim, impact, attack fact, response or police
    action? A year-end report, a study or an advisory then gets no incident-response advice
    ("isoler les systèmes touchés" for an attack that did not happen)."""
    return not (intel.victims or intel.impacts or intel.response or intel.attack or intel.law_enforcement)


def recommendations(
    category: Category, sectors: Sequence[Sector] | None = None, situations: list[str] | None = None
) -> list[KeyPoint]:
    """Advice for the kind of event, led by the advice specific to the victim's sector if any,
    then by the advice the facts call for (`situations`: "exploited", "patch", "data_stolen"…,
    the playbook's `fact_*` entries). The situation "no_incident" (`no_incident`) leaves out the
    advice marked `incident`."""
    book = _playbook()
    candidates: list[tuple[KeyPoint, bool]] = []
    for sector in sectors or []:
        # A sector's advice for the events it fits: a health insurer's data leak calls for no
        # "soins sans informatique".
        fitting = [
            (p, i) for p, i, kinds in book.get(f"sector_{sector}", []) if not kinds or category in kinds
        ]
        candidates.extend(fitting[:1])
    for situation in situations or []:
        candidates.extend((p, i) for p, i, _ in book.get(f"fact_{situation}", []))
    candidates.extend((p, i) for p, i, _ in book.get(category, []))
    chosen: list[KeyPoint] = []
    incident = "no_incident" not in (situations or [])
    for point in (
        p for p, for_incident in candidates if incident or not for_incident
    ):  # one piece of advice per label, whoever asked for it first
        if len(chosen) < MAX_RECOMMENDATIONS and point.label not in {p.label for p in chosen}:
            chosen.append(point)
    for extra, _, _ in book["default"]:
        if len(chosen) >= MIN_RECOMMENDATIONS:
            break
        chosen.append(extra)
    return chosen
