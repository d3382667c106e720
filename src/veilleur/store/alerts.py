"""Alerts sent: per (post, channel), what the last alert said — a story's post, or under the
one-post-per-article policy one article's own. Read once per run, written right after each channel
accepts an alert (so a crash or a re-run does not announce it again)."""

from __future__ import annotations

from sqlalchemy import Engine, select

from veilleur.models import AlertState
from veilleur.store import schema
from veilleur.store.rows import now_iso


def subject(story_id: int, entry_id: int | None = None) -> str:
    """What an alert is about: `story:12`, or `entry:340` for an article's own post."""
    return f"story:{story_id}" if entry_id is None else f"entry:{entry_id}"


def sent_alerts(engine: Engine) -> dict[tuple[str, str], AlertState]:
    """(subject, channel) → the state its last alert announced (`subject` above)."""
    a = schema.alerts
    with engine.connect() as conn:
        rows = conn.execute(select(a.c.story_id, a.c.entry_id, a.c.channel, a.c.state))
        return {
            (subject(row.story_id, row.entry_id), str(row.channel)): AlertState.from_json(row.state)
            for row in rows
        }


def record_alert(
    engine: Engine, story_id: int, channel: str, state: AlertState, entry_id: int | None = None
) -> None:
    """The channel accepted the alert of the story's post (with `entry_id`, of that article's own
    post) announcing `state`."""
    a = schema.alerts
    if entry_id is None:
        key, values = (a.c.story_id == story_id) & (a.c.channel == channel), {"story_id": story_id}
    else:
        key, values = (a.c.entry_id == entry_id) & (a.c.channel == channel), {"entry_id": entry_id}
    with engine.begin() as conn:
        count = conn.execute(select(a.c.count).where(key)).scalar()
        if count is None:
            conn.execute(
                a.insert().values(
                    **values, channel=channel, state=state.to_json(), count=1, sent_at=now_iso()
                )
            )
        else:
            conn.execute(
                a.update().where(key).values(state=state.to_json(), count=int(count) + 1, sent_at=now_iso())
            )
