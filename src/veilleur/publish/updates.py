"""The dated *Mise à jour* lines of a story post that grew after it was published."""

from __future__ import annotations

from datetime import date
from typing import Any

MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def french_date(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def _names(outlets: list[str]) -> str:
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + f" et {outlets[-1]}"


def update_line(update: dict[str, Any]) -> str:
    """`{"date": ISO day, "outlets": [...], "refreshed": bool}` → one French sentence."""
    outlets = list(dict.fromkeys(update["outlets"]))
    noun = "nouvelle source" if len(outlets) == 1 else "nouvelles sources"
    line = f"Mise à jour du {french_date(date.fromisoformat(update['date']))} : {noun}, {_names(outlets)}"
    if update.get("refreshed"):
        brought = "qu'elle apporte" if len(outlets) == 1 else "qu'elles apportent"
        return f"{line} ; synthèse complétée avec les faits {brought}."
    return f"{line}, sans fait nouveau."
