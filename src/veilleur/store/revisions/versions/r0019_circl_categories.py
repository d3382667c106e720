"""Categories are named as CIRCL's incident classification names them (models' Category): the
eight names of the releases before are rewritten in every stored Intel record — its `category`
column, the same field of its JSON and the priority reason that quotes it ("data_breach (+30)") —
and in the clustering features that copy it. The incident register's cache held entries written
with the former names: it is emptied, and the next build makes them again (as revision 15 does).
Corrections analysts recorded (`story_decisions`) are a log: they stay as written, and read as
the new names (models' Category.parse).
"""

from __future__ import annotations

import re
from typing import Any

from alembic import op
from sqlalchemy import Integer, String, Text, column, or_, table, update

from veilleur.store.migrations import rewrite_json_rows

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# Frozen here: what this revision rewrites never changes, whatever models' vocabulary becomes.
FORMER = {
    "data_breach": "information-leak",
    "malware_campaign": "malware",
    "apt_espionage": "espionage",
    "ddos": "denial-of-service",
    "fraud_phishing": "phishing",
    "law_enforcement": "law-enforcement",
    "policy_regulation": "policy-regulation",
    "research_tooling": "research-tooling",
}
# The category's own priority reason: "data_breach (+30)".
_REASON = re.compile(r"^(?P<name>[a-z_]+)(?P<points> \(\+\d+\))$")

PAGE = 500  # records read at once

_intel = table("intel", column("entry_id", Integer), column("category", String), column("data", Text))
_features = table("cluster_features", column("entry_id", Integer), column("data", Text))
_cache = table("register_cache", column("story_id", Integer))


def _reason(text: str) -> str:
    found = _REASON.match(text)
    if found is None or found.group("name") not in FORMER:
        return text
    return FORMER[found.group("name")] + found.group("points")


def rewritten(data: dict[str, Any]) -> dict[str, Any]:
    """An Intel record or clustering features (as stored JSON) with the category's name of
    today; other fields unchanged."""
    out = dict(data)
    if isinstance(out.get("category"), str):
        out["category"] = FORMER.get(out["category"], out["category"])
    if isinstance(out.get("priority_reasons"), list):
        out["priority_reasons"] = [_reason(t) if isinstance(t, str) else t for t in out["priority_reasons"]]
    return out


def upgrade() -> None:
    conn = op.get_bind()
    for former, name in FORMER.items():  # the column: one statement per name
        conn.execute(update(_intel).where(_intel.c.category == former).values(category=name))
    # Only records that may quote a former name are read: `"data_breach"`, `"data_breach (+30)"`.
    for target in (_intel, _features):
        maybe = or_(*(target.c.data.like(f'%"{name}%') for name in FORMER))
        rewrite_json_rows(conn, target, maybe, rewritten, PAGE)
    conn.execute(_cache.delete())
