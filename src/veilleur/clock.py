"""The current time, in one place: `$VEILLEUR_NOW` fixes it, to replay a run on a given day (and
so that no test depends on the date it runs)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

ENV = "VEILLEUR_NOW"


class ClockError(ValueError):
    """`$VEILLEUR_NOW` is set but is not an ISO 8601 date-time."""


def now() -> datetime:
    """Aware UTC: `$VEILLEUR_NOW` (ISO 8601, e.g. `2026-11-30T23:30:00+00:00`; a value without an
    offset is UTC, a bare date is its midnight UTC) when set, the system clock otherwise.
    Raises ClockError on an unreadable value rather than silently using the real time."""
    value = os.environ.get(ENV, "").strip()
    if not value:
        return datetime.now(UTC)
    try:
        fixed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ClockError(f"{ENV}={value!r} is not an ISO 8601 date-time (e.g. 2026-11-30T23:30:00Z)") from exc
    return fixed.replace(tzinfo=UTC) if fixed.tzinfo is None else fixed.astimezone(UTC)


def collection_day(moment: datetime, timezone: str, rollover_hour: int) -> date:
    """The post date of an article collected at `moment`: the local day, or the day before for
    a run before `rollover_hour` (a 06:00 job publishes the previous day's news)."""
    local = moment.astimezone(ZoneInfo(timezone))
    return (local - timedelta(hours=rollover_hour)).date() if rollover_hour else local.date()
