"""Sectors are named as STIX 2.1's industry-sector-ov names them (models' Sector): the five names
of the releases before are rewritten in every stored Intel record — its victims' sectors, its own
sectors, and the priority reasons and watchlist matches that quote them. The incident register's
cache held entries written with the former names: it is emptied, and the next build makes them
again (the whole register is checked once, as on a new store).
"""

from __future__ import annotations

import json
import re
from typing import Any

from alembic import op
from sqlalchemy import Integer, Text, column, or_, select, table, update

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# Frozen here: what this revision rewrites never changes, whatever models' vocabulary becomes.
FORMER = {
    "finance": "financial-services",
    "telecom": "telecommunications",
    "energy_utilities": "energy",
    "transport": "transportation",
    "hospitality": "hospitality-leisure",
}
# "critical sector: energy_utilities, government (+10)", "watchlist sector: finance (+15)",
# "sector: finance": the names after "sector: ", up to the points.
_QUOTED = re.compile(r"(?P<head>\bsector: )(?P<names>[^()]*?)(?P<tail> \(\+\d+\))?$")

_intel = table("intel", column("entry_id", Integer), column("data", Text))
_cache = table("register_cache", column("story_id", Integer))


def _names(values: list[Any]) -> list[Any]:
    return [FORMER.get(value, value) if isinstance(value, str) else value for value in values]


def _quoted(text: str) -> str:
    found = _QUOTED.search(text)
    if found is None:
        return text
    names = ", ".join(FORMER.get(name, name) for name in found.group("names").split(", "))
    return text[: found.start()] + found.group("head") + names + (found.group("tail") or "")


def rewritten(data: dict[str, Any]) -> dict[str, Any]:
    """An Intel record (as stored JSON) with the sectors' names of today; other fields unchanged."""
    out = dict(data)
    if isinstance(out.get("sectors"), list):
        out["sectors"] = _names(out["sectors"])
    if isinstance(out.get("victims"), list):
        out["victims"] = [
            {**victim, "sectors": _names(victim["sectors"])}
            if isinstance(victim, dict) and isinstance(victim.get("sectors"), list)
            else victim
            for victim in out["victims"]
        ]
    for key in ("priority_reasons", "watchlist"):
        if isinstance(out.get(key), list):
            out[key] = [_quoted(text) if isinstance(text, str) else text for text in out[key]]
    return out


def upgrade() -> None:
    conn = op.get_bind()
    # Only records that may hold a former name are read (a quoted name, or a quoting reason).
    maybe = or_(*(_intel.c.data.like(f'%"{name}"%') for name in FORMER), _intel.c.data.like("%sector: %"))
    rows = conn.execute(select(_intel.c.entry_id, _intel.c.data).where(maybe)).all()
    for entry_id, data in rows:
        try:
            record = json.loads(data)
        except (ValueError, RecursionError):  # RecursionError: JSON nested too deep to read
            continue  # not ours to judge here: the store reports an unreadable record when it loads it
        if not isinstance(record, dict):
            continue
        new = rewritten(record)
        if new != record:
            conn.execute(
                update(_intel)
                .where(_intel.c.entry_id == entry_id)
                .values(data=json.dumps(new, ensure_ascii=False, separators=(",", ":")))
            )
    conn.execute(_cache.delete())
