"""Alerts sent: per (story, channel), what the last alert said. Read once per run, written right
after each channel accepts an alert (so a crash or a re-run does not announce it again)."""

from __future__ import annotations

from sqlalchemy import Engine, select

from veilleur.models import AlertState
from veilleur.store import schema
from veilleur.store.rows import now_iso


def sent_alerts(engine: Engine) -> dict[tuple[int, str], AlertState]:
    """(story, channel) → the state its last alert announced."""
    a = schema.alerts
    with engine.connect() as conn:
        rows = conn.execute(select(a.c.story_id, a.c.channel, a.c.state))
        return {(int(row.story_id), str(row.channel)): AlertState.from_json(row.state) for row in rows}


def record_alert(engine: Engine, story_id: int, channel: str, state: AlertState) -> None:
    """The channel accepted the story's alert announcing `state`."""
    a = schema.alerts
    key = (a.c.story_id == story_id) & (a.c.channel == channel)
    with engine.begin() as conn:
        count = conn.execute(select(a.c.count).where(key)).scalar()
        if count is None:
            conn.execute(
                a.insert().values(
                    story_id=story_id, channel=channel, state=state.to_json(), count=1, sent_at=now_iso()
                )
            )
        else:
            conn.execute(
                a.update().where(key).values(state=state.to_json(), count=int(count) + 1, sent_at=now_iso())
            )
