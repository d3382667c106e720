"""Priority reasons are records (models' PriorityReason: a code, the values it names, its points),
worded in each language from the code: the English text the releases before stored in every Intel
record ("critical sector: healthcare (+10)") is rewritten once, here, as such a record, so that the
console and the alerts say it in French without reading English. A text of no known shape stays
as written (the model shows it so)."""

from __future__ import annotations

import re
from typing import Any

from alembic import op
from sqlalchemy import Integer, Text, column, table

from veilleur.store.migrations import rewrite_json_rows

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

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
    # Only the records that may hold a reason as text.
    rewrite_json_rows(op.get_bind(), _intel, _intel.c.data.like('%"priority_reasons"%'), rewritten)
