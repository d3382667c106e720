"""The curated French playbook of recommendations, by kind of event."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files

from veilleur.models import Category, KeyPoint, Sector

MIN_RECOMMENDATIONS = 2
MAX_RECOMMENDATIONS = 4


@lru_cache(maxsize=1)
def _playbook() -> dict[str, list[KeyPoint]]:
    raw = tomllib.loads(files("veilleur.brief").joinpath("playbook.toml").read_text("utf-8"))
    return {category: [KeyPoint(**item) for item in items] for category, items in raw.items()}


def recommendations(
    category: Category, sectors: Sequence[Sector] | None = None, situations: list[str] | None = None
) -> list[KeyPoint]:
    """Advice for the kind of event, led by the advice specific to the victim's sector if any,
    then by the advice the facts call for (`situations`: "exploited", "patch", "data_stolen"…,
    the playbook's `fact_*` entries)."""
    book = _playbook()
    candidates: list[KeyPoint] = []
    for sector in sectors or []:
        candidates.extend(book.get(f"sector_{sector}", [])[:1])
    for situation in situations or []:
        candidates.extend(book.get(f"fact_{situation}", []))
    candidates.extend(book.get(category, []))
    chosen: list[KeyPoint] = []
    for point in candidates:  # one piece of advice per label, whoever asked for it first
        if len(chosen) < MAX_RECOMMENDATIONS and point.label not in {p.label for p in chosen}:
            chosen.append(point)
    for extra in book["default"]:
        if len(chosen) >= MIN_RECOMMENDATIONS:
            break
        chosen.append(extra)
    return chosen
