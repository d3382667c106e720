"""Priority reasons are records (models' PriorityReason: a code, the values it names, its points),
worded in each language from the code: the English text the releases before stored in every Intel
record ("critical sector: healthcare (+10)") is rewritten once, here, as such a record, so that the
console and the alerts say it in French without reading English. A text of no known shape stays
as written (the model shows it so)."""

from __future__ import annotations

import json
import re
from typing import Any

from alembic import op
from sqlalchemy import Integer, Text, column, select, table, update

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

PAGE = 500  # records read at once
# Frozen here: the wordings enrich/priority.py wrote before revision 22, whatever it writes now.
_FIXED = {
    "no incident stated": "no_incident",
    "exploited in the wild": "exploited",
    "critical severity": "critical_severity",
    "care or public service disrupted": "care_disrupted",
    "data stolen": "data_stolen",
}
_POINTS = re.compile(r"^(?P<what>.+) \((?P<points>[+-]\d+)\)$")
_CATEGORY = re.compile(r"^[a-z][a-z_-]*$")
_CAP = re.compile(r"^not about cybersecurity \(capped at (?P<cap>\d+)\)$")

_intel = table("intel", column("entry_id", Integer), column("data", Text))


def coded(text: str) -> dict[str, Any] | str:
    """One stored reason as a record, or the text as it is when its shape is unknown."""
    if capped := _CAP.match(text):
        return {"code": "not_relevant", "values": [capped.group("cap")], "points": None}
    found = _POINTS.match(text)
    if found is None:
        return text
    what, points = found.group("what"), int(found.group("points"))
    if what in _FIXED:
        return {"code": _FIXED[what], "values": [], "points": points}
    if what.startswith("critical sector: "):
        return {
            "code": "critical_sector",
            "values": what.removeprefix("critical sector: ").split(", "),
            "points": points,
        }
    kind, sep, value = what.removeprefix("watchlist ").partition(": ")
    if what.startswith("watchlist ") and sep:
        return {"code": "watchlist", "values": [kind, value], "points": points}
    if _CATEGORY.match(what):
        return {"code": "category", "values": [what], "points": points}
    return text


def rewritten(data: dict[str, Any]) -> dict[str, Any]:
    """An Intel record (as stored JSON) with its priority reasons as records; other fields unchanged."""
    out = dict(data)
    if isinstance(out.get("priority_reasons"), list):
        out["priority_reasons"] = [coded(t) if isinstance(t, str) else t for t in out["priority_reasons"]]
    return out


def upgrade() -> None:
    conn = op.get_bind()
    # PAGE rows at a time by entry id, so a large store is never held in memory whole; only the
    # records that may hold a reason as text.
    maybe = _intel.c.data.like('%"priority_reasons"%')
    after = -1
    while True:
        query = select(_intel.c.entry_id, _intel.c.data).where(maybe, _intel.c.entry_id > after)
        rows = conn.execute(query.order_by(_intel.c.entry_id).limit(PAGE)).all()
        if not rows:
            break
        for entry_id, data in rows:
            try:
                record = json.loads(data)
            except (ValueError, RecursionError):  # the store reports an unreadable record when it loads it
                continue
            if not isinstance(record, dict):
                continue
            new = rewritten(record)
            if new != record:
                dumped = json.dumps(new, ensure_ascii=False, separators=(",", ":"))
                conn.execute(update(_intel).where(_intel.c.entry_id == entry_id).values(data=dumped))
        after = rows[-1][0]
