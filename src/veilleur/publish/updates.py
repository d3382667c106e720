"""The dated *Mise à jour* lines of a story post that grew after it was published."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable
from datetime import date
from typing import Any

MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def french_date(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def _names(outlets: list[str]) -> str:
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + f" et {outlets[-1]}"


def outlet_key(outlet: str) -> str:
    """An outlet as compared, not as shown: case, accents, spaces and punctuation aside. Two sources
    of one outlet are often titled apart ("BleepingComputer" and "Bleeping Computer", "Le Monde"
    and "le monde "), and the post that cited one called the other a "nouvelle source"."""
    decomposed = unicodedata.normalize("NFKD", outlet.casefold())
    return "".join(char for char in decomposed if char.isalnum()) or outlet.strip()


def _distinct(outlets: Iterable[str]) -> list[str]:
    """`outlets` once each by `outlet_key`, the first spelling kept."""
    by_key: dict[str, str] = {}
    for outlet in outlets:
        by_key.setdefault(outlet_key(outlet), outlet.strip())
    return list(by_key.values())


def update_line(update: dict[str, Any], cited: Collection[str] = ()) -> str | None:
    """`{"date": ISO day, "outlets": [...], "refreshed": bool}` → one French sentence; `cited` are
    the outlets the post cited before this update. Only an outlet it did not cite is a "nouvelle
    source": a copy of a posted page saved again into the same capture folder was announced as one
    ("nouvelle source, captures, sans fait nouveau"). Another article of a cited outlet is said
    when it brought facts; with none, the update tells the reader nothing and has no line (None)."""
    day = french_date(date.fromisoformat(update["date"]))
    everyone = _distinct(update["outlets"])
    known = {outlet_key(outlet) for outlet in cited}
    outlets = [outlet for outlet in everyone if outlet_key(outlet) not in known]
    if not outlets:
        if not update.get("refreshed"):
            return None
        return (
            f"Mise à jour du {day} : nouvel article de {_names(everyone)} ; "
            "synthèse complétée avec les faits qu'il apporte."
            if len(everyone) == 1
            else f"Mise à jour du {day} : nouveaux articles de {_names(everyone)} ; "
            "synthèse complétée avec les faits qu'ils apportent."
        )
    noun = "nouvelle source" if len(outlets) == 1 else "nouvelles sources"
    line = f"Mise à jour du {day} : {noun}, {_names(outlets)}"
    if update.get("refreshed"):
        brought = "qu'elle apporte" if len(outlets) == 1 else "qu'elles apportent"
        return f"{line} ; synthèse complétée avec les faits {brought}."
    return f"{line}, sans fait nouveau."


def update_lines(updates: list[dict[str, Any]], cited: Collection[str]) -> list[str]:
    """The post's *Mise à jour* lines, oldest first; `cited` are the outlets of the articles it
    listed before any update."""
    seen = set(cited)
    lines = []
    for update in updates:
        line = update_line(update, seen)
        if line is not None:
            lines.append(line)
        seen.update(update["outlets"])
    return lines
