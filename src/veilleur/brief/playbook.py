"""The curated French playbook of recommendations, by kind of event."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.resources import files

from veilleur.models import KeyPoint

MIN_RECOMMENDATIONS = 2
MAX_RECOMMENDATIONS = 4


@lru_cache(maxsize=1)
def _playbook() -> dict[str, list[KeyPoint]]:
    raw = tomllib.loads(files("veilleur.brief").joinpath("playbook.toml").read_text("utf-8"))
    return {category: [KeyPoint(**item) for item in items] for category, items in raw.items()}


def recommendations(category: str, sectors: list[str] | None = None) -> list[KeyPoint]:
    """Advice for the kind of event, led by the advice specific to the victim's sector if any."""
    book = _playbook()
    chosen: list[KeyPoint] = []
    for sector in sectors or []:
        chosen.extend(book.get(f"sector_{sector}", [])[:1])
    chosen.extend(book.get(category, []))
    chosen = chosen[:MAX_RECOMMENDATIONS]
    for extra in book["default"]:
        if len(chosen) >= MIN_RECOMMENDATIONS:
            break
        chosen.append(extra)
    return chosen
