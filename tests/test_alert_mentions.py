"""An alert carries headlines, names and summaries written by others into a team's chat, where
'@channel', '@all', '@here' or '@everyone' notifies every member (Mattermost parses them in a
webhook's text; Discord in a message's content) and '<@&123>' a whole role. A headline holding
one made veilleur's alert notify the whole channel. The words stay readable; the mentions no
longer work. A Mattermost webhook played by a real HTTP server on loopback, through apprise."""

from __future__ import annotations

import json
import re

from test_alerts import story
from webserver import Reply, WebServer

from veilleur.config import Settings
from veilleur.models import Briefing
from veilleur.publish.alerts import Channel, compose, notify

MENTION = re.compile(r"@(?:channel|all|here|everyone)\b|<@&?\d+>", re.I)


def test_a_mention_in_text_from_outside_notifies_nobody(web: WebServer) -> None:
    hostile = story(
        title="Rançongiciel : @channel @ALL @here Hôpital X",
        briefing=Briefing(heading="h", summary="L'hôpital X (@everyone, <@&1234>, <@5678>) a été attaqué."),
        victims=["@all Hôpital X"],
    )
    title, body = compose(hostile, Settings(), ["victime @here Clinique Y"])
    web.routes["/hooks/t0ken"] = Reply(b"ok", content_type="text/plain")
    notify(Channel(f"mmost://127.0.0.1:{web.server_address[1]}/t0ken"), title, body)
    [(_path, sent)] = [(path, body) for path, body in web.bodies if path.startswith("/hooks/")]
    text = json.loads(sent)["text"]
    assert not MENTION.search(text), text
    for word in ("channel", "ALL", "here", "everyone", "Hôpital X", "Clinique Y"):
        assert word in text
    assert "Marquage : TLP:AMBER" in text and "https://news.example/a" in text
