"""Alerts sent: per (story, channel), what the last alert said. Read once per run, written right
after each channel accepts an alert (so a crash or a re-run does not announce it again)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Engine, select

from veilleur.store import schema
from veilleur.store.rows import now_iso


@dataclass(frozen=True)
class AlertState:
    """What an alert announced: the story's victims (casefolded), CVEs, confirmed exploitation."""

    victims: frozenset[str]
    cves: frozenset[str]
    exploited: bool

    def to_json(self) -> str:
        return json.dumps(
            {"victims": sorted(self.victims), "cves": sorted(self.cves), "exploited": self.exploited},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> AlertState:
        data = json.loads(text)
        return cls(frozenset(data["victims"]), frozenset(data["cves"]), bool(data["exploited"]))


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
